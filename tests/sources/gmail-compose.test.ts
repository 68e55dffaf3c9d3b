/**
 * Gmail's compose and reply box (lib/sources/gmail-compose.ts) on the fixture pages
 * tests/fixtures/gmail/reply-box.html (silent-after-three.html plus an open reply box) and
 * compose-new.html (inbox.html plus a "New Message" dialog), and on damaged copies. linkedom has
 * no execCommand: writing takes the DOM fallback here, the editor path is checked in real
 * Chromium by tests/e2e/compose-smoke.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readGmailThread } from '../../lib/sources/gmail';
import {
  applyGmailDraft,
  findGmailCompose,
  readGmailDraft,
  watchDraft,
} from '../../lib/sources/gmail-compose';
import { THREAD_URL, fixtureHtml, loadFixture } from './gmail-fixtures';

type ComposeFixture = 'reply-box' | 'compose-new';
const html = (name: ComposeFixture): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/gmail/${name}.html`, import.meta.url)), 'utf8');
const load = (name: ComposeFixture): Document =>
  parseHTML(html(name)).document as unknown as Document;

const SIGNATURE = 'Alex Seller\nCrickets Demo';
const INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';

/** Sets what `document.activeElement` says (linkedom does not track focus). */
const focus = (doc: Document, el: Element | null): void => {
  Object.defineProperty(doc, 'activeElement', { value: el, configurable: true });
};

const input = (doc: Document, target: Element, type = 'input'): void => {
  const E = (doc.defaultView as unknown as { Event: typeof Event }).Event;
  target.dispatchEvent(new E(type, { bubbles: true }));
};

/** A line typed into the box's first line, as Gmail's editor would leave it. */
const type = (box: Element, text: string): void => {
  const first = box.firstElementChild;
  if (!first) throw new Error('empty box');
  first.textContent = text;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 12, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the fixtures', () => {
  it('reply-box reads as the same thread as silent-after-three', () => {
    const withBox = readGmailThread(load('reply-box'), THREAD_URL);
    expect(withBox).not.toBeNull();
    expect(withBox).toEqual(readGmailThread(loadFixture('silent-after-three'), THREAD_URL));
    expect(load('reply-box').title).toBe(loadFixture('silent-after-three').title);
  });

  it('compose-new is still the inbox: no conversation', () => {
    expect(readGmailThread(load('compose-new'), INBOX_URL)).toBeNull();
    expect(readGmailThread(load('compose-new'), THREAD_URL)).toBeNull();
  });

  it('hold Gmail compose markup: form, body, an empty first line, the signature', () => {
    for (const name of ['reply-box', 'compose-new'] as const) {
      const doc = load(name);
      const box = doc.querySelector(
        'div.M9 table.iN div.Ar.Au > div.Am.Al.editable[g_editable="true"][role="textbox"][aria-label="Message Body"][contenteditable="true"]',
      );
      expect(box, name).not.toBeNull();
      expect(box?.firstElementChild?.outerHTML).toBe('<div><br></div>');
      expect(
        box?.querySelector('div.gmail_signature[data-smartmail="gmail_signature"]')?.innerHTML,
      ).toBe('-- <br>Alex Seller<br>Crickets Demo');
      expect(doc.querySelectorAll('script, [onload], [onerror], [onsubmit]')).toHaveLength(0);
    }
    const dialog = load('compose-new').querySelector('div[role="dialog"]');
    expect(dialog?.querySelector('input[name="subjectbox"]')).not.toBeNull();
    expect(dialog?.querySelector('input[aria-label="To recipients"]')).not.toBeNull();
    expect(dialog?.querySelector('div.Am.Al.editable')).not.toBeNull();
  });
});

