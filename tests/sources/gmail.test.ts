/**
 * The Gmail reader on the fixture pages of tests/fixtures/gmail (their contents are listed in
 * tests/fixtures/gmail/README.md and, as data, in ./gmail-fixtures.ts) and on damaged copies.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gmailId, readGmailAccount, readGmailThread } from '../../lib/sources/gmail';
import { ThreadSchema, type Thread } from '../../lib/thread';
import {
  EXPECTED,
  ME,
  THREAD_URL,
  fixtureHtml,
  loadFixture,
  type FixtureName,
} from './gmail-fixtures';

const local = ([y, m, d, h, min]: [number, number, number, number, number]): number =>
  new Date(y, m - 1, d, h, min).getTime();
/** The time a legacy hex id encodes. */
const hexTime = (id: string): number => parseInt(id.slice(0, -5), 16);

function read(doc: Document, url = THREAD_URL): Thread | null {
  const thread = readGmailThread(doc, url);
  if (thread) {
    const parsed = ThreadSchema.safeParse(thread);
    expect(parsed.success, JSON.stringify(parsed.error)).toBe(true);
  }
  return thread;
}

function readOk(doc: Document, url = THREAD_URL): Thread {
  const thread = read(doc, url);
  expect(thread).not.toBeNull();
  return thread as Thread;
}

const all = (doc: Document, selector: string): Element[] =>
  Array.from(doc.querySelectorAll(selector));

// The hex-id fallback trusts no time later than now + 2 days: pin "now" to the fixtures' today.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('readGmailThread on the fixtures', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reads ${name}`, () => {
      const thread = readOk(loadFixture(name as FixtureName));
      expect(thread.channel).toBe('gmail');
      expect(thread.id).toBe(expected.id);
      expect(thread.subject).toBe(expected.subject);
      expect(thread.url).toBe(THREAD_URL);
      expect(thread.me).toEqual(ME);
      expect(thread.messages).toHaveLength(expected.messages.length);
      expected.messages.forEach(([id, from, to, cc, at, direction, collapsed, text], i) => {
        const m = thread.messages[i];
        expect(m?.id).toBe(id);
        expect(m?.from.email).toBe(from);
        expect(m?.to.map((p) => p.email)).toEqual(to);
        expect(m?.cc.map((p) => p.email)).toEqual(cc);
        expect(m?.at).toBe(local(at));
        expect(m?.direction).toBe(direction);
        expect(m?.collapsed).toBe(collapsed);
        expect(m?.text).toBe(collapsed ? '' : text);
      });
    });
  }

  it('names people as Gmail does, and me by my own name', () => {
    const thread = readOk(loadFixture('group-cc'));
    const [first, , third] = thread.messages;
    expect(first?.from).toEqual(ME);
    expect(first?.cc).toEqual([
      { name: 'Sofia Alvarez', email: 'sofia.alvarez@globex.com' },
      { name: 'Ben Okafor', email: 'ben.okafor@crickets-demo.com' },
    ]);
    // Shown as "me" in the summary line; named after the account.
    expect(third?.to[0]).toEqual(ME);
    expect(third?.from).toEqual({ name: 'Sofia Alvarez', email: 'sofia.alvarez@globex.com' });
  });

  it('leaves out bcc recipients and reply-to addresses', () => {
    const thread = readOk(loadFixture('group-cc'));
    const emails = thread.messages.flatMap((m) => [...m.to, ...m.cc].map((p) => p.email));
    expect(emails).not.toContain('pipeline@crickets-demo.com');
    expect(emails).not.toContain('security@globex.com');
  });

  it('never returns quoted history, signatures or the trimmed-content button', () => {
    for (const name of Object.keys(EXPECTED) as FixtureName[]) {
      for (const m of readOk(loadFixture(name)).messages) {
        expect(m.text).not.toMatch(/wrote:|schrieb|a écrit|From:|Sent:|Account Executive|555-0/);
        expect(m.text).not.toMatch(/^-- ?$/m);
      }
    }
  });

  it('reads the 50-message thread in order, alternating directions', () => {
    const thread = readOk(loadFixture('long-thread'));
    expect(thread.id).toBe('1a0f67a7a68f48b1');
    expect(thread.subject).toBe('Weekly shipment exceptions: Umbrella Supply');
    expect(thread.messages).toHaveLength(50);
    thread.messages.forEach((m, i) => {
      expect(m.direction).toBe(i % 2 === 0 ? 'out' : 'in');
      expect(m.collapsed).toBe(false);
      expect(m.at).toBe(local([2026, 10, 1 + i, 8 + (i % 9), (i * 7) % 60]));
      expect(m.text).toMatch(i % 2 === 0 ? /^Hi Hannah,/ : /^Hi Alex,/);
      expect(m.text).not.toContain('wrote:');
    });
  });
});

