import type { InboundKind } from '../db';

/** The part of a stored message that decides a contact's silence. */
export interface StreakMessage {
  id: string;
  direction: 'in' | 'out';
  at: number;
  kind: InboundKind;
  awayUntil?: number;
  laterAt?: number;
}

export interface SilenceState {
  streak: number;
  lastInboundAt: number | null;
  lastOutboundAt: number | null;
  silentSince: number | null;
  optedOut: boolean;
  awayUntil: number | null;
  laterAt: number | null;
}

/** An auto-reply is inbound but not a reply; everything else a person wrote is. */
export const isRealReply = (m: StreakMessage): boolean => m.direction === 'in' && m.kind !== 'auto';

/**
 * A contact's silence from all the messages that count for them, in any order (DESIGN.md,
 * "Silence: definitions"). Pure and order-independent: ties on time break on the message id.
 */
export function silenceOf(messages: readonly StreakMessage[]): SilenceState {
  const sorted = [...messages].sort(
    (a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let lastReply: StreakMessage | null = null;
  let firstOut: number | null = null;
  let lastOut: number | null = null;
  for (const m of sorted) {
    if (m.direction === 'out') {
      firstOut ??= m.at;
      lastOut = m.at;
    } else if (isRealReply(m)) {
      lastReply = m;
    }
  }
  const lastInboundAt = lastReply?.at ?? null;
  let streak = 0;
  let awayUntil: number | null = null;
  for (const m of sorted) {
    if (lastInboundAt !== null && m.at <= lastInboundAt) continue;
    if (m.direction === 'out') streak += 1;
    else if (m.kind === 'auto' && m.awayUntil !== undefined)
      awayUntil = Math.max(awayUntil ?? 0, m.awayUntil);
  }
  return {
    streak,
    lastInboundAt,
    lastOutboundAt: lastOut,
    silentSince: lastInboundAt ?? firstOut,
    optedOut: lastReply?.kind === 'opt-out',
    awayUntil,
    laterAt: lastReply?.kind === 'not-now' ? (lastReply.laterAt ?? null) : null,
  };
}

const DAY = 86_400_000;

/** Whole days from `since` to `now` (0 when unknown or in the future). */
export function daysSince(since: number | null, now: number): number | null {
  if (since === null) return null;
  return Math.max(0, Math.floor((now - since) / DAY));
}