describe('findGmailCompose', () => {
  it('finds the reply box and the New Message body', () => {
    expect(findGmailCompose(load('reply-box'))?.id).toBe(':qz');
    expect(findGmailCompose(load('compose-new'))?.id).toBe(':pe');
  });

  it('finds nothing on pages without one', () => {
    expect(findGmailCompose(loadFixture('silent-after-three'))).toBeNull();
    expect(findGmailCompose(loadFixture('inbox'))).toBeNull();
    expect(findGmailCompose(parseHTML('').document as unknown as Document)).toBeNull();
  });

  /** reply-box with the New Message dialog of compose-new appended: two boxes. */
  function twoBoxes(): { doc: Document; reply: Element; dialog: Element } {
    const doc = load('reply-box');
    const other = load('compose-new').querySelector('div.dw');
    if (other) doc.body.appendChild(doc.importNode(other, true));
    const reply = doc.getElementById(':qz');
    const dialog = doc.getElementById(':pe');
    if (!reply || !dialog) throw new Error('fixture changed');
    return { doc, reply, dialog };
  }

  it('prefers the focused box, else the last one', () => {
    const { doc, reply, dialog } = twoBoxes();
    expect(findGmailCompose(doc)).toBe(dialog);
    focus(doc, reply);
    expect(findGmailCompose(doc)).toBe(reply);
    focus(doc, reply.firstElementChild);
    expect(findGmailCompose(doc)).toBe(reply);
    // Focus in the To or Subject field of a compose form: that form's body.
    focus(doc, doc.querySelector('input[name="subjectbox"].aoT'));
    expect(findGmailCompose(doc)).toBe(dialog);
    focus(doc, reply.closest('.M9')?.querySelector('.aoD') ?? null);
    expect(findGmailCompose(doc)).toBe(reply);
    focus(doc, doc.body);
    expect(findGmailCompose(doc)).toBe(dialog);
  });

  it('ignores hidden and read-only boxes', () => {
    const hide: ((d: Element, doc: Document) => void)[] = [
      (d) => d.setAttribute('hidden', ''),
      (d) => d.closest('div.dw')?.setAttribute('aria-hidden', 'true'),
      (d) => d.closest('div[role="dialog"]')?.setAttribute('style', 'display: none'),
      (d) => d.closest('.M9')?.setAttribute('inert', ''),
      (d) => d.setAttribute('contenteditable', 'false'),
    ];
    for (const h of hide) {
      const { doc, reply, dialog } = twoBoxes();
      h(dialog, doc);
      focus(doc, dialog);
      expect(findGmailCompose(doc)).toBe(reply);
    }
  });

  it('falls back from attribute to class to label, and to translated labels', () => {
    const doc = load('reply-box');
    const box = doc.getElementById(':qz') as Element;
    box.removeAttribute('g_editable');
    expect(findGmailCompose(doc)).toBe(box);
    box.removeAttribute('role');
    box.setAttribute('class', 'x');
    expect(findGmailCompose(doc)).toBe(box);
    box.setAttribute('aria-label', 'Nachrichtentext');
    expect(findGmailCompose(doc)).toBe(box);
    box.removeAttribute('aria-label');
    expect(findGmailCompose(doc)).toBeNull();
  });

  it('takes no other editable of the page for a compose body', () => {
    const doc = loadFixture('inbox');
    const chat = doc.createElement('div');
    chat.setAttribute('contenteditable', 'true');
    chat.setAttribute('aria-label', 'Chat message');
    chat.setAttribute('role', 'textbox');
    doc.body.appendChild(chat);
    expect(findGmailCompose(doc)).toBeNull();
  });

  it('prefers a box of the better-ranked markup', () => {
    const doc = load('reply-box');
    const odd = doc.createElement('div');
    odd.setAttribute('class', 'M9');
    odd.innerHTML =
      '<div contenteditable="true" aria-label="Corps du message"><div><br></div></div>';
    doc.body.appendChild(odd);
    expect(findGmailCompose(doc)?.id).toBe(':qz');
    focus(doc, odd.firstElementChild);
    expect(findGmailCompose(doc)).toBe(odd.firstElementChild);
  });
});

