/**
 * The LinkedIn reader on the fixture pages of tests/fixtures/linkedin (their contents are listed
 * in tests/fixtures/linkedin/README.md and, as data, in ./linkedin-fixtures.ts) and on damaged
 * copies.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  findLinkedInComposer,
  linkedInSendButton,
  linkedInThreadIdFromUrl,
  linkedInThreadUrl,
  readLinkedInThread,
  readLinkedInThreads,
} from '../../lib/sources/linkedin';
import {
  conversationFromMessageId,
  parseClock,
  parseTimeHeading,
  timeFromMessageId,
} from '../../lib/sources/linkedin-dates';
import { ThreadSchema, contactIdOf, type Person, type Thread } from '../../lib/thread';
import {
  DANA_URL,
  DRAFT_LINES,
  EXPECTED,
  FEED_URL,
  ME,
  ME_MEMBER_ID,
  MEMBER_IDS,
  NOW,
  PEOPLE,
  attachDeclarativeShadowRoots,
  fixtureHtml,
  loadFixture,
  threadUrl,
  type ExpectedThread,
  type FixtureName,
  type Who,
} from './linkedin-fixtures';

type Name = Exclude<FixtureName, 'feed'>;
const NAMES = Object.keys(EXPECTED) as Name[];

const local = ([y, m, d, h, min]: [number, number, number, number, number]): number =>
  new Date(y, m - 1, d, h, min).getTime();

function read(doc: Document, url: string, now = NOW): Thread | null {
  const thread = readLinkedInThread(doc, url, now);
  if (thread) {
    const parsed = ThreadSchema.safeParse(thread);
    expect(parsed.success, JSON.stringify(parsed.error)).toBe(true);
  }
  return thread;
}

function readOk(doc: Document, url: string, now = NOW): Thread {
  const thread = read(doc, url, now);
  expect(thread).not.toBeNull();
  return thread as Thread;
}

const readFixture = (name: Name): Thread => readOk(loadFixture(name), EXPECTED[name].url);

/** Every element of the page matching `selector`, the open shadow root included. */
function all(doc: Document, selector: string): Element[] {
  const found = Array.from(doc.querySelectorAll(selector));
  const root = doc.querySelector('#interop-outlet')?.shadowRoot;
  if (root) found.push(...Array.from(root.querySelectorAll(selector)));
  return found;
}

const person = (who: Who | 'me'): Person => (who === 'me' ? ME : PEOPLE[who]);

/** Replaces each message id by one that encodes no time (as random ids do). */
function timelessIds(doc: Document): Map<string, string> {
  const ids = new Map<string, string>();
  all(doc, '[data-event-urn]').forEach((el, i) => {
    const urn = el.getAttribute('data-event-urn') ?? '';
    const old = urn.slice(urn.lastIndexOf(',') + 1, -1);
    const id = `2-${btoa(`a1b2c3d4-0000-4000-8000-${String(i).padStart(12, '0')}_00${i % 10}`)}`;
    ids.set(old, id);
    el.setAttribute('data-event-urn', urn.replace(old, id));
  });
  return ids;
}

/**
 * Gives each bubble the conversation URN of `id` (ids without a time name no conversation either,
 * and a bubble needs its id from somewhere).
 */
function conversationUrn(doc: Document, id: string): void {
  for (const b of all(doc, '.msg-overlay-conversation-bubble')) {
    b.setAttribute(
      'data-conversation-urn',
      `urn:li:msg_conversation:(urn:li:fsd_profile:${ME_MEMBER_ID},${id})`,
    );
  }
}

function wrap(doc: Document, el: Element, tag = 'div'): void {
  const w = doc.createElement(tag);
  w.setAttribute('class', 'wrapper-x');
  el.parentNode?.insertBefore(w, el);
  w.appendChild(el);
}

