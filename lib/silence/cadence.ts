import { addLocalDays, startOfLocalDay } from './return-date';

/**
 * When the next follow-up is due (DESIGN.md, "Silence: definitions", P8: be patient, gaps that
 * grow, a rest after the last step).
 */

export interface CadenceSettings {
  /** Days to wait after my k-th unanswered message before the next one (k = 1, 2, …). */
  gapsDays: readonly number[];
  /** After the last gap, the contact rests this many days instead of being chased. */
  restDays: number;
  /** false: only Monday–Friday count as days of the cadence. */
  countWeekends: boolean;
}

export const DEFAULT_CADENCE: Readonly<CadenceSettings> = Object.freeze({
  gapsDays: Object.freeze([3, 7, 14, 30]),
  restDays: 90,
  countWeekends: true,
});

export type CadenceStatus = 'active' | 'opted-out' | 'paused' | 'won' | 'lost';

export interface CadenceState {
  /** My messages since their last real reply. */
  streak: number;
  lastOutboundAt: number | null;
  /** Their last real reply (auto-replies excluded). */
  lastInboundAt: number | null;
  /** From an auto-reply: local midnight of the day they are back. */
  awayUntil: number | null;
  /** From a "not now" reply: when to try again. */
  laterAt: number | null;
  status: CadenceStatus;
  snoozedUntil: number | null;
}

export type DuePhase =
  'due' | 'waiting' | 'away' | 'resting' | 'done' | 'replied' | 'paused' | 'opted-out' | 'not-now';

export interface DueInfo {
  /** Epoch ms from which a follow-up is due; null when none is (replied, opted out, done, …). */
  dueAt: number | null;
  phase: DuePhase;
  /**
   * The step of the cadence: 0 when nothing of mine awaits an answer, k when gap k applies
   * (1-based), gapsDays.length + 1 when the contact rests.
   */
  step: number;
}

/** Gaps and rest are capped here so that dates stay representable. */
const MAX_DAYS = 3650;

interface Cadence {
  gaps: number[];
  rest: number;
  weekends: boolean;
}

const days = (n: number): number =>
  Number.isFinite(n) && n > 0 ? Math.min(MAX_DAYS, Math.round(n)) : 0;

/**
 * Settings as the cadence applies them: whole, non-negative days; each gap at least as long as
 * the one before and the rest at least as long as the last gap ("a gap that grows with the
 * streak"), so that a longer streak never brings the next follow-up closer.
 */
export function effectiveCadence(settings: CadenceSettings): Cadence {
  let longest = 0;
  const gaps = settings.gapsDays.map((g) => (longest = Math.max(longest, days(g))));
  return {
    gaps,
    rest: Math.max(longest, days(settings.restDays)),
    weekends: settings.countWeekends,
  };
}

/**
 * `t` plus `n` weekdays (Monday–Friday), keeping the time of day. A weekend start counts as the
 * very start of the following Monday, so that a later start never gives an earlier result.
 */
export function addBusinessDays(t: number, n: number): number {
  if (n <= 0) return t;
  const d = new Date(t);
  const weekday = d.getDay();
  if (weekday === 6 || weekday === 0) {
    d.setDate(d.getDate() + (weekday === 6 ? 2 : 1));
    d.setHours(0, 0, 0, 0);
  }
  const weeks = Math.floor(n / 5);
  d.setDate(d.getDate() + weeks * 7);
  let remaining = n - weeks * 5;
  while (remaining > 0) {
    d.setDate(d.getDate() + 1);
    const wd = d.getDay();
    if (wd !== 0 && wd !== 6) remaining -= 1;
  }
  return d.getTime();
}

const addCadenceDays = (t: number, n: number, c: Cadence): number =>
  c.weekends ? addLocalDays(t, n) : addBusinessDays(t, n);

const finite = (t: number | null): t is number => t !== null && Number.isFinite(t);

/**
 * The next follow-up for a contact: no follow-up for opted-out, paused, won or lost contacts;
 * none after their reply (phase 'replied'; the coach suggests a next step) unless they asked to
 * be contacted later ('not-now', due at `laterAt`). With a streak of k ≥ 1 it is due
 * `gapsDays[k-1]` days after my last message, or `restDays` after it once the gaps are used up
 * ('resting'), counting only weekdays when `countWeekends` is false. Never before the day after
 * `awayUntil` ('away'), `laterAt` ('not-now') or `snoozedUntil`. Phase 'due' once `now` reaches
 * `dueAt`. `dueAt` never depends on `now`.
 */
export function computeDue(
  state: CadenceState,
  settings: CadenceSettings = DEFAULT_CADENCE,
  now: number = Date.now(),
): DueInfo {
  const c = effectiveCadence(settings);
  const streak = Number.isFinite(state.streak) ? Math.max(0, Math.floor(state.streak)) : 0;
  const step = streak === 0 ? 0 : Math.min(streak, c.gaps.length + 1);
  switch (state.status) {
    case 'opted-out':
      return { dueAt: null, phase: 'opted-out', step };
    case 'paused':
      return { dueAt: null, phase: 'paused', step };
    case 'won':
    case 'lost':
      return { dueAt: null, phase: 'done', step };
    case 'active':
      break;
  }

  const awayEnd = finite(state.awayUntil)
    ? addLocalDays(startOfLocalDay(state.awayUntil), 1)
    : null;
  const later = finite(state.laterAt) ? state.laterAt : null;
  const snoozed = finite(state.snoozedUntil) ? state.snoozedUntil : null;

  let base: number;
  let resting = false;
  if (streak === 0) {
    // Nothing of mine awaits an answer: only a "not now" schedules the next message.
    if (later === null) {
      return { dueAt: null, phase: finite(state.lastInboundAt) ? 'replied' : 'waiting', step };
    }
    base = later;
  } else {
    if (!finite(state.lastOutboundAt)) return { dueAt: null, phase: 'waiting', step };
    const gap = c.gaps[streak - 1];
    resting = gap === undefined;
    base = addCadenceDays(state.lastOutboundAt, gap ?? c.rest, c);
  }

  const dueAt = Math.max(base, awayEnd ?? base, later ?? base, snoozed ?? base);
  let phase: DuePhase;
  if (now >= dueAt) phase = 'due';
  else if (awayEnd !== null && now < awayEnd) phase = 'away';
  else if (later !== null && now < later) phase = 'not-now';
  else if (resting) phase = 'resting';
  else phase = 'waiting';
  return { dueAt, phase, step };
}

/**
 * Whether a message written `now` would come too soon: a follow-up is scheduled and not yet due.
 * False when nothing is scheduled (after their reply, or for opted-out and closed contacts, which
 * other checks warn about).
 */
export function isTooSoon(
  state: CadenceState,
  settings: CadenceSettings = DEFAULT_CADENCE,
  now: number = Date.now(),
): boolean {
  const { dueAt } = computeDue(state, settings, now);
  return dueAt !== null && now < dueAt;
}
