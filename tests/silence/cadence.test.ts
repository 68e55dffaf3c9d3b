import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  computeDue,
  DEFAULT_CADENCE,
  effectiveCadence,
  isTooSoon,
  type CadenceSettings,
  type CadenceState,
  type DueInfo,
} from '@/lib/silence/cadence';

const at = (y: number, m: number, d: number, h = 0, min = 0): number =>
  new Date(y, m - 1, d, h, min).getTime();
/** Monday 2 March 2026, 09:00. */
const SENT = at(2026, 3, 2, 9);

const state = (over: Partial<CadenceState> = {}): CadenceState => ({
  streak: 1,
  lastOutboundAt: SENT,
  lastInboundAt: null,
  awayUntil: null,
  laterAt: null,
  status: 'active',
  snoozedUntil: null,
  ...over,
});

describe('DEFAULT_CADENCE', () => {
  it('is 3, 7, 14, 30 days, a 90-day rest, weekends counted', () => {
    expect(DEFAULT_CADENCE).toEqual({
      gapsDays: [3, 7, 14, 30],
      restDays: 90,
      countWeekends: true,
    });
  });
});

describe('computeDue', () => {
  it.each<[string, Partial<CadenceState>, number, DueInfo]>([
    [
      'streak 1: 3 days, not yet',
      {},
      at(2026, 3, 4),
      { dueAt: at(2026, 3, 5, 9), phase: 'waiting', step: 1 },
    ],
    [
      'streak 1: due at the hour',
      {},
      at(2026, 3, 5, 9),
      { dueAt: at(2026, 3, 5, 9), phase: 'due', step: 1 },
    ],
    [
      'streak 2: 7 days',
      { streak: 2 },
      at(2026, 3, 4),
      { dueAt: at(2026, 3, 9, 9), phase: 'waiting', step: 2 },
    ],
    [
      'streak 3: 14 days',
      { streak: 3 },
      at(2026, 3, 20),
      { dueAt: at(2026, 3, 16, 9), phase: 'due', step: 3 },
    ],
    [
      'streak 4: 30 days',
      { streak: 4 },
      at(2026, 3, 20),
      { dueAt: at(2026, 4, 1, 9), phase: 'waiting', step: 4 },
    ],
    [
      'streak 5: rests 90 days',
      { streak: 5 },
      at(2026, 4, 20),
      { dueAt: at(2026, 5, 31, 9), phase: 'resting', step: 5 },
    ],
    [
      'streak 9: still one rest step',
      { streak: 9 },
      at(2026, 6, 1),
      { dueAt: at(2026, 5, 31, 9), phase: 'due', step: 5 },
    ],
    // Away: never before the day after the return date
    [
      'away until 10 March',
      { awayUntil: at(2026, 3, 10) },
      at(2026, 3, 6),
      { dueAt: at(2026, 3, 11), phase: 'away', step: 1 },
    ],
    [
      'away until 10 March, on that day',
      { awayUntil: at(2026, 3, 10) },
      at(2026, 3, 10, 18),
      { dueAt: at(2026, 3, 11), phase: 'away', step: 1 },
    ],
    [
      'away until 10 March, the day after',
      { awayUntil: at(2026, 3, 10) },
      at(2026, 3, 11),
      { dueAt: at(2026, 3, 11), phase: 'due', step: 1 },
    ],
    [
      'back before the gap ends: the gap wins',
      { awayUntil: at(2026, 3, 2) },
      at(2026, 3, 4),
      { dueAt: at(2026, 3, 5, 9), phase: 'waiting', step: 1 },
    ],
    // Not now
    [
      'not now until 1 April',
      { laterAt: at(2026, 4, 1) },
      at(2026, 3, 10),
      { dueAt: at(2026, 4, 1), phase: 'not-now', step: 1 },
    ],
    [
      'their "not now" was their last word',
      { streak: 0, lastOutboundAt: at(2026, 2, 20), lastInboundAt: SENT, laterAt: at(2026, 4, 1) },
      at(2026, 3, 10),
      { dueAt: at(2026, 4, 1), phase: 'not-now', step: 0 },
    ],
    [
      '"not now" date reached',
      { streak: 0, lastInboundAt: SENT, laterAt: at(2026, 4, 1) },
      at(2026, 4, 1),
      { dueAt: at(2026, 4, 1), phase: 'due', step: 0 },
    ],
    // Snooze
    [
      'snoozed',
      { snoozedUntil: at(2026, 3, 20, 8) },
      at(2026, 3, 10),
      { dueAt: at(2026, 3, 20, 8), phase: 'waiting', step: 1 },
    ],
    [
      'snoozed while resting',
      { streak: 5, snoozedUntil: at(2026, 12, 1) },
      at(2026, 7, 1),
      { dueAt: at(2026, 12, 1), phase: 'resting', step: 5 },
    ],
    // No follow-up
    [
      'opted out',
      { status: 'opted-out' },
      at(2026, 4, 1),
      { dueAt: null, phase: 'opted-out', step: 1 },
    ],
    ['paused', { status: 'paused' }, at(2026, 4, 1), { dueAt: null, phase: 'paused', step: 1 }],
    ['won', { status: 'won' }, at(2026, 4, 1), { dueAt: null, phase: 'done', step: 1 }],
    [
      'lost',
      { status: 'lost', streak: 6 },
      at(2026, 4, 1),
      { dueAt: null, phase: 'done', step: 5 },
    ],
    [
      'they replied last',
      { streak: 0, lastInboundAt: at(2026, 3, 3) },
      at(2026, 3, 4),
      { dueAt: null, phase: 'replied', step: 0 },
    ],
    [
      'they replied last, even when away',
      { streak: 0, lastInboundAt: at(2026, 3, 3), awayUntil: at(2026, 3, 20) },
      at(2026, 3, 4),
      { dueAt: null, phase: 'replied', step: 0 },
    ],
    [
      'no messages at all',
      { streak: 0, lastOutboundAt: null },
      at(2026, 3, 4),
      { dueAt: null, phase: 'waiting', step: 0 },
    ],
    [
      'a streak without a date',
      { lastOutboundAt: null },
      at(2026, 3, 4),
      { dueAt: null, phase: 'waiting', step: 1 },
    ],
  ])('%s', (_name, over, now, want) => {
    expect(computeDue(state(over), DEFAULT_CADENCE, now)).toEqual(want);
  });

  it('counts only weekdays when countWeekends is false', () => {
    const weekdays: CadenceSettings = { ...DEFAULT_CADENCE, countWeekends: false };
    const friday = at(2026, 3, 6, 9);
    // Friday + 3 working days = Wednesday, same time.
    expect(computeDue(state({ lastOutboundAt: friday }), weekdays, friday).dueAt).toBe(
      at(2026, 3, 11, 9),
    );
    // Friday + 7 working days = Tuesday of the week after next.
    expect(computeDue(state({ streak: 2, lastOutboundAt: friday }), weekdays, friday).dueAt).toBe(
      at(2026, 3, 17, 9),
    );
    // A Saturday message counts from the start of Monday.
    const saturday = at(2026, 3, 7, 15);
    expect(computeDue(state({ lastOutboundAt: saturday }), weekdays, saturday).dueAt).toBe(
      at(2026, 3, 12),
    );
    // With weekends: Friday + 3 days = Monday.
    expect(computeDue(state({ lastOutboundAt: friday }), DEFAULT_CADENCE, friday).dueAt).toBe(
      at(2026, 3, 9, 9),
    );
  });

  it('uses custom settings, made non-decreasing', () => {
    const custom: CadenceSettings = { gapsDays: [7, 2, 10], restDays: 5, countWeekends: true };
    expect(effectiveCadence(custom)).toEqual({ gaps: [7, 7, 10], rest: 10, weekends: true });
    expect(computeDue(state({ streak: 2 }), custom, SENT).dueAt).toBe(at(2026, 3, 9, 9));
    expect(computeDue(state({ streak: 4 }), custom, SENT)).toMatchObject({
      dueAt: at(2026, 3, 12, 9),
      phase: 'resting',
      step: 4,
    });
    const none: CadenceSettings = { gapsDays: [], restDays: 30, countWeekends: true };
    expect(computeDue(state(), none, SENT)).toMatchObject({
      dueAt: at(2026, 4, 1, 9),
      phase: 'resting',
      step: 1,
    });
    const junk: CadenceSettings = {
      gapsDays: [Number.NaN, -3, 2.6],
      restDays: Infinity,
      countWeekends: true,
    };
    expect(effectiveCadence(junk)).toEqual({ gaps: [0, 0, 3], rest: 3, weekends: true });
  });
});

