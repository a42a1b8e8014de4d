/**
 * The update-only session lets requests reach the configured feed's origin and nothing else; the
 * renderer's default session keeps blocking every non-`app:` request (security-policy.ts). Pure, for
 * `session.webRequest.onBeforeRequest`.
 */
export function isAllowedUpdateRequest(url: string, feedUrl: string): boolean {
  let target: URL;
  let feed: URL;
  try {
    target = new URL(url);
    feed = new URL(feedUrl);
  } catch {
    return false;
  }
  return target.origin === feed.origin && target.username === '' && target.password === '';
}