describe('readLinkedInThread on the fixtures', () => {
  for (const name of NAMES) {
    it(`reads ${name}`, () => {
      const expected: ExpectedThread = EXPECTED[name];
      const thread = readFixture(name);
      expect(thread.channel).toBe('linkedin');
      expect(thread.id).toBe(expected.id);
      expect(thread.subject).toBe(expected.subject);
      expect(thread.url).toBe(threadUrl(expected.id));
      expect(thread.me).toEqual(ME);
      const others = expected.others.map(person);
      expect(thread.messages).toHaveLength(expected.messages.length);
      expected.messages.forEach(([id, from, direction, , at, text], i) => {
        const m = thread.messages[i];
        expect(m?.id).toBe(id);
        expect(m?.from).toEqual(person(from));
        expect(m?.direction).toBe(direction);
        expect(m?.to).toEqual(
          direction === 'out'
            ? others
            : [ME, ...others.filter((o) => o.linkedin !== person(from).linkedin)],
        );
        expect(m?.cc).toEqual([]);
        expect(m?.at).toBe(at);
        expect(m?.text).toBe(text);
        expect(m?.collapsed).toBe(false);
      });
    });
  }

  it('takes the thread id from the URL, and it names the conversation', () => {
    for (const name of NAMES) {
      const { id, conversation } = EXPECTED[name];
      expect(atob(id.slice(2))).toBe(conversation);
      if (EXPECTED[name].url.includes('/messaging/thread/')) {
        expect(linkedInThreadIdFromUrl(EXPECTED[name].url)).toBe(id);
      }
    }
  });

  it('reads exact times and the conversation from the message ids', () => {
    for (const name of NAMES) {
      for (const [id, , , shown, at] of EXPECTED[name].messages) {
        expect(timeFromMessageId(id, NOW)).toBe(at);
        expect(conversationFromMessageId(id)).toBe(EXPECTED[name].id);
        // The shown time is the same wall-clock time, to the minute or in the group's minute.
        const [y, m, d, h, min] = shown;
        expect(at - Date.UTC(y, m - 1, d, h, min)).toBeGreaterThanOrEqual(0);
        expect(at - Date.UTC(y, m - 1, d, h, min)).toBeLessThan(2 * 60_000);
      }
    }
  });

  it('shows three messages of mine after Jordan’s last reply', () => {
    const thread = readFixture('messaging');
    const lastIn = thread.messages.map((m) => m.direction).lastIndexOf('in');
    const after = thread.messages.slice(lastIn + 1);
    expect(after.map((m) => m.direction)).toEqual(['out', 'out', 'out']);
    expect(thread.messages[lastIn]?.from).toEqual(PEOPLE.jordan);
    expect(contactIdOf(thread.messages[lastIn]?.from as Person)).toBe(
      'linkedin:jordan-blake-4a1b2c',
    );
  });

  it('names Dana by the slug the Gmail fixtures’ Dana can be merged with', () => {
    const thread = readFixture('dana-linkedin');
    expect(thread.messages[0]?.from).toEqual({
      name: 'Dana Whitfield',
      linkedin: 'dana-whitfield',
    });
    expect(contactIdOf(thread.messages[0]?.from as Person)).toBe('linkedin:dana-whitfield');
  });

  it('keeps line breaks and link text, and never reads receipts, reactions or the draft', () => {
    for (const name of NAMES) {
      for (const m of readFixture(name).messages) {
        expect(m.text).not.toMatch(/Seen by|reacted|\bLike\b|sent the following|View .*profile/);
        expect(m.text).not.toMatch(/pilot slots/);
      }
    }
    const texts = readFixture('messaging').messages.map((m) => m.text);
    expect(texts[3]).toBe('Here is the one-page overview: https://crickets-demo.com/overview.pdf');
    expect(texts[6]).toContain('outside the contract.\n\nWould a short summary');
  });

  it('reads the bubble only through the shadow root, as Chromium builds it', () => {
    const plain = loadFixture('overlay', { shadow: false });
    expect(read(plain, FEED_URL)).toBeNull();
    attachDeclarativeShadowRoots(plain);
    expect(read(plain, FEED_URL)).toEqual(readFixture('overlay'));
  });

  it('reads the same bubble from the light DOM (older pages)', () => {
    const doc = loadFixture('overlay');
    const aside = doc.querySelector('#interop-outlet')?.shadowRoot?.querySelector('#msg-overlay');
    expect(aside).toBeTruthy();
    if (aside) doc.body.appendChild(aside);
    expect(read(doc, FEED_URL)).toEqual(readFixture('overlay'));
  });
});

