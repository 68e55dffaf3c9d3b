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
  if (u.protocol !== 'https:' || !THREAD_HOSTS.has(u.hostname)) return undefined;
  // a conversation's page, not any page of the site (a backup could hold "?logout")
  const conversation =
    u.hostname === 'mail.google.com'
      ? u.pathname.startsWith('/mail/') && u.hash.length > 1 && !/logout/i.test(u.search)
      : u.pathname.startsWith('/messaging/');
  return conversation ? href : undefined;
}

/** "/mail/u/1/" of a Gmail address: which signed-in account it belongs to. */
const gmailAccount = (u: URL): string => /^\/mail\/u\/\d+\//.exec(u.pathname)?.[0] ?? '/mail/u/0/';

/**
 * May a tab now at `current` be moved to the conversation at `target`? Only within the same site
 * over https, and for Gmail within the same signed-in account.
 */
export function sameConversationSite(target: string, current: string): boolean {
  const href = threadHref(target);
  if (!href) return false;
  let here: URL;
  try {
    here = new URL(current);
  } catch {
    return false;
  }
  const there = new URL(href);
  if (here.protocol !== 'https:' || here.hostname !== there.hostname) return false;
  return there.hostname !== 'mail.google.com' || gmailAccount(here) === gmailAccount(there);
}