describe('pages that are not a conversation', () => {
  it('returns null on the inbox list, whatever the URL says', () => {
    const doc = loadFixture('inbox');
    expect(read(doc, 'https://mail.google.com/mail/u/0/#inbox')).toBeNull();
    expect(read(doc, THREAD_URL)).toBeNull();
    expect(read(doc, 'https://mail.google.com/mail/u/0/')).toBeNull();
  });

  it.each([
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/0/#search/acme',
    'https://mail.google.com/mail/u/0/#settings/general',
    'https://mail.google.com/mail/u/0/#label/Clients',
    'https://mail.google.com/mail/u/0/#inbox?compose=new',
  ])('returns null when the URL shows a list or settings: %s', (url) => {
    expect(read(loadFixture('silent-after-three'), url)).toBeNull();
  });

  it.each([
    'https://mail.google.com/mail/u/0/#label/Clients/FMfcgzQXJWxSfrNqdMvNmjbBfGkZZklg',
    'https://mail.google.com/mail/u/1/#search/acme/FMfcgzQXJWxSfrNqdMvNmjbBfGkZZklg',
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxSfrNqdMvNmjbBfGkZZklg?compose=new',
    'https://mail.google.com/mail/u/0/#sent/1a1536edd6808eb5',
    'https://mail.google.com/mail/u/0/',
  ])('reads a conversation under any view: %s', (url) => {
    expect(read(loadFixture('silent-after-three'), url)?.id).toBe('1a1536edd6808eb5');
  });
});

describe('ids', () => {
  it('converts Gmail\u2019s decimal ids to the legacy hex ids', () => {
    expect(gmailId('#msg-f:1879468814630948533')).toBe('1a1536edd6808eb5');
    expect(gmailId('thread-f:1879468814630948533')).toBe('1a1536edd6808eb5');
    expect(gmailId('#msg-a:r-5447858236489834419')).toBe('r-5447858236489834419');
    expect(gmailId('1a1536edd6808eb5')).toBe('1a1536edd6808eb5');
    expect(gmailId('')).toBeNull();
    expect(gmailId('#msg-f:99999999999999999999')).toBeNull();
    expect(gmailId('<script>')).toBeNull();
  });

  it('finds the same thread id without data-legacy-thread-id, then from the URL', () => {
    const doc = loadFixture('silent-after-three');
    const h2 = doc.querySelector('h2.hP');
    h2?.removeAttribute('data-legacy-thread-id');
    expect(read(doc)?.id).toBe('1a1536edd6808eb5');
    h2?.removeAttribute('data-thread-perm-id');
    expect(read(doc)?.id).toBe('FMfcgzQXJWxSfrNqdMvNmjbBfGkZZklg');
    expect(read(doc, 'https://mail.google.com/mail/u/0/')).toBeNull();
  });

  it('finds the same message ids without data-legacy-message-id', () => {
    const doc = loadFixture('group-cc');
    for (const el of all(doc, '[data-legacy-message-id]')) {
      el.removeAttribute('data-legacy-message-id');
    }
    expect(readOk(doc).messages.map((m) => m.id)).toEqual(
      EXPECTED['group-cc']?.messages.map((m) => m[0]),
    );
  });
});

describe('readGmailAccount', () => {
  const page = (title: string, bar = ''): Document =>
    parseHTML(`<html><head><title>${title}</title></head><body>${bar}</body></html>`)
      .document as unknown as Document;
  const button = (label: string): string =>
    `<header id="gb" role="banner"><a class="gb_B" role="button" aria-label="${label}" href="#"></a></header>`;

  it('takes the address from the title and the name from the account button', () => {
    const doc = page(
      'Re: hi - bob@x.com - Alex@Crickets-Demo.com - Gmail',
      button('Google Account: Alex Seller  &#10;(alex@crickets-demo.com)'),
    );
    expect(readGmailAccount(doc)).toEqual(ME);
  });

  it('reads localized account buttons without a title address', () => {
    expect(
      readGmailAccount(
        page('Gmail', button('Google-Konto: Alex Seller  &#10;(alex@crickets-demo.com)')),
      ),
    ).toEqual(ME);
    expect(
      readGmailAccount(
        page('Gmail', button('Compte Google : Alex Seller  &#10;(alex@crickets-demo.com)')),
      ),
    ).toEqual(ME);
  });

  it('falls back on [data-email] in the Google bar', () => {
    const bar =
      '<div role="banner"><div data-email="alex@crickets-demo.com" data-name="Alex Seller"></div></div>';
    expect(readGmailAccount(page('Gmail', bar))).toEqual(ME);
  });

  it('takes no address from the subject part of the title', () => {
    expect(readGmailAccount(page('Re: invoice - dana@acme-freight.com'))).toBeNull();
    expect(readGmailAccount(page('Mail from dana@acme-freight.com - Gmail'))).toBeNull();
  });

  it('uses the address as the name when nothing names it', () => {
    expect(readGmailAccount(page('Inbox - alex@crickets-demo.com - Gmail'))).toEqual({
      name: 'alex@crickets-demo.com',
      email: 'alex@crickets-demo.com',
    });
  });

  it('returns null without any address', () => {
    expect(readGmailAccount(page('Gmail'))).toBeNull();
    expect(readGmailAccount(page('Gmail', button('Google Account')))).toBeNull();
  });
});