describe('several conversations on one page', () => {
  it('returns every conversation that can be read, each once', () => {
    const threads = readLinkedInThreads(loadFixture('dana-linkedin'), DANA_URL, NOW);
    expect(threads.map((t) => t.id)).toEqual([EXPECTED['dana-linkedin'].id, EXPECTED.overlay.id]);
    // The same conversation as in overlay.html: same ids and messages.
    expect(threads[1]?.messages).toEqual(readFixture('overlay').messages);
    expect(readLinkedInThreads(loadFixture('messaging'), EXPECTED.messaging.url, NOW)).toEqual([
      readFixture('messaging'),
    ]);
    expect(readLinkedInThreads(loadFixture('feed'), FEED_URL, NOW)).toEqual([]);
  });

  it('reads the bubble marked active, then the first expanded one', () => {
    const doc = loadFixture('dana-linkedin');
    const [dana, sam, lena] = all(doc, '.msg-overlay-conversation-bubble');
    expect(lena?.className).toContain('--is-minimized');
    expect(read(doc, DANA_URL)?.id).toBe(EXPECTED['dana-linkedin'].id);
    dana?.classList.remove('msg-overlay-conversation-bubble--is-active');
    sam?.classList.add('msg-overlay-conversation-bubble--is-active');
    expect(read(doc, DANA_URL)?.id).toBe(EXPECTED.overlay.id);
    sam?.classList.remove('msg-overlay-conversation-bubble--is-active');
    expect(read(doc, DANA_URL)?.id).toBe(EXPECTED['dana-linkedin'].id);
    if (sam && dana) dana.parentNode?.insertBefore(sam, dana);
    expect(read(doc, DANA_URL)?.id).toBe(EXPECTED.overlay.id);
  });

  it('reads the bubble that holds the focus', () => {
    const doc = loadFixture('dana-linkedin');
    const root = doc.querySelector('#interop-outlet')?.shadowRoot;
    const samComposer = all(doc, '.msg-overlay-conversation-bubble')[1]?.querySelector(
      '.msg-form__contenteditable',
    );
    expect(root && samComposer).toBeTruthy();
    Object.defineProperty(root, 'activeElement', { value: samComposer, configurable: true });
    expect(read(doc, DANA_URL)?.id).toBe(EXPECTED.overlay.id);
    expect(findLinkedInComposer(doc)).toBe(samComposer);
  });

  it('never reads a minimized bubble as the open conversation', () => {
    const doc = loadFixture('dana-linkedin');
    for (const b of all(doc, '.msg-overlay-conversation-bubble')) {
      b.classList.add('msg-overlay-conversation-bubble--is-minimized');
    }
    expect(read(doc, DANA_URL)).toBeNull();
    expect(readLinkedInThreads(doc, DANA_URL, NOW)).toHaveLength(2);
  });

  it('prefers the messaging page’s thread to any bubble', () => {
    const doc = loadFixture('messaging');
    const host = doc.querySelector('#interop-outlet');
    const other = loadFixture('dana-linkedin');
    const aside = other.querySelector('#interop-outlet')?.shadowRoot?.querySelector('#msg-overlay');
    const root = host?.attachShadow({ mode: 'open' });
    if (root && aside) root.innerHTML = aside.outerHTML;
    expect(read(doc, EXPECTED.messaging.url)?.id).toBe(EXPECTED.messaging.id);
    expect(readLinkedInThreads(doc, EXPECTED.messaging.url, NOW).map((t) => t.id)).toEqual([
      EXPECTED.messaging.id,
      EXPECTED['dana-linkedin'].id,
      EXPECTED.overlay.id,
    ]);
  });
});

