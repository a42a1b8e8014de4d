/** The app:info handler: what the About box and bug reports show. */
import type { AppInfoResponse } from '../ipc/channels';

export function createAppInfoHandler(info: AppInfoResponse): () => Promise<AppInfoResponse> {
  const frozen = Object.freeze({ ...info });
  return async () => ({ ...frozen });
}
