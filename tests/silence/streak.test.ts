import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysSince, silenceOf, type StreakMessage } from '@/lib/silence/streak';

const DAY = 86_400_000;
const t0 = new Date(2026, 9, 1, 9, 0).getTime();
const at = (d: number): number => t0 + d * DAY;
let n = 0;
const out = (d: number): StreakMessage => ({
  id: `m${n++}`,
  direction: 'out',
  at: at(d),
  kind: 'reply',
});
const inn = (
  d: number,
  kind: StreakMessage['kind'] = 'reply',
  extra: Partial<StreakMessage> = {},
): StreakMessage => ({ id: `m${n++}`, direction: 'in', at: at(d), kind, ...extra });

describe('silenceOf', () => {
  it.each([
    {
      name: 'I wrote last: three follow-ups after their reply',
      msgs: [out(0), inn(1), out(2), out(5), out(12)],
      want: { streak: 3, lastInboundAt: at(1), lastOutboundAt: at(12), silentSince: at(1) },
    },
    {
      name: 'they wrote last',
      msgs: [out(0), out(3), inn(4)],
      want: { streak: 0, lastInboundAt: at(4), lastOutboundAt: at(3), silentSince: at(4) },
    },
    {
      name: 'they never replied: silent since my first message',
      msgs: [out(2), out(6)],
      want: { streak: 2, lastInboundAt: null, lastOutboundAt: at(6), silentSince: at(2) },
    },
    {
      name: 'an auto-reply does not end the streak',
      msgs: [out(0), inn(0.1, 'auto'), out(4)],
      want: { streak: 2, lastInboundAt: null, lastOutboundAt: at(4), silentSince: at(0) },
    },
    {
      name: 'nothing at all',
      msgs: [],
      want: { streak: 0, lastInboundAt: null, lastOutboundAt: null, silentSince: null },
    },
  ])('$name', ({ msgs, want }) => {
    expect(silenceOf(msgs)).toMatchObject(want);
  });

  it('gives the same answer for messages arriving out of order', () => {
    const msgs = [out(0), inn(1), out(2), out(5), inn(6, 'auto'), out(12)];
    const reversed = [...msgs].reverse();
    const shuffled = [msgs[3]!, msgs[0]!, msgs[5]!, msgs[1]!, msgs[4]!, msgs[2]!];
    expect(silenceOf(reversed)).toEqual(silenceOf(msgs));
    expect(silenceOf(shuffled)).toEqual(silenceOf(msgs));
    expect(silenceOf(msgs).streak).toBe(3);
  });

  it('marks an opt-out as the latest real reply, and a later real reply lifts it', () => {
    expect(silenceOf([out(0), inn(1, 'opt-out')]).optedOut).toBe(true);
    expect(silenceOf([out(0), inn(1, 'opt-out'), out(2), inn(3)]).optedOut).toBe(false);
    // An opt-out is a reply: it ends the streak.
    expect(silenceOf([out(0), out(1), inn(2, 'opt-out')]).streak).toBe(0);
  });

  it('carries the away-until date of an auto-reply after their last reply', () => {
    const away = at(20);
    const s = silenceOf([out(0), inn(0.2, 'auto', { awayUntil: away }), out(3)]);
    expect(s.awayUntil).toBe(away);
    // An auto-reply before their last real reply is old news.
    expect(silenceOf([out(0), inn(0.2, 'auto', { awayUntil: away }), inn(1)]).awayUntil).toBeNull();
  });

  it('takes the later date of a not-now reply', () => {
    const later = at(60);
    expect(silenceOf([out(0), inn(1, 'not-now', { laterAt: later })]).laterAt).toBe(later);
    expect(
      silenceOf([out(0), inn(1, 'not-now', { laterAt: later }), out(2), inn(3)]).laterAt,
    ).toBeNull();
  });

  it('is order-independent for any history (property)', () => {
    const msg = fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      direction: fc.constantFrom('in' as const, 'out' as const),
      at: fc.integer({ min: t0, max: t0 + 90 * DAY }),
      kind: fc.constantFrom(
        'reply' as const,
        'auto' as const,
        'opt-out' as const,
        'not-now' as const,
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(msg, { selector: (m) => m.id, maxLength: 30 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (msgs, rand) => {
          const base = silenceOf(msgs);
          const keys = new Map(msgs.map((m) => [m.id, rand.next().value]));
          const shuffled = [...msgs].sort((a, b) => keys.get(a.id)! - keys.get(b.id)!);
          expect(silenceOf(shuffled)).toEqual(base);
          const outs = msgs.filter((m) => m.direction === 'out').length;
          expect(base.streak).toBeGreaterThanOrEqual(0);
          expect(base.streak).toBeLessThanOrEqual(outs);
        },
      ),
    );
  });
});

describe('daysSince', () => {
  it('counts whole days and never goes negative', () => {
    expect(daysSince(null, at(3))).toBeNull();
    expect(daysSince(at(0), at(3))).toBe(3);
    expect(daysSince(at(0), at(3) - 1)).toBe(2);
    expect(daysSince(at(5), at(3))).toBe(0);
  });
});