describe('thread ids', () => {
  it.each([
    ['https://www.linkedin.com/messaging/thread/2-abc123==/', '2-abc123=='],
    ['https://www.linkedin.com/messaging/thread/2-abc123%3D%3D/?miniProfileUrn=x', '2-abc123=='],
    ['/messaging/thread/2-6UU6ZA3xz%2FgplV%2BvWXS7cQ==/', '2-6UU6ZA3xz/gplV+vWXS7cQ=='],
    ['https://de.linkedin.com/messaging/thread/6543210987654321098', '6543210987654321098'],
    ['https://www.linkedin.com/messaging/thread/new/', null],
    ['https://www.linkedin.com/messaging/', null],
    ['https://www.linkedin.com/feed/', null],
    ['https://www.linkedin.com/messaging/thread/%E0%A4%A/', null],
    ['https://www.linkedin.com/messaging/thread/<script>/', null],
  ])('%s → %s', (url, id) => {
    expect(linkedInThreadIdFromUrl(url)).toBe(id);
  });

  it('writes ids into messaging URLs that read back the same', () => {
    for (const id of ['2-6UU6ZA3xz/gplV+vWXS7cQ==', EXPECTED.messaging.id, '6543210987654321098']) {
      expect(linkedInThreadIdFromUrl(linkedInThreadUrl(id))).toBe(id);
    }
    expect(linkedInThreadUrl(EXPECTED.messaging.id)).toBe(EXPECTED.messaging.url);
  });

  it('finds the same id without it in the URL: the active conversation, then the messages', () => {
    const doc = loadFixture('messaging');
    expect(read(doc, 'https://www.linkedin.com/messaging/')?.id).toBe(EXPECTED.messaging.id);
    for (const el of all(doc, '.msg-conversations-container')) el.remove();
    expect(read(doc, 'https://www.linkedin.com/messaging/')?.id).toBe(EXPECTED.messaging.id);
    timelessIds(doc);
    expect(read(doc, 'https://www.linkedin.com/messaging/')).toBeNull();
  });

  it('returns null while URL and page name different conversations', () => {
    const doc = loadFixture('messaging');
    expect(read(doc, threadUrl(EXPECTED.group.id))).toBeNull();
  });

  it('takes a bubble’s id from a conversation URN or link, and gives null when they differ', () => {
    const doc = loadFixture('overlay');
    const bubble = all(doc, '.msg-overlay-conversation-bubble')[0];
    bubble?.setAttribute(
      'data-conversation-urn',
      `urn:li:msg_conversation:(urn:li:fsd_profile:${ME_MEMBER_ID},2-Q29udjEyMw==)`,
    );
    expect(read(doc, FEED_URL)?.id).toBe('2-Q29udjEyMw==');
    const link = doc.createElement('a');
    link.setAttribute('href', '/messaging/thread/2-T3RoZXI=/');
    bubble?.querySelector('header')?.appendChild(link);
    expect(read(doc, FEED_URL)).toBeNull();
    bubble?.removeAttribute('data-conversation-urn');
    expect(read(doc, FEED_URL)?.id).toBe('2-T3RoZXI=');
  });
});

describe('time headings and clock times', () => {
  const day = (text: string, now = NOW): string | null => {
    const d = parseTimeHeading(text, now);
    return d ? `${d.y}-${d.m}-${d.d}` : null;
  };

  it.each([
    ['Today', '2026-11-23'],
    ['Yesterday', '2026-11-22'],
    ['Friday', '2026-11-20'],
    ['Thursday', '2026-11-19'],
    ['Tuesday', '2026-11-17'],
    ['Monday', '2026-11-16'],
    ['Nov 12', '2026-11-12'],
    ['November 2', '2026-11-2'],
    ['Nov 24', '2026-11-24'],
    ['Dec 30', '2025-12-30'],
    ['Oct 3, 2025', '2025-10-3'],
    ['12 Nov', '2026-11-12'],
    ['12. Nov.', '2026-11-12'],
    ['12 de nov. de 2025', '2025-11-12'],
    ['Heute', '2026-11-23'],
    ['gestern', '2026-11-22'],
    ['viernes', '2026-11-20'],
    ['Aujourd’hui', null],
    ["aujourd'hui", '2026-11-23'],
    ['2025-10-03', '2025-10-3'],
    ['  Nov\u00a012 ', '2026-11-12'],
    ['Feb 30', null],
    ['Tomorrow', null],
    ['Nov', null],
    ['12', null],
    ['', null],
  ])('heading %j → %s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it.each([
    ['9:41 AM', [9, 41]],
    ['12:05 AM', [0, 5]],
    ['12:30 PM', [12, 30]],
    ['4:48\u202fPM', [16, 48]],
    ['9:41 p. m.', [21, 41]],
    ['14:44', [14, 44]],
    ['14 h 44', [14, 44]],
    ['13:00 PM', null],
    ['25:00', null],
    ['9:61', null],
    ['Today', null],
  ])('clock %j → %j', (text, expected) => {
    const c = parseClock(text);
    expect(c ? [c.h, c.min] : null).toEqual(expected);
  });

  it('trusts only plausible times in ids', () => {
    // From LinkedIn's API: this message was reported as sent at 1771950346603.
    expect(timeFromMessageId('2-MTc3MTk1MDM0NjYwM2I5NzY0NS0xMDA=', Date.UTC(2026, 2, 1))).toBe(
      1771950346603,
    );
    expect(
      timeFromMessageId('2-MTc3MTk1MDM0NjYwM2I5NzY0NS0xMDA=', Date.UTC(2026, 0, 1)),
    ).toBeNull();
    expect(timeFromMessageId(`2-${btoa('0000000001000b1-100')}`, NOW)).toBeNull();
    expect(
      timeFromMessageId('2-ZWM2NDIzZjQtMGYyMC00NmFlLWIzM2YtN2NjMDZmMGFjOTlkXzAxMA==', NOW),
    ).toBeNull();
    expect(timeFromMessageId('2-!!!', NOW)).toBeNull();
    expect(timeFromMessageId('', NOW)).toBeNull();
    expect(conversationFromMessageId('2-MTc3MTk1MDM0NjYwM2I5NzY0NS0xMDA=')).toBeNull();
  });
});

