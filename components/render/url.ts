/**
 * Links from data (observation URLs) are rendered only when they are absolute
 * http(s) URLs, and always through attribute/text bindings (never HTML).
 */

/** `url` as an absolute http(s) URL, otherwise null (render the text without a link). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
