/**
 * The network path for update traffic only: a session of its own (electron-updater's partition, so its
 * downloads and the signed-manifest fetch share one filter) that may reach the feed's origin and nothing
 * else. The renderer's default session keeps refusing every non-`app:` request.
 */
import { fetchCapped } from './fetch-capped';
import { isAllowedUpdateRequest } from './update-request-filter';

/** The part of Electron's Session used here. */
export interface UpdateSessionLike {
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
  fetch(url: string): Promise<Response>;
}

/** electron-updater's own partition name (its NET_SESSION_NAME). */
export const UPDATE_SESSION_PARTITION = 'electron-updater';

export function openUpdateChannel(
  session: UpdateSessionLike,
  feedUrl: string,
): (url: string, maxBytes: number) => Promise<Uint8Array> {
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedUpdateRequest(details.url, feedUrl) }),
  );
  return (url, maxBytes) => fetchCapped((u) => session.fetch(u), url, maxBytes);
}