describe('times from the headings when ids carry none', () => {
  for (const name of NAMES) {
    it(`reads ${name} with day headings and group times`, () => {
      const doc = loadFixture(name);
      conversationUrn(doc, EXPECTED[name].id);
      const ids = timelessIds(doc);
      const thread = readOk(doc, EXPECTED[name].url);
      expect(thread.messages.map((m) => m.id)).toEqual(
        EXPECTED[name].messages.map(([id]) => ids.get(id)),
      );
      expect(thread.messages.map((m) => m.at)).toEqual(
        EXPECTED[name].messages.map(([, , , shown]) => local(shown)),
      );
    });
  }

  it('resolves "Today", "Yesterday" and weekdays against now', () => {
    const doc = loadFixture('overlay');
    conversationUrn(doc, EXPECTED.overlay.id);
    timelessIds(doc);
    const later = new Date(2026, 10, 24, 12, 0).getTime(); // a day later, "Today" is the 24th
    const at = readOk(doc, FEED_URL, later).messages.map((m) => m.at);
    expect(at.at(-1)).toBe(new Date(2026, 10, 24, 9, 5).getTime());
    expect(at[0]).toBe(new Date(2026, 10, 17, 16, 40).getTime()); // "Tuesday" is still the 17th
  });

  it('prefers a heading’s datetime to its text', () => {
    const doc = loadFixture('group');
    timelessIds(doc);
    const heading = all(doc, '.msg-s-message-list__time-heading')[2]; // "Friday"
    heading?.setAttribute('datetime', '2026-11-13');
    expect(readOk(doc, EXPECTED.group.url).messages.at(-1)?.at).toBe(
      new Date(2026, 10, 13, 9, 0).getTime(),
    );
  });

  it('keeps exact times without the headings, and drops what has neither', () => {
    const doc = loadFixture('messaging');
    for (const el of all(doc, '.msg-s-message-list__time-heading')) el.remove();
    expect(read(doc, EXPECTED.messaging.url)).toEqual(readFixture('messaging'));
    timelessIds(doc);
    expect(read(doc, EXPECTED.messaging.url)).toBeNull();
  });

  it('drops the messages of a group whose clock time is missing', () => {
    const doc = loadFixture('messaging');
    timelessIds(doc);
    all(doc, '.msg-s-message-group__timestamp')[2]?.remove(); // the Nov 2 group of mine
    const texts = readOk(doc, EXPECTED.messaging.url).messages.map((m) => m.text);
    expect(texts).toHaveLength(7);
    expect(texts.join('\n')).not.toContain('one-page overview');
    expect(texts.join('\n')).not.toContain('90-day pilot');
  });
});