describe('readGmailDraft and applyGmailDraft', () => {
  it('reads the empty reply box: no text, my signature', () => {
    const doc = load('reply-box');
    const draft = readGmailDraft(doc);
    expect(draft).toMatchObject({ text: '', signature: SIGNATURE, quoted: false });
    expect(draft?.box.id).toBe(':qz');
    expect(readGmailDraft(loadFixture('silent-after-three'))).toBeNull();
  });

  it('reads what was typed, without signature or expanded quote', () => {
    const doc = load('reply-box');
    const box = findGmailCompose(doc) as HTMLElement;
    type(box, 'Hi Dana, any news?');
    const quote = doc.createElement('div');
    quote.setAttribute('class', 'gmail_quote');
    quote.innerHTML =
      '<div class="gmail_attr">On Thu, Nov 12, 2026 at 8:47 AM Alex Seller wrote:<br></div><blockquote class="gmail_quote">Just checking in.</blockquote>';
    box.appendChild(quote);
    expect(readGmailDraft(doc)).toMatchObject({
      text: 'Hi Dana, any news?',
      signature: SIGNATURE,
      quoted: true,
    });
  });

  it('writes the draft and keeps the signature node', () => {
    for (const name of ['reply-box', 'compose-new'] as const) {
      const doc = load(name);
      const box = findGmailCompose(doc) as HTMLElement;
      const sig = box.querySelector('.gmail_signature');
      type(box, 'Just checking in. Did you get my email?');
      const text =
        'Hi Dana,\n\nOne idea for your review.\n\n\nIf the timing is not right, just tell me.';
      expect(applyGmailDraft(doc, text)).toBe(true);
      expect(readGmailDraft(doc)).toMatchObject({ text, signature: SIGNATURE });
      expect(box.querySelector('.gmail_signature')).toBe(sig);
      expect(sig?.innerHTML).toBe('-- <br>Alex Seller<br>Crickets Demo');
      expect(sig?.previousElementSibling?.outerHTML).toBe('<div><br></div>');
      const once = box.innerHTML;
      expect(applyGmailDraft(doc, text)).toBe(true);
      expect(box.innerHTML).toBe(once);
    }
  });

  it('writes nothing when no compose box is open', () => {
    const doc = loadFixture('silent-after-three');
    const before = doc.body.innerHTML;
    expect(applyGmailDraft(doc, 'Hi')).toBe(false);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('watchDraft', () => {
  it('reports the draft on each change, synchronously, and only changes', () => {
    const doc = load('reply-box');
    const box = findGmailCompose(doc) as HTMLElement;
    const reports: ({ text: string } | null)[] = [];
    const stop = watchDraft(doc, (d) => reports.push(d));
    // A box is open: its (empty) draft is reported on start.
    expect(reports).toEqual([{ text: '' }]);

    type(box, 'H');
    input(doc, box);
    expect(reports).toEqual([{ text: '' }, { text: 'H' }]);
    type(box, 'Hi');
    input(doc, box.firstElementChild as Element);
    expect(reports[reports.length - 1]).toEqual({ text: 'Hi' });

    // Nothing changed: no report.
    const n = reports.length;
    input(doc, box, 'keyup');
    input(doc, box);
    input(doc, box, 'focusin');
    expect(reports).toHaveLength(n);

    // The box is gone (sent or discarded): the next event elsewhere reports null.
    box.closest('.M9')?.remove();
    input(doc, doc.body, 'focusin');
    expect(reports[reports.length - 1]).toBeNull();

    stop();
    input(doc, doc.body, 'focusin');
    expect(reports[reports.length - 1]).toBeNull();
    expect(reports).toHaveLength(n + 1);
  });

  it('follows focus from one box to another', () => {
    const doc = load('reply-box');
    const other = load('compose-new').querySelector('div.dw');
    if (other) doc.body.appendChild(doc.importNode(other, true));
    const reply = doc.getElementById(':qz') as HTMLElement;
    const dialog = doc.getElementById(':pe') as HTMLElement;
    type(reply, 'reply text');
    type(dialog, 'new message');
    const reports: ({ text: string } | null)[] = [];
    const stop = watchDraft(doc, (d) => reports.push(d));
    expect(reports).toEqual([{ text: 'new message' }]);
    input(doc, reply, 'focusin');
    expect(reports[reports.length - 1]).toEqual({ text: 'reply text' });
    input(doc, dialog.firstElementChild as Element, 'keyup');
    expect(reports[reports.length - 1]).toEqual({ text: 'new message' });
    stop();
  });

  it('says nothing on a page without a compose box until one opens', () => {
    const doc = loadFixture('inbox');
    const reports: ({ text: string } | null)[] = [];
    const stop = watchDraft(doc, (d) => reports.push(d));
    input(doc, doc.body, 'keyup');
    expect(reports).toEqual([]);
    const dialog = load('compose-new').querySelector('div.dw');
    if (dialog) doc.body.appendChild(doc.importNode(dialog, true));
    const box = findGmailCompose(doc) as HTMLElement;
    type(box, 'Hello');
    input(doc, box, 'focusin');
    expect(reports).toEqual([{ text: 'Hello' }]);
    stop();
  });
});

describe('random damage (property)', () => {
  const ATTRS = [
    'class',
    'contenteditable',
    'role',
    'g_editable',
    'aria-label',
    'data-smartmail',
    'style',
  ];
  const WORDS = new Set(['', '--', 'Alex', 'Seller', 'Crickets', 'Demo']);
  const damage = fc.record({
    name: fc.constantFrom<ComposeFixture | 'silent-after-three'>(
      'reply-box',
      'compose-new',
      'silent-after-three',
    ),
    removals: fc.array(fc.nat(), { maxLength: 8 }),
    strips: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ATTRS)), { maxLength: 8 }),
  });

  it('never throws; finds the compose body or nothing, and reads it as empty', () => {
    fc.assert(
      fc.property(damage, ({ name, removals, strips }) => {
        const doc = parseHTML(name === 'silent-after-three' ? fixtureHtml(name) : html(name))
          .document as unknown as Document;
        for (const n of removals) {
          const els = Array.from(doc.querySelectorAll('body *'));
          if (els.length) els[n % els.length]?.remove();
        }
        for (const [n, attr] of strips) {
          const els = Array.from(doc.querySelectorAll(`body [${attr}]`));
          if (els.length) els[n % els.length]?.removeAttribute(attr);
        }
        const draft = readGmailDraft(doc);
        if (name === 'silent-after-three') expect(draft).toBeNull();
        if (draft === null) return;
        expect([':qz', ':pe']).toContain(draft.box.id);
        // Only a signature that lost every mark can pass for typed text; nothing else can.
        for (const w of draft.text.split(/\s+/)) expect(WORDS).toContain(w);
        if (draft.box.querySelector('.gmail_signature, [data-smartmail="gmail_signature"]'))
          expect(draft.text).toBe('');
        expect(applyGmailDraft(doc, 'Hi Dana')).toBe(true);
        expect(readGmailDraft(doc)?.text).toBe('Hi Dana');
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