describe('isTooSoon', () => {
  it.each<[string, Partial<CadenceState>, number, boolean]>([
    ['before the gap', {}, at(2026, 3, 3), true],
    ['after the gap', {}, at(2026, 3, 6), false],
    ['away', { awayUntil: at(2026, 3, 20) }, at(2026, 3, 10), true],
    ['not now', { laterAt: at(2026, 4, 1) }, at(2026, 3, 10), true],
    ['resting', { streak: 5 }, at(2026, 4, 1), true],
    ['they replied', { streak: 0, lastInboundAt: at(2026, 3, 3) }, at(2026, 3, 3, 10), false],
    ['opted out (warned elsewhere)', { status: 'opted-out' }, at(2026, 3, 3), false],
    ['first message', { streak: 0, lastOutboundAt: null }, at(2026, 3, 3), false],
  ])('%s', (_name, over, now, want) => {
    expect(isTooSoon(state(over), DEFAULT_CADENCE, now)).toBe(want);
  });
});

describe('computeDue properties', () => {
  const t = fc.integer({ min: at(2020, 1, 1), max: at(2030, 1, 1) });
  const settings = fc.record({
    gapsDays: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
    restDays: fc.integer({ min: 0, max: 200 }),
    countWeekends: fc.boolean(),
  });
  const active = fc.record({
    streak: fc.integer({ min: 1, max: 10 }),
    lastOutboundAt: t,
    lastInboundAt: fc.option(t, { nil: null }),
    awayUntil: fc.option(t, { nil: null }),
    laterAt: fc.option(t, { nil: null }),
    status: fc.constant('active' as const),
    snoozedUntil: fc.option(t, { nil: null }),
  });
  const dueAtOf = (s: CadenceState, c: CadenceSettings, now = 0): number => {
    const d = computeDue(s, c, now).dueAt;
    if (d === null) throw new Error('expected a due date');
    return d;
  };

  it('a longer streak never brings the follow-up closer (same last message)', () => {
    fc.assert(
      fc.property(active, settings, (s, c) => {
        expect(dueAtOf({ ...s, streak: s.streak + 1 }, c)).toBeGreaterThanOrEqual(dueAtOf(s, c));
      }),
    );
  });

  it('a later last message never brings the follow-up closer', () => {
    fc.assert(
      fc.property(active, settings, fc.integer({ min: 0, max: 40 * 86_400_000 }), (s, c, delta) => {
        const later = { ...s, lastOutboundAt: s.lastOutboundAt + delta };
        expect(dueAtOf(later, c)).toBeGreaterThanOrEqual(dueAtOf(s, c));
      }),
    );
  });

  it('longer gaps never bring the follow-up closer', () => {
    fc.assert(
      fc.property(active, settings, fc.integer({ min: 0, max: 30 }), (s, c, extra) => {
        const longer = {
          ...c,
          gapsDays: c.gapsDays.map((g) => g + extra),
          restDays: c.restDays + extra,
        };
        expect(dueAtOf(s, longer)).toBeGreaterThanOrEqual(dueAtOf(s, c));
      }),
    );
  });

  it('is never before the last message, the day after awayUntil, laterAt or snoozedUntil', () => {
    fc.assert(
      fc.property(active, settings, (s, c) => {
        const due = dueAtOf(s, c);
        expect(due).toBeGreaterThanOrEqual(s.lastOutboundAt);
        if (s.awayUntil !== null) {
          const d = new Date(s.awayUntil);
          expect(due).toBeGreaterThanOrEqual(
            new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime(),
          );
        }
        if (s.laterAt !== null) expect(due).toBeGreaterThanOrEqual(s.laterAt);
        if (s.snoozedUntil !== null) expect(due).toBeGreaterThanOrEqual(s.snoozedUntil);
      }),
    );
  });

  it('adding an away date, a later date or a snooze never brings it closer', () => {
    fc.assert(
      fc.property(
        active,
        settings,
        t,
        fc.constantFrom('awayUntil', 'laterAt', 'snoozedUntil'),
        (s, c, x, key) => {
          const plain = { ...s, awayUntil: null, laterAt: null, snoozedUntil: null };
          expect(dueAtOf({ ...plain, [key]: x }, c)).toBeGreaterThanOrEqual(dueAtOf(plain, c));
        },
      ),
    );
  });

  it('dueAt does not depend on now, and the phase is "due" exactly from dueAt on', () => {
    fc.assert(
      fc.property(active, settings, t, t, (s, c, now1, now2) => {
        const a = computeDue(s, c, now1);
        const b = computeDue(s, c, now2);
        expect(a.dueAt).toBe(b.dueAt);
        expect(a.step).toBe(b.step);
        expect(a.phase === 'due').toBe(now1 >= (a.dueAt ?? Infinity));
        expect(isTooSoon(s, c, now1)).toBe(a.phase !== 'due');
      }),
    );
  });

  it('not counting weekends never brings it closer, and lands on a weekday', () => {
    fc.assert(
      fc.property(active, settings, (s, c) => {
        const plain = { ...s, awayUntil: null, laterAt: null, snoozedUntil: null };
        const weekdays = dueAtOf(plain, { ...c, countWeekends: false });
        expect(weekdays).toBeGreaterThanOrEqual(dueAtOf(plain, { ...c, countWeekends: true }));
        const e = effectiveCadence(c);
        const days = e.gaps[plain.streak - 1] ?? e.rest;
        if (days > 0) expect([1, 2, 3, 4, 5]).toContain(new Date(weekdays).getDay());
      }),
    );
  });

  it('never schedules anything for closed contacts', () => {
    fc.assert(
      fc.property(
        active,
        settings,
        t,
        fc.constantFrom('opted-out', 'paused', 'won', 'lost' as const),
        (s, c, now, status) => {
          const d = computeDue({ ...s, status }, c, now);
          expect(d.dueAt).toBeNull();
          expect(isTooSoon({ ...s, status }, c, now)).toBe(false);
        },
      ),
    );
  });

  it('addBusinessDays is monotone and counts n weekdays', () => {
    fc.assert(
      fc.property(
        t,
        fc.integer({ min: 0, max: 7 * 86_400_000 }),
        fc.integer({ min: 0, max: 40 }),
        (start, delta, n) => {
          expect(addBusinessDays(start + delta, n)).toBeGreaterThanOrEqual(
            addBusinessDays(start, n),
          );
          const d = new Date(start);
          if (n > 0 && (d.getDay() === 0 || d.getDay() === 6)) {
            // A weekend start counts from the very start of Monday.
            const monday = new Date(
              d.getFullYear(),
              d.getMonth(),
              d.getDate() + (d.getDay() === 6 ? 2 : 1),
            );
            expect(addBusinessDays(start, n)).toBe(addBusinessDays(monday.getTime(), n));
            return;
          }
          const end = new Date(addBusinessDays(start, n));
          expect([end.getHours(), end.getMinutes()]).toEqual([d.getHours(), d.getMinutes()]);
          let weekdays = 0;
          const cursor = new Date(d.getFullYear(), d.getMonth(), d.getDate());
          const last = new Date(end.getFullYear(), end.getMonth(), end.getDate());
          while (cursor.getTime() < last.getTime()) {
            cursor.setDate(cursor.getDate() + 1);
            if (cursor.getDay() !== 0 && cursor.getDay() !== 6) weekdays += 1;
          }
          expect(weekdays).toBe(n);
          if (n > 0) expect([1, 2, 3, 4, 5]).toContain(end.getDay());
        },
      ),
    );
  });
});
