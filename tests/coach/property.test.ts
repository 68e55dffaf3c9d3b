import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, check, rewrite } from '../../lib/coach';

/**
 * Any Unicode string: fast-check 4 dropped fullUnicodeString(); the same is
 * fc.string({ unit: 'binary' }) (every code point, astral ones included).
 */
const fullUnicodeString = (): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength: 400 });

/** Sales-like text: pushy and polite fragments mixed with names, numbers, dates and links. */
const NAMES = [
  'Maria',
  'Acme',
  'Dana Lee',
  'Berlin',
  'Northwind',
  'Kenji',
  'Q3',
  'Friday',
  'March',
];
const fragment = fc.oneof(
  fc.constantFrom(
    'Just checking in.',
    'Bumping this to the top of your inbox!!',
    "Our offer expires on Friday, so sign by then or we'll release your spot.",
    'Only 2 spots left.',
    'I need you to reply ASAP.',
    "I've booked us a call.",
    'My CEO asked me to follow up.',
    'I saw you opened my email.',
    'We are the #1 award-winning platform.',
    'I wanted to reach out and introduce myself.',
    "Here's the guide you asked for.",
    'Would it help?',
    "If the timing isn't right, just tell me.",
    'Thoughts?',
    'YOU MUST ACT NOW',
    'Take it or leave it.',
    "If I don't hear back, I'll send the contract.",
  ),
  fc.constantFrom(...NAMES).map((n) => `${n} asked about it.`),
  fc.integer({ min: 0, max: 99999 }).map((n) => `It cut costs by ${n}%.`),
  fc.webUrl().map((u) => `See ${u} for details.`),
  fc.constantFrom(...NAMES).map((n) => `Only ${n} can decide by Friday or else.`),
);
const draft = fc
  .tuple(
    fc.constantFrom('', 'Hi Maria,\n\n', 'Hey Kenji, ', 'Dear Dana,\n'),
    fc.array(fragment, { minLength: 1, maxLength: 8 }),
    fc.constantFrom(' ', '\n', '\n\n'),
    fc.constantFrom(
      '',
      '\n\nBest,\nTom',
      '\n-- \nTom Smith\nAcme',
      '\n\nOn Mon, Jan 6, 2025 Bob wrote:\n> ASAP!!',
    ),
  )
  .map(([greeting, parts, sep, tail]) => greeting + parts.join(sep) + tail);

const anyText = fc.oneof(fullUnicodeString(), fc.string({ unit: 'grapheme' }), fc.string(), draft);

/** What a rewrite must keep: links, digit runs, and the capitalised names we put in. */
function keepers(text: string): string[] {
  const links = text.match(/\bhttps?:\/\/[^\s<>"'()]+/g) ?? [];
  const numbers = text.match(/\d+/g) ?? [];
  const names = NAMES.flatMap((n) => n.split(' ')).filter((n) =>
    new RegExp(`\\b${n}\\b`).test(text),
  );
  return [...links, ...numbers, ...names];
}

describe('coach properties', () => {
  it('check never throws and keeps every range inside the text', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom('email' as const, 'linkedin' as const),
        (text, channel) => {
          const r = check(text, { channel });
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          for (const f of r.findings) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.start).toBeLessThanOrEqual(f.end);
            expect(f.end).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rewrite never throws, lists consistent changes and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = rewrite(text);
        for (const c of once.changes) {
          expect(c.start).toBeLessThanOrEqual(c.end);
          expect(text.slice(c.start, c.end)).toBe(c.before);
        }
        expect(applyChanges(text, once.changes)).toBe(once.text);
        expect(rewrite(once.text).text).toBe(once.text);
        // optional removals: consistent with the text, clear of the changes
        for (const o of once.optional) {
          expect(text.slice(o.start, o.end)).toBe(o.before);
          for (const c of once.changes) expect(c.end <= o.start || c.start >= o.end).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rewrite keeps links, numbers and capitalised names', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const out = rewrite(text).text;
        for (const k of keepers(text)) expect(out).toContain(k);
      }),
      { numRuns: 300 },
    );
  });

  it('rewrite keeps links and numbers in any text', () => {
    fc.assert(
      fc.property(fc.tuple(fullUnicodeString(), fc.webUrl(), fc.nat()), ([noise, url, n]) => {
        const text = `${noise} ${url} ${n} ASAP!!`;
        const out = rewrite(text).text;
        expect(out).toContain(url);
        expect(out).toContain(String(n));
      }),
      { numRuns: 200 },
    );
  });
});