describe('damaged pages', () => {
  it('reads the same thread without secondary classes', () => {
    for (const name of ['silent-after-three', 'group-cc', 'collapsed', 'locale-fr'] as const) {
      const doc = loadFixture(name);
      for (const el of all(doc, '[class]')) {
        const first = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
        el.setAttribute('class', first);
      }
      expect(read(doc)).toEqual(read(loadFixture(name)));
    }
  });

  it('reads the same thread with extra wrapper divs', () => {
    for (const name of ['silent-after-three', 'group-cc', 'collapsed'] as const) {
      const doc = loadFixture(name);
      const wrap = (el: Element, tag = 'div'): void => {
        const w = doc.createElement(tag);
        w.setAttribute('class', 'wrapper-x');
        el.parentNode?.insertBefore(w, el);
        w.appendChild(el);
      };
      for (const el of all(doc, '[data-message-id], .gs, .gE, .a3s, .a3s > div, h2.hP, .g3, .hb')) {
        wrap(el);
      }
      for (const el of all(doc, '.g2, .gD')) wrap(el, 'span');
      expect(read(doc)).toEqual(read(loadFixture(name)));
    }
  });

  it('falls back on the time in the legacy id when span.g3 has no title', () => {
    const doc = loadFixture('silent-after-three');
    for (const el of all(doc, '.g3')) {
      el.removeAttribute('title');
      el.removeAttribute('alt');
    }
    const thread = readOk(doc);
    expect(thread.messages).toHaveLength(4);
    for (const m of thread.messages) expect(m.at).toBe(hexTime(m.id));
    expect(thread.messages[0]?.at).toBe(Date.UTC(2026, 9, 19, 9, 12, 17));
  });

  it('falls back on the legacy id when the title is in an unknown format', () => {
    const doc = loadFixture('locale-de');
    for (const el of all(doc, '.g3')) {
      el.setAttribute('title', 'пн, 16 нояб. 2026 г., 09:14');
      el.removeAttribute('alt');
    }
    for (const m of readOk(doc).messages) expect(m.at).toBe(hexTime(m.id));
  });

  it('drops a message whose time cannot be found, and never guesses', () => {
    const doc = loadFixture('silent-after-three');
    const first = doc.querySelector('[data-message-id]');
    first?.querySelector('.g3')?.removeAttribute('title');
    first?.querySelector('.g3')?.removeAttribute('alt');
    first?.setAttribute('data-legacy-message-id', 'ffff36edd6808eb5'); // far in the future
    first?.setAttribute('data-message-id', '#msg-f:1');
    const thread = readOk(doc);
    expect(thread.messages.map((m) => m.id)).toEqual([
      '1a159b85ca86cae3',
      '1a18c455748d4629',
      '1a1cef09a0860a02',
    ]);
  });

  it('returns null without a subject', () => {
    const doc = loadFixture('silent-after-three');
    doc.querySelector('h2.hP')?.remove();
    expect(read(doc)).toBeNull();
  });

  it('returns null when the signed-in account cannot be found', () => {
    const doc = loadFixture('replied');
    doc.title = 'Onboarding analytics for Northwind - Gmail';
    expect(read(doc)?.me).toEqual(ME); // still named by the account button
    doc.querySelector('#gb a[aria-label*="@"]')?.remove();
    expect(read(doc)).toBeNull();
  });

  it('returns null when no message can be read', () => {
    const doc = loadFixture('out-of-office');
    for (const el of all(doc, '.gD, .zF, .yP')) el.removeAttribute('email');
    expect(read(doc)).toBeNull();
  });

  it('keeps a message without its body as collapsed, with no text', () => {
    const doc = loadFixture('opt-out');
    const last = all(doc, '[data-message-id]').at(-1);
    last?.querySelector('.ii')?.remove();
    const m = readOk(doc).messages.at(-1);
    expect(m).toMatchObject({ id: '1a1afdd95a8dfb62', collapsed: true, text: '' });
    expect(m?.from.email).toBe('luis.ortega@fabrikam.com');
  });

  it('does not take a recipient for the sender', () => {
    const doc = loadFixture('silent-after-three');
    doc.querySelector('.gD')?.remove();
    const thread = readOk(doc);
    expect(thread.messages.map((m) => m.id)).not.toContain('1a1536edd6808eb5');
    expect(thread.messages.every((m) => m.direction === 'out')).toBe(true);
  });

  it('reads recipients without the summary line classes', () => {
    const doc = loadFixture('group-cc');
    for (const el of all(doc, '.hb')) el.removeAttribute('class');
    for (const el of all(doc, '.ajA')) el.remove();
    const thread = readOk(doc);
    expect(thread.messages[0]?.to.map((p) => p.email)).toEqual(['marcus.chen@globex.com']);
    expect(thread.messages[0]?.cc.map((p) => p.email)).toEqual([
      'sofia.alvarez@globex.com',
      'ben.okafor@crickets-demo.com',
    ]);
    expect(thread.messages[2]?.to.map((p) => p.email)).toEqual([
      'alex@crickets-demo.com',
      'marcus.chen@globex.com',
    ]);
  });

  it('returns plain text from a hostile body', () => {
    const doc = loadFixture('out-of-office');
    const body = all(doc, '.a3s').at(-1);
    if (body) {
      body.innerHTML =
        '<div>Hello <b>there</b><img src=x onerror="alert(1)"></div><script>alert(2)</script><style>div{}</style><div>&lt;script&gt;alert(3)&lt;/script&gt;</div>';
    }
    expect(readOk(doc).messages.at(-1)?.text).toBe('Hello there\n<script>alert(3)</script>');
  });

  it('does not count a nested message marker as a message', () => {
    const doc = loadFixture('replied');
    const body = all(doc, '.a3s').at(-1);
    const fake = doc.createElement('div');
    fake.setAttribute('data-message-id', '#msg-f:123');
    fake.setAttribute('data-legacy-message-id', '1a1c656c22800000');
    body?.appendChild(fake);
    expect(readOk(doc).messages).toHaveLength(3);
  });
});