describe('damaged pages', () => {
  it('reads the same threads without utility classes', () => {
    for (const name of NAMES) {
      const doc = loadFixture(name);
      for (const el of all(doc, '[class]')) {
        const kept = (el.getAttribute('class') ?? '')
          .split(/\s+/)
          .filter((c) => /^(msg-|global-nav__me-photo|feed-identity)/.test(c));
        el.setAttribute('class', kept.join(' '));
      }
      expect(read(doc, EXPECTED[name].url)).toEqual(readFixture(name));
    }
  });

  it('reads the same threads with extra wrappers', () => {
    for (const name of NAMES) {
      const doc = loadFixture(name);
      const selector =
        '.msg-s-message-list-content, .msg-s-event-listitem, .msg-s-message-group__meta, .msg-s-event-listitem__body, .msg-s-message-list__time-heading, .msg-s-message-group__name, h2, .msg-overlay-conversation-bubble';
      for (const el of all(doc, selector)) wrap(doc, el, el.localName === 'span' ? 'span' : 'div');
      expect(read(doc, EXPECTED[name].url)).toEqual(readFixture(name));
    }
  });

  it('returns null without any class (directions unknown)', () => {
    for (const name of NAMES) {
      const doc = loadFixture(name);
      for (const el of all(doc, '[class]')) el.removeAttribute('class');
      expect(read(doc, EXPECTED[name].url)).toBeNull();
    }
  });

  it('returns null when no message is marked --other while their names say otherwise', () => {
    for (const name of NAMES) {
      const doc = loadFixture(name);
      for (const el of all(doc, '.msg-s-event-listitem--other')) {
        el.classList.remove('msg-s-event-listitem--other');
      }
      expect(read(doc, EXPECTED[name].url)).toBeNull();
    }
  });

  it('drops a message whose --other class is lost, whether or not it shows its sender', () => {
    const doc = loadFixture('messaging');
    const others = all(doc, '.msg-s-event-listitem--other');
    others[1]?.classList.remove('msg-s-event-listitem--other'); // continues Jordan's group
    others[2]?.classList.remove('msg-s-event-listitem--other'); // starts a group of Jordan's
    const ids = readOk(doc, EXPECTED.messaging.url).messages.map((m) => m.id);
    const expected = EXPECTED.messaging.messages.map(([id]) => id);
    expect(ids).toEqual(expected.filter((_, i) => i !== 2 && i !== 5));
  });

  it('completes missing names from the header, and drops people it cannot name', () => {
    const doc = loadFixture('messaging');
    for (const el of all(doc, '.msg-s-message-group__name')) el.textContent = '';
    for (const el of all(doc, 'img.msg-s-event-listitem__profile-picture')) {
      el.removeAttribute('alt');
      el.removeAttribute('title');
    }
    expect(read(doc, EXPECTED.messaging.url)).toEqual(readFixture('messaging'));

    const group = loadFixture('group');
    for (const el of all(group, '.msg-s-message-group__name')) el.textContent = '';
    for (const el of all(group, 'img.msg-s-event-listitem__profile-picture')) el.remove();
    const thread = readOk(group, EXPECTED.group.url);
    expect(thread.messages.map((m) => m.direction)).toEqual(['out', 'out', 'out']);
    expect(thread.messages.every((m) => m.to.length === 0)).toBe(true);
  });

  it('reads the other person of a one-to-one conversation without any meta', () => {
    const doc = loadFixture('overlay');
    for (const el of all(doc, '.msg-s-message-group__meta, .msg-s-event-listitem__link')) {
      el.remove();
    }
    expect(read(doc, FEED_URL)?.messages).toEqual(readFixture('overlay').messages);
  });

  it('names people by member id when the page links no public profile', () => {
    const doc = loadFixture('overlay');
    for (const el of all(doc, '.msg-overlay-bubble-header__title a')) {
      el.setAttribute('href', `/in/${MEMBER_IDS.sam}/`);
    }
    const thread = readOk(doc, FEED_URL);
    const sam = { name: 'Sam Okoro', linkedin: MEMBER_IDS.sam };
    expect(thread.messages.filter((m) => m.direction === 'in').map((m) => m.from)).toEqual([
      sam,
      sam,
    ]);
    expect(contactIdOf(sam)).toBe(`linkedin:${MEMBER_IDS.sam.toLowerCase()}`);
  });

  it('finds me by my own messages without the nav, and by name only without any slug', () => {
    const doc = loadFixture('messaging');
    for (const el of all(doc, 'img.global-nav__me-photo')) el.remove();
    expect(read(doc, EXPECTED.messaging.url)).toEqual(readFixture('messaging'));

    const nameOnly = loadFixture('messaging');
    for (const el of all(nameOnly, '.msg-s-event-listitem:not(.msg-s-event-listitem--other) a')) {
      el.removeAttribute('href');
    }
    const thread = readOk(nameOnly, EXPECTED.messaging.url);
    expect(thread.me).toEqual({ name: 'Alex Seller' });
    expect(thread.messages.map((m) => m.direction)).toEqual(
      EXPECTED.messaging.messages.map((m) => m[2]),
    );
    expect(thread.messages[1]?.to).toEqual([{ name: 'Alex Seller' }]);
  });

  it('returns null when I cannot be named', () => {
    const doc = loadFixture('messaging');
    for (const el of all(doc, 'img.global-nav__me-photo')) el.remove();
    for (const el of all(doc, '.msg-s-event-listitem:not(.msg-s-event-listitem--other)')) {
      el.querySelector('.msg-s-message-group__name')?.remove();
      el.querySelector('img')?.remove();
    }
    expect(read(doc, EXPECTED.messaging.url)).toBeNull();
  });

  it('does not take a link in a message for its sender', () => {
    const doc = loadFixture('messaging');
    const body = all(doc, '.msg-s-event-listitem--other .msg-s-event-listitem__body')[0];
    body?.insertAdjacentHTML(
      'afterbegin',
      '<a href="https://www.linkedin.com/in/someone-else/">Someone Else</a> ',
    );
    for (const el of all(doc, '.msg-s-event-listitem--other .msg-s-message-group__meta'))
      el.remove();
    for (const el of all(doc, '.msg-s-event-listitem--other .msg-s-event-listitem__link'))
      el.remove();
    const thread = readOk(doc, EXPECTED.messaging.url);
    expect(thread.messages[1]?.from).toEqual(PEOPLE.jordan);
    expect(thread.messages[1]?.text).toBe('Someone Else Thanks Alex, good to meet you too.');
  });

  it('returns plain text from a hostile body', () => {
    const doc = loadFixture('overlay');
    const body = all(doc, '.msg-s-event-listitem__body')[0];
    if (body) {
      body.innerHTML =
        'Hello <b>there</b><img src=x onerror="alert(1)"><script>alert(2)</script><style>p{}</style><br>&lt;script&gt;alert(3)&lt;/script&gt;';
    }
    expect(readOk(doc, FEED_URL).messages[0]?.text).toBe('Hello there\n<script>alert(3)</script>');
  });

  it('reads a message once, and a nested marker not at all', () => {
    const doc = loadFixture('composer-draft');
    const items = all(doc, 'li.msg-s-message-list__event');
    const copy = items[1]?.cloneNode(true);
    if (copy) items[1]?.parentNode?.appendChild(copy);
    const nested = doc.createElement('div');
    nested.setAttribute(
      'data-event-urn',
      `urn:li:msg_message:(urn:li:fsd_profile:${ME_MEMBER_ID},2-${btoa(`${NOW}b1-100`)})`,
    );
    all(doc, '.msg-s-event-listitem__body')[0]?.appendChild(nested);
    expect(readOk(doc, EXPECTED['composer-draft'].url).messages).toEqual(
      readFixture('composer-draft').messages,
    );
  });

  it('marks a message without a body as collapsed, with no text', () => {
    const doc = loadFixture('group');
    all(doc, '.msg-s-event-listitem__message-bubble')[2]?.remove();
    const m = readOk(doc, EXPECTED.group.url).messages[2];
    expect(m).toMatchObject({ id: EXPECTED.group.messages[2]?.[0], collapsed: true, text: '' });
    expect(m?.from).toEqual(PEOPLE.omar);
  });
});

