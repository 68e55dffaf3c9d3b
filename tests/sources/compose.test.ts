/**
 * The channel-generic compose box reader and writer (lib/sources/compose.ts) in linkedom. linkedom
 * has no execCommand, so writing goes through the DOM fallback here; the editor path runs in
 * real Chromium in tests/e2e/compose-smoke.test.ts.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { applyDraft, normalizeDraft, readDraft } from '../../lib/sources/compose';

const EXCLUDE = ['.sig', '.quote', 'blockquote'];
const OPTS = { exclude: EXCLUDE, signature: ['.sig'] };

function boxOf(inner: string): { doc: Document; box: HTMLElement } {
  const { document } = parseHTML(
    `<!DOCTYPE html><html><body><div id="box" contenteditable="true">${inner}</div></body></html>`,
  );
  const doc = document as unknown as Document;
  return { doc, box: doc.getElementById('box') as HTMLElement };
}

const read = (inner: string, opts: Parameters<typeof readDraft>[1] = OPTS): string =>
  readDraft(boxOf(inner).box, opts).text;

const apply = (box: HTMLElement, doc: Document, text: string, opts = OPTS): boolean =>
  applyDraft(box, text, { ...opts, doc });

describe('readDraft: text as it renders', () => {
  const cases: [string, string, string][] = [
    [
      'one div per line, an empty line as <div><br></div>',
      '<div>a</div><div><br></div><div>b</div>',
      'a\n\nb',
    ],
    ['<br> line breaks', 'a<br>b', 'a\nb'],
    ['two <br> make a blank line', 'a<br><br>b', 'a\n\nb'],
    ['a <br> at the end of a block is no extra line', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['text before a block', 'a<div>b</div>c', 'a\nb\nc'],
    ['nested blocks', '<div><div>a</div><div><div>b</div></div></div>', 'a\nb'],
    [
      'inline markup',
      '<div>Hi <b>Dana</b>, <a href="#">see</a> <i>this</i>.</div>',
      'Hi Dana, see this.',
    ],
    ['source white space collapses', '\n  <div>  a \n b </div>\n  <div>c</div>\n', 'a b\nc'],
    [
      'no-break spaces are kept as spaces',
      '<div>Two&nbsp; spaces&nbsp;</div><div>&nbsp;x</div>',
      'Two  spaces \n x',
    ],
    ['<p> per line (LinkedIn)', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    [
      'three blank lines',
      '<div>a</div><div><br></div><div><br></div><div><br></div><div>b</div>',
      'a\n\n\n\nb',
    ],
    [
      'blank lines at either end are dropped',
      '<div><br></div><div><br></div><div>a</div><div><br></div>',
      'a',
    ],
    ['zero-width characters are dropped', '<div>a\u200b\ufeffb</div>', 'ab'],
    [
      'unseen elements are skipped',
      '<div>a<script>x()</script><style>p{}</style><span hidden>h</span><span style="display: none">n</span><span aria-hidden="true">r</span>b</div>',
      'ab',
    ],
    ['an empty box', '', ''],
    ['a box of white space', ' \n <div> </div> ', ''],
  ];
  for (const [name, html, text] of cases) {
    it(name, () => expect(read(html)).toBe(text));
  }
});

describe('readDraft: signature and quoted history', () => {
  it('reads only what comes before the first excluded block', () => {
    const { box } = boxOf(
      '<div>Hi</div><div><br></div><div class="sig">-- <br>Alex Seller<br>Crickets Demo</div><div>typed below</div><div class="quote">On Monday Dana wrote:<blockquote>old</blockquote></div>',
    );
    expect(readDraft(box, OPTS)).toEqual({
      text: 'Hi',
      signature: 'Alex Seller\nCrickets Demo',
      quoted: true,
    });
  });

  it('finds the boundary inside a wrapper', () => {
    const html =
      '<div dir="ltr"><div>Hi</div><div><br></div><span class="sig">-- </span><br><div class="sig">Alex</div></div>';
    expect(readDraft(boxOf(html).box, OPTS)).toEqual({
      text: 'Hi',
      signature: 'Alex',
      quoted: false,
    });
  });

  it('does not take a signature inside quoted history for mine', () => {
    const html = '<div>Hi</div><div class="quote">Dana wrote:<div class="sig">Dana W.</div></div>';
    expect(readDraft(boxOf(html).box, OPTS)).toEqual({ text: 'Hi', signature: '', quoted: true });
  });

  it('by default takes blocks named "signature" for the signature', () => {
    const html =
      '<div>Hi</div><div class="gmail_signature">-- <br>Alex</div><blockquote>x</blockquote>';
    expect(readDraft(boxOf(html).box, { exclude: ['.gmail_signature', 'blockquote'] })).toEqual({
      text: 'Hi',
      signature: 'Alex',
      quoted: true,
    });
  });

  it('treats a hidden element around an excluded block as the boundary', () => {
    expect(
      read('<div>a</div><div hidden><div>b</div><blockquote>q</blockquote></div><div>c</div>'),
    ).toBe('a');
  });

  it('ignores selectors that do not parse, and a missing box', () => {
    expect(read('<div>a</div><div class="sig">s</div>', { exclude: ['[[', '.sig', ''] })).toBe('a');
    expect(read('<div>a</div>', { exclude: ['[['] })).toBe('a');
    expect(readDraft(null, OPTS)).toEqual({ text: '', signature: '', quoted: false });
    expect(readDraft(undefined, OPTS).text).toBe('');
  });
});

describe('normalizeDraft', () => {
  it('is what reading gives back after writing', () => {
    expect(normalizeDraft('\r\n\na\r\nb\u200b\tc\u00a0\n\n \n')).toBe('a\nb c ');
    expect(normalizeDraft('a\n\n\nb')).toBe('a\n\n\nb');
    expect(normalizeDraft('  ')).toBe('');
  });
});

describe('applyDraft without execCommand (DOM fallback)', () => {
  const REPLY =
    '<div><br></div><div><br></div><div class="sig">-- <br>Alex Seller<br>Crickets Demo</div><div class="quote">On Monday Dana wrote:<blockquote>Could you send a proposal?</blockquote></div>';

  it('replaces the typed part, keeps the gap, the signature and the quote (same nodes)', () => {
    const { doc, box } = boxOf(REPLY);
    const sig = box.querySelector('.sig');
    const quote = box.querySelector('.quote');
    const events: { target: EventTarget | null; inputType: unknown; bubbles: boolean }[] = [];
    doc.addEventListener('input', (e) =>
      events.push({ target: e.target, inputType: (e as InputEvent).inputType, bubbles: e.bubbles }),
    );

    expect(apply(box, doc, 'Hi Dana,\n\nHere is the summary.\n\n\nAlex')).toBe(true);
    expect(readDraft(box, OPTS)).toEqual({
      text: 'Hi Dana,\n\nHere is the summary.\n\n\nAlex',
      signature: 'Alex Seller\nCrickets Demo',
      quoted: true,
    });
    expect(box.querySelector('.sig')).toBe(sig);
    expect(box.querySelector('.quote')).toBe(quote);
    expect(sig?.textContent).toBe('-- Alex SellerCrickets Demo');
    expect(quote?.textContent).toBe('On Monday Dana wrote:Could you send a proposal?');
    // One <div> per line, then the blank line that was above the signature.
    expect(Array.from(box.children).map((el) => el.outerHTML)).toEqual([
      '<div>Hi Dana,</div>',
      '<div><br></div>',
      '<div>Here is the summary.</div>',
      '<div><br></div>',
      '<div><br></div>',
      '<div>Alex</div>',
      '<div><br></div>',
      sig?.outerHTML,
      quote?.outerHTML,
    ]);
    expect(events).toEqual([{ target: box, inputType: 'insertText', bubbles: true }]);
  });

  it('is stable: applying the same text twice changes nothing more', () => {
    const { doc, box } = boxOf(REPLY);
    apply(box, doc, 'Hi Dana,\n\nA note.');
    const once = box.outerHTML;
    expect(apply(box, doc, 'Hi Dana,\n\nA note.')).toBe(true);
    expect(box.outerHTML).toBe(once);
  });

  it('replaces what was typed before, wherever the signature is nested', () => {
    const { doc, box } = boxOf(
      '<div dir="ltr"><div>Just checking in.</div><div>Any news?</div><div><br></div><span class="sig">-- </span><br><div class="sig">Alex</div></div>',
    );
    const prefix = box.querySelector('span.sig');
    expect(apply(box, doc, 'A useful note.')).toBe(true);
    expect(readDraft(box, OPTS)).toEqual({
      text: 'A useful note.',
      signature: 'Alex',
      quoted: false,
    });
    expect(box.querySelector('span.sig')).toBe(prefix);
    expect(box.innerHTML).toBe(
      '<div dir="ltr"><div>A useful note.</div><div><br></div><span class="sig">-- </span><br><div class="sig">Alex</div></div>',
    );
  });

  it('keeps spaces that would collapse, as no-break spaces', () => {
    const { doc, box } = boxOf('<div><br></div>');
    expect(apply(box, doc, ' two  spaces\tand a tab ')).toBe(true);
    expect(readDraft(box, OPTS).text).toBe(' two  spaces and a tab ');
    expect(box.textContent).toBe('\u00a0two \u00a0spaces and a tab\u00a0');
  });

  it('writes into an empty box, a box without excluded blocks, and clears', () => {
    const empty = boxOf('');
    expect(apply(empty.box, empty.doc, 'a\r\nb')).toBe(true);
    expect(empty.box.innerHTML).toBe('<div>a</div><div>b</div>');

    const plain = boxOf('old<br>text<div><br></div>');
    expect(apply(plain.box, plain.doc, 'new')).toBe(true);
    expect(plain.box.innerHTML).toBe('<div>new</div>');

    const reply = boxOf(REPLY);
    expect(apply(reply.box, reply.doc, 'x')).toBe(true);
    expect(apply(reply.box, reply.doc, '')).toBe(true);
    expect(readDraft(reply.box, OPTS).text).toBe('');
    expect(reply.box.innerHTML.startsWith('<div><br></div><div><br></div><div class="sig">')).toBe(
      true,
    );
  });

  it('writes into a box that starts with its signature', () => {
    const { doc, box } = boxOf('<div class="sig">Alex</div>');
    expect(apply(box, doc, 'Hi')).toBe(true);
    expect(box.innerHTML).toBe('<div>Hi</div><div class="sig">Alex</div>');
  });

  it('writes <p> lines where the box uses <p> (LinkedIn)', () => {
    const { doc, box } = boxOf('<p>Hello</p><p><br></p>');
    expect(apply(box, doc, 'a\n\nb', { exclude: [], signature: [] })).toBe(true);
    expect(box.innerHTML).toBe('<p>a</p><p><br></p><p>b</p>');
  });

  it('falls back when execCommand refuses, or runs without changing anything', () => {
    for (const exec of [() => false, () => true]) {
      const { doc, box } = boxOf(REPLY);
      const range = {
        setStart: vi.fn(),
        setEnd: vi.fn(),
        setStartBefore: vi.fn(),
        setEndAfter: vi.fn(),
        collapse: vi.fn(),
        selectNodeContents: vi.fn(),
        collapsed: false,
      };
      Object.assign(doc, {
        execCommand: vi.fn(exec),
        getSelection: () => ({ removeAllRanges: vi.fn(), addRange: vi.fn() }),
        createRange: () => range,
      });
      expect(apply(box, doc, 'Hi Dana')).toBe(true);
      expect(doc.execCommand).toHaveBeenCalled();
      expect(readDraft(box, OPTS).text).toBe('Hi Dana');
    }
  });

  it('never writes markup: text that looks like HTML stays text', () => {
    const { doc, box } = boxOf('<div><br></div>');
    expect(apply(box, doc, '<img src=x onerror="alert(1)"> & <b>bold</b>')).toBe(true);
    expect(box.querySelector('img, b')).toBeNull();
    expect(readDraft(box, OPTS).text).toBe('<img src=x onerror="alert(1)"> & <b>bold</b>');
  });

  it('returns false for a missing box', () => {
    const { doc } = boxOf('');
    expect(applyDraft(null as unknown as HTMLElement, 'x', { ...OPTS, doc })).toBe(false);
  });
});

describe('property: damaged compose markup', () => {
  const TAGS = [
    'div',
    'p',
    'span',
    'b',
    'br',
    'blockquote',
    'img',
    'script',
    'ul',
    'li',
    'table',
    'td',
  ];
  const CLASSES = ['', 'sig', 'quote', 'x', 'gmail_signature'];
  const word = fc.constantFrom(
    'Hi',
    'Dana',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    '\u200b',
    'a&b',
    '<x>',
    '--',
    'ok.',
  );

  /** A random tree, with a sentinel word inside every excluded block. */
  type Tree = { tag: string; cls: string; hidden: boolean; kids: (Tree | string)[] };
  const { tree } = fc.letrec<{ tree: Tree }>((t) => ({
    tree: fc.record({
      tag: fc.constantFrom(...TAGS),
      cls: fc.constantFrom(...CLASSES),
      hidden: fc.boolean(),
      kids: fc.array(fc.oneof({ depthSize: 'small' }, word, t('tree')), { maxLength: 5 }),
    }),
  }));

  function build(doc: Document, parent: Node, node: Tree | string): void {
    if (typeof node === 'string') {
      parent.appendChild(doc.createTextNode(node));
      return;
    }
    const el = doc.createElement(node.tag);
    if (node.cls) el.setAttribute('class', node.cls);
    if (node.hidden) el.setAttribute('hidden', '');
    parent.appendChild(el);
    if (node.tag === 'br' || node.tag === 'img') return;
    if (node.cls === 'sig' || node.cls === 'quote' || node.tag === 'blockquote')
      el.appendChild(doc.createTextNode('SENTINEL'));
    for (const kid of node.kids) build(doc, el, kid);
  }

  const lines = fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }).map((l) => l.join('\n'));

  it('reading never throws, never returns excluded text, and has no blank ends', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), (trees) => {
        const { doc, box } = boxOf('');
        for (const t of trees) build(doc, box, t);
        const draft = readDraft(box, OPTS);
        expect(typeof draft.text).toBe('string');
        expect(draft.text).not.toContain('SENTINEL');
        expect(draft.text).toBe(normalizeDraft(draft.text));
        expect(draft.text).not.toMatch(/[\u200b\u00a0]/);
      }),
      { numRuns: 300 },
    );
  });

  it('writing any text reads back as that text and keeps every excluded block', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), lines, (trees, text) => {
        const { doc, box } = boxOf('');
        for (const t of trees) build(doc, box, t);
        const kept = Array.from(box.querySelectorAll(EXCLUDE.join(', ')));
        const keptText = kept.map((el) => el.textContent);
        const ok = apply(box, doc, text);
        expect(ok).toBe(true);
        expect(readDraft(box, OPTS).text).toBe(normalizeDraft(text));
        kept.forEach((el, i) => {
          expect(box.contains(el)).toBe(true);
          expect(el.textContent).toBe(keptText[i]);
        });
      }),
      { numRuns: 300 },
    );
  });
});
