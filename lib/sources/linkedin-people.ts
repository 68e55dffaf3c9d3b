/**
 * People in LinkedIn's markup: profile links, names, and the signed-in member.
 *
 * A person is known by the slug of their profile link, `/in/<slug>/`. LinkedIn links either to
 * the public slug (`/in/jordan-blake-4a1b2c/`) or to the member id (`/in/ACoAAB…`, 39
 * characters); both identify the member, the slug is the one people share and the one the reader
 * prefers (see `Directory`).
 */
import type { Person } from '../thread';

const MAX_NAME = 300;
const HIDDEN_CLASSES = ['visually-hidden', 'a11y-text', 'sr-only'];
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'li-icon']);

export function cleanName(raw: string | null | undefined): string {
  return (raw ?? '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .slice(0, MAX_NAME);
}

/** The text a sighted reader sees: screen-reader-only parts and icons left out, spaces collapsed. */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (out.length > 4000) return;
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (SKIP_TAGS.has(e.localName)) continue;
        if (HIDDEN_CLASSES.some((c) => e.classList.contains(c))) continue;
        out += ' ';
        walk(e);
        out += ' ';
      }
    }
  };
  walk(el);
  return cleanName(out);
}

/** A LinkedIn member id used as a profile slug (`ACoAAB…`). */
export const isMemberId = (slug: string): boolean => /^ACo[A-Za-z0-9_-]{20,}$/.test(slug);

/**
 * The profile slug of a link to `/in/<slug>` (absolute or relative, any query), or null. Public
 * slugs are lower-cased (LinkedIn treats them case-insensitively); member ids keep their case.
 */
export function slugFromHref(href: string | null | undefined): string | null {
  const m = /^(?:https?:\/\/[a-z0-9.-]*linkedin\.com)?\/in\/([^/?#\s]{2,300})\/?(?:[?#]|$)/i.exec(
    (href ?? '').trim(),
  );
  if (!m?.[1]) return null;
  let slug = m[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    return null;
  }
  if (!/^[\p{L}\p{N}_-]{2,100}$/u.test(slug)) return null;
  return isMemberId(slug) ? slug : slug.toLowerCase();
}

/** The slug `el` links to: its own href, the link around it, or the first profile link inside. */
export function linkedSlug(el: Element | null | undefined): string | null {
  if (!el) return null;
  const own = el.closest('a[href]');
  const link = own ?? el.querySelector('a[href*="/in/"]');
  return slugFromHref(link?.getAttribute('href'));
}

/** What the page says about someone: a name, a slug, or both. */
export interface Seen {
  name: string;
  slug: string | null;
}

const sameName = (a: string, b: string): boolean =>
  a !== '' && a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * Everyone a conversation names, for completing what one place leaves out: the slug of a name
 * shown without a link, the name of a link shown without a name, and the public slug of someone
 * linked by member id. A name gives a slug only when exactly one slug goes with it.
 */
export class Directory {
  private readonly people: Seen[] = [];

  add(seen: Seen | null): void {
    if (!seen || (seen.name === '' && seen.slug === null)) return;
    if (this.people.some((p) => p.name === seen.name && p.slug === seen.slug)) return;
    this.people.push(seen);
  }

  private slugsFor(name: string): string[] {
    return [
      ...new Set(
        this.people.filter((p) => p.slug !== null && sameName(p.name, name)).map((p) => p.slug),
      ),
    ] as string[];
  }

  /** The person as completed from the directory, or null without both a name and a slug. */
  complete(seen: Seen): Person | null {
    let { name, slug } = seen;
    if (name === '' && slug !== null) {
      name = this.people.find((p) => p.slug === slug && p.name !== '')?.name ?? '';
    }
    if (name !== '' && (slug === null || isMemberId(slug))) {
      const slugs = this.slugsFor(name);
      const publicSlugs = slugs.filter((s) => !isMemberId(s));
      if (publicSlugs.length === 1) slug = publicSlugs[0] ?? slug;
      else if (slug === null && slugs.length === 1) slug = slugs[0] ?? null;
    }
    return name !== '' && slug !== null ? { name, linkedin: slug } : null;
  }
}

/**
 * The signed-in member as the page's chrome shows them: the name from the "Me" photo of the
 * global nav (`img.global-nav__me-photo[alt]`) or the feed's identity card, the slug from a
 * profile link of the "Me" menu (when it is rendered) or of the identity card
 * (`.feed-identity-module__actor-meta`). Either may be missing.
 */
export function readNavMember(doc: Document): { name: string; slug: string | null } {
  let name = '';
  for (const img of Array.from(doc.querySelectorAll('img.global-nav__me-photo[alt]'))) {
    name = cleanName(img.getAttribute('alt'));
    if (name) break;
  }
  let slug: string | null = null;
  const links = doc.querySelectorAll(
    '.global-nav__me a[href*="/in/"], .global-nav__me-content a[href*="/in/"], .feed-identity-module__actor-meta a[href*="/in/"], .feed-identity-module a[href*="/in/"]',
  );
  for (const a of Array.from(links)) {
    slug = slugFromHref(a.getAttribute('href'));
    if (!slug) continue;
    if (!name && a.closest('.feed-identity-module')) {
      const title = a.querySelector('.feed-identity-module__member-name, .t-16, h3, h2');
      name = visibleText(title ?? a);
    }
    break;
  }
  return { name, slug };
}

/** Does `seen` name the same person as `me`? Slugs decide when both are known. */
export function isSamePerson(seen: Seen, me: Seen, memberId: string | null): boolean {
  if (seen.slug !== null) {
    if (seen.slug === me.slug || seen.slug === memberId) return true;
    if (me.slug !== null && isMemberId(seen.slug) === isMemberId(me.slug)) return false;
    if (memberId !== null && isMemberId(seen.slug)) return false;
  }
  return seen.name !== '' && sameName(seen.name, me.name);
}
