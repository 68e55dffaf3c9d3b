import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyInbound, type InboundClassification } from '@/lib/silence/classify';
import { startOfLocalDay } from '@/lib/silence/return-date';

/** Friday 20 February 2026, 10:00 local time. */
const AT = new Date(2026, 1, 20, 10, 0).getTime();
const day = (y: number, m: number, d: number): number => new Date(y, m - 1, d).getTime();

describe('classifyInbound', () => {
  it.each<[string, string | undefined, InboundClassification]>([
    ["Sounds great, let's talk Tuesday.", undefined, { kind: 'reply' }],
    ["Hope you had a good vacation — yes, let's talk Tuesday", undefined, { kind: 'reply' }],
    [
      "I'm not interested in the enterprise tier, but the starter plan looks good.",
      undefined,
      { kind: 'reply' },
    ],
    ['', undefined, { kind: 'reply' }],
    ['   \n ', 'Re: proposal', { kind: 'reply' }],
    // Auto-replies, with and without a return date
    [
      'I am out of the office until Tuesday 3 March with limited access to email.',
      undefined,
      { kind: 'auto', awayUntil: day(2026, 3, 3) },
    ],
    ['I am out of the office.', undefined, { kind: 'auto' }],
    ['John is no longer with the company.', undefined, { kind: 'auto' }],
    [
      'Ich bin bis zum 3. März nicht im Büro.',
      undefined,
      { kind: 'auto', awayUntil: day(2026, 3, 3) },
    ],
    [
      "Je suis absente jusqu'au 5 janvier.",
      undefined,
      { kind: 'auto', awayUntil: day(2027, 1, 5) },
    ],
    [
      'Estoy fuera de la oficina hasta el 5 de enero.',
      undefined,
      { kind: 'auto', awayUntil: day(2027, 1, 5) },
    ],
    ['', 'Automatic reply: Proposal', { kind: 'auto' }],
    ['', 'Out of office until 3 March', { kind: 'auto', awayUntil: day(2026, 3, 3) }],
    // Auto-reply wins over opt-out wording
    [
      'This mailbox is not monitored. Please do not contact me at this address; write to sales@acme.com.',
      undefined,
      { kind: 'auto' },
    ],
    [
      'Automatic reply: I am on leave until 7 December 2026. Not interested in newsletters, unsubscribe here.',
      undefined,
      { kind: 'auto', awayUntil: day(2026, 12, 7) },
    ],
    // Opt-outs
    ['Not interested.', undefined, { kind: 'opt-out' }],
    ['Please remove me from your list.', undefined, { kind: 'opt-out' }],
    ['We went with another vendor.', undefined, { kind: 'opt-out' }],
    ['No thanks.', 'Re: proposal', { kind: 'opt-out' }],
    // Not now, with its date
    ['Please reach out next quarter.', undefined, { kind: 'not-now', laterAt: day(2026, 4, 1) }],
    ['Ping me in a few weeks.', undefined, { kind: 'not-now', laterAt: day(2026, 3, 13) }],
    ['Not right now.', undefined, { kind: 'not-now', laterAt: day(2026, 3, 22) }],
    ["I'm busy until March.", undefined, { kind: 'not-now', laterAt: day(2026, 3, 1) }],
  ])('%j (subject %j)', (text, subject, want) => {
    expect(classifyInbound(text, AT, subject)).toEqual(want);
  });

  it('never throws, and its dates are local midnights on or after the message day', () => {
    const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const fragments = fc.constantFrom(
      'I am out of the office ',
      'until 3 March',
      'not interested',
      'reach out next quarter',
      'no thanks',
      "let's talk",
      '\n> ',
      'Automatic reply:',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: anyChar, maxLength: 120 }),
          fc.array(fragments, { maxLength: 10 }).map((a) => a.join('')),
        ),
        fc.option(fc.string({ unit: 'binary', maxLength: 30 }), { nil: undefined }),
        fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }),
        (text, subject, at) => {
          const c = classifyInbound(text, at, subject);
          expect(['reply', 'auto', 'opt-out', 'not-now']).toContain(c.kind);
          for (const t of [c.awayUntil, c.laterAt]) {
            if (t === undefined) continue;
            expect(t).toBeGreaterThanOrEqual(startOfLocalDay(at));
            expect(startOfLocalDay(t)).toBe(t);
          }
          if (c.awayUntil !== undefined) expect(c.kind).toBe('auto');
          if (c.laterAt !== undefined) expect(c.kind).toBe('not-now');
          if (c.kind === 'not-now') expect(c.laterAt).toBeDefined();
        },
      ),
      { numRuns: 400 },
    );
  });
});