describe('pages that are not a conversation', () => {
  it('returns null on the feed, whatever the URL says', () => {
    const doc = loadFixture('feed');
    expect(read(doc, FEED_URL)).toBeNull();
    expect(read(doc, EXPECTED.messaging.url)).toBeNull();
    expect(read(doc, 'https://www.linkedin.com/messaging/')).toBeNull();
  });

  it('returns null on an empty page and on Gmail-like markup', () => {
    const empty = parseHTML('<html><body></body></html>').document as unknown as Document;
    expect(read(empty, EXPECTED.messaging.url)).toBeNull();
    const gmail = parseHTML(
      '<html><body><div role="main"><h2 class="hP">Hi</h2><div data-message-id="#msg-f:1"></div></div></body></html>',
    ).document as unknown as Document;
    expect(read(gmail, EXPECTED.messaging.url)).toBeNull();
  });
});

describe('the composer', () => {
  it('finds the draft and the disabled send button of the open conversation', () => {
    const doc = loadFixture('composer-draft');
    const box = findLinkedInComposer(doc);
    expect(box?.getAttribute('role')).toBe('textbox');
    expect(Array.from(box?.querySelectorAll('p') ?? []).map((p) => p.textContent)).toEqual(
      DRAFT_LINES,
    );
    const send = linkedInSendButton(doc);
    expect(send?.classList.contains('msg-form__send-button')).toBe(true);
    expect(send?.hasAttribute('disabled')).toBe(true);
    expect(send?.closest('form')).toBe(box?.closest('form'));
  });

  it('finds the empty composer of the messaging page and of the chosen bubble', () => {
    const messaging = loadFixture('messaging');
    expect(findLinkedInComposer(messaging)?.innerHTML).toBe('<p><br></p>');
    const dana = loadFixture('dana-linkedin');
    const box = findLinkedInComposer(dana);
    expect(box?.closest('.msg-overlay-conversation-bubble')).toBe(
      all(dana, '.msg-overlay-conversation-bubble')[0],
    );
    expect(linkedInSendButton(dana)?.closest('.msg-overlay-conversation-bubble')).toBe(
      all(dana, '.msg-overlay-conversation-bubble')[0],
    );
  });

  it('finds nothing on the feed', () => {
    const doc = loadFixture('feed');
    expect(findLinkedInComposer(doc)).toBeNull();
    expect(linkedInSendButton(doc)).toBeNull();
  });
});