describe('random damage (property)', () => {
  const originals = new Map<FixtureName, Thread>();
  const names: FixtureName[] = ['silent-after-three', 'group-cc', 'collapsed', 'opt-out'];
  const original = (name: FixtureName): Thread => {
    let t = originals.get(name);
    if (!t) {
      t = readGmailThread(loadFixture(name), THREAD_URL) as Thread;
      originals.set(name, t);
    }
    return t;
  };
  const ATTRS = [
    'class',
    'email',
    'name',
    'title',
    'data-legacy-message-id',
    'data-message-id',
    'data-legacy-thread-id',
    'data-thread-perm-id',
    'aria-label',
    'role',
  ];

  const damage = fc.record({
    name: fc.constantFrom(...names),
    removals: fc.array(fc.nat(), { maxLength: 8 }),
    strips: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ATTRS)), { maxLength: 8 }),
  });

  it('never throws; returns null or a valid thread of the original messages', () => {
    fc.assert(
      fc.property(damage, ({ name, removals, strips }) => {
        const doc = parseHTML(fixtureHtml(name)).document as unknown as Document;
        for (const n of removals) {
          const els = all(doc, 'body *');
          if (els.length) els[n % els.length]?.remove();
        }
        for (const [n, attr] of strips) {
          const els = all(doc, `body [${attr}]`);
          if (els.length) els[n % els.length]?.removeAttribute(attr);
        }
        const thread = readGmailThread(doc, THREAD_URL);
        if (thread === null) return;
        expect(ThreadSchema.safeParse(thread).success).toBe(true);
        const before = original(name);
        expect([before.id, 'FMfcgzQXJWxSfrNqdMvNmjbBfGkZZklg']).toContain(thread.id);
        expect(thread.me.email).toBe(before.me.email);
        const byId = new Map(before.messages.map((m) => [m.id, m]));
        for (const m of thread.messages) {
          const was = byId.get(m.id);
          expect(was, `message ${m.id} is not in the original`).toBeDefined();
          if (!was) continue;
          expect(m.from.email).toBe(was.from.email);
          expect(m.direction).toBe(was.direction);
          expect([was.at, hexTime(m.id)]).toContain(m.at);
          const emailsBefore = [...was.to, ...was.cc].map((p) => p.email);
          for (const p of [...m.to, ...m.cc]) expect(emailsBefore).toContain(p.email);
          // Deleting nodes only removes text; without its class, a quote is no longer a quote.
          if (!strips.some(([, attr]) => attr === 'class')) {
            expect(m.text).not.toMatch(/wrote:|Account Executive/);
            if (!was.collapsed) expect(was.text.length).toBeGreaterThanOrEqual(m.text.length);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
