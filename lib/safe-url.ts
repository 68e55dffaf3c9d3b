/**
 * A link target only when it is a web address (http or https); anything else (javascript:, data:,
 * a file path from an imported backup) gives no link.
 */
export function webHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