describe('random damage (property)', () => {
  // Every conversation of the page: a damaged page may show another bubble as the open one.
  const originals = new Map<Name, Thread[]>();
  const original = (name: Name): Thread[] => {
    let t = originals.get(name);
    if (!t) {
      t = readLinkedInThreads(loadFixture(name), EXPECTED[name].url, NOW);
      originals.set(name, t);
    }
    return t;
  };
  const ATTRS = ['class', 'data-event-urn', 'href', 'alt', 'title'];
  const damage = fc.record({
    name: fc.constantFrom(...NAMES),
    removals: fc.array(fc.nat(), { maxLength: 8 }),
    strips: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ATTRS)), { maxLength: 8 }),
  });

  it('never throws; returns null or a valid thread of the original messages', () => {
    fc.assert(
      fc.property(damage, ({ name, removals, strips }) => {
        const doc = parseHTML(fixtureHtml(name)).document as unknown as Document;
        attachDeclarativeShadowRoots(doc);
        for (const n of removals) {
          const els = all(doc, 'body *');
          if (els.length) els[n % els.length]?.remove();
        }
        for (const [n, attr] of strips) {
          const els = all(doc, `[${attr}]`);
          if (els.length) els[n % els.length]?.removeAttribute(attr);
        }
        const thread = readLinkedInThread(doc, EXPECTED[name].url, NOW);
        if (thread === null) return;
        expect(ThreadSchema.safeParse(thread).success).toBe(true);
        const before = original(name).find((t) => t.id === thread.id);
        expect(before, `thread ${thread.id} is not on the page`).toBeDefined();
        if (!before) return;
        expect(thread.me.name).toBe(ME.name);
        expect([ME.linkedin, ME_MEMBER_ID, undefined]).toContain(thread.me.linkedin);
        const byId = new Map(before.messages.map((m) => [m.id, m]));
        // The same person, possibly known by member id only, or without a slug when it is me.
        const memberIdOf = (slug?: string): string | undefined =>
          slug === ME.linkedin
            ? ME_MEMBER_ID
            : MEMBER_IDS[
                (Object.keys(PEOPLE) as Who[]).find((w) => PEOPLE[w].linkedin === slug) ?? 'dana'
              ];
        const known = (p: Person, among: Person[]): boolean =>
          among.some(
            (q) =>
              q.name === p.name &&
              (q.linkedin === p.linkedin ||
                p.linkedin === memberIdOf(q.linkedin) ||
                (p.linkedin === undefined && q.name === ME.name)),
          );
        for (const m of thread.messages) {
          const was = byId.get(m.id);
          expect(was, `message ${m.id} is not in the original`).toBeDefined();
          if (!was) continue;
          expect(m.direction).toBe(was.direction);
          expect(m.at).toBe(was.at);
          expect(known(m.from, [was.from]), JSON.stringify([m.from, was.from])).toBe(true);
          for (const p of m.to) expect(known(p, [...was.to, ME]), JSON.stringify(p)).toBe(true);
          expect(m.text.length).toBeLessThanOrEqual(was.text.length);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
