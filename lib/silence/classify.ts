import { detectAutoReply } from './autoreply';
import { detectOptOut, findLaterDate } from './optout';
import { addLocalDays, findReturnDate, startOfLocalDay } from './return-date';

/** What an inbound message is, for the silence streak (DESIGN.md, "Silence: definitions"). */
export type InboundMessageKind = 'reply' | 'auto' | 'opt-out' | 'not-now';

export interface InboundClassification {
  kind: InboundMessageKind;
  /** Auto-replies that name a return date: local midnight of the day they are back. */
  awayUntil?: number;
  /** "Not now" replies: local midnight of the day to try again. */
  laterAt?: number;
}

/** A "not now" that names no time is tried again after this many days. */
export const DEFAULT_LATER_DAYS = 30;

/**
 * Classify an inbound message received at `at` (epoch ms). Auto-reply detection comes first (an
 * out-of-office that says "please don't contact me at this address" is still an auto-reply),
 * then opt-out, then "not now"; anything else is a real reply. An empty body (a collapsed message
 * whose text the page does not show) is a reply, unless the subject itself is an auto-reply
 * header ("Automatic reply: …").
 */
export function classifyInbound(text: string, at: number, subject?: string): InboundClassification {
  if (detectAutoReply(text, subject)) {
    const awayUntil =
      findReturnDate(text, at) ?? (subject === undefined ? null : findReturnDate(subject, at));
    return awayUntil === null ? { kind: 'auto' } : { kind: 'auto', awayUntil };
  }
  if (text.trim() === '') return { kind: 'reply' };
  const optOut = detectOptOut(text);
  if (optOut === 'opt-out') return { kind: 'opt-out' };
  if (optOut === 'not-now') {
    const laterAt =
      findLaterDate(text, at) ??
      (Number.isFinite(at) ? addLocalDays(startOfLocalDay(at), DEFAULT_LATER_DAYS) : null);
    return laterAt === null || !Number.isFinite(laterAt)
      ? { kind: 'not-now' }
      : { kind: 'not-now', laterAt };
  }
  return { kind: 'reply' };
}
