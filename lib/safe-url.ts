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

const THREAD_HOSTS = new Set(['mail.google.com', 'www.linkedin.com', 'linkedin.com']);

/** A conversation's address to open in a tab: only Gmail or LinkedIn over https (a backup may hold anything). */
export function threadHref(url: string): string | undefined {
  const href = webHref(url);
  if (!href) return undefined;
  const u = new URL(href);
  return u.protocol === 'https:' && THREAD_HOSTS.has(u.hostname) ? href : undefined;
}
