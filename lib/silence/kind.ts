import type { CadenceState, DuePhase } from './cadence';

/**
 * Which message the coach suggests writing next (DESIGN.md, "Message kind"): first touch →
 * value follow-up → reference or outcome → feedback/apology → graceful close; after a reply, a
 * firm next step.
 */

export type MessageKind = 'first' | 'value' | 'reference' | 'feedback' | 'close' | 'next-step';

/** The coaching canon's principles (DESIGN.md, "The coaching canon"). */
import type { Principle } from '../principles';
export type { Principle };

export interface KindLabel {
  /** A short name for the message. */
  label: string;
  /** What to write, in plain words. */
  hint: string;
  /** The principles the suggestion comes from. */
  principles: readonly Principle[];
  /** The same, in plain words. */
  why: string;
}

export const KIND_LABELS: Readonly<Record<MessageKind, KindLabel>> = Object.freeze({
  first: {
    label: 'First message',
    hint: 'Open with something useful to them, personal and short.',
    principles: ['P3', 'P10'],
    why: 'Add value, don’t pitch; be personal and short.',
  },
  value: {
    label: 'Share something useful',
    hint: 'Send an article, a finding or a tip that helps them, not a reminder.',
    principles: ['P3', 'P6'],
    why: 'Add value, don’t pitch; share something useful instead of bumping.',
  },
  reference: {
    label: 'Reference or outcome',
    hint: 'Name someone you both know, or the result they care about, and offer two times.',
    principles: ['P7', 'P9'],
    why: 'References open doors; focus on their outcome and a firm next step.',
  },
  feedback: {
    label: 'Ask for feedback',
    hint: 'Step back: apologise for the timing and ask what would be useful, not for the sale.',
    principles: ['P5'],
    why: 'After long silence, move backward: apologise and ask for feedback.',
  },
  close: {
    label: 'Graceful close',
    hint: 'Say this is your last note and leave them an easy way out.',
    principles: ['P4'],
    why: 'Let them opt out: a graceful exit often gets the reply.',
  },
  'next-step': {
    label: 'Firm next step',
    hint: 'They answered: propose one concrete next step with two times.',
    principles: ['P9'],
    why: 'Make a firm next appointment; focus on their outcome, not your sale.',
  },
});

export type KindInput = Pick<CadenceState, 'streak' | 'lastOutboundAt' | 'lastInboundAt'> & {
  phase?: DuePhase;
};

/**
 * The message kind to suggest for a contact: no messages yet → 'first'; they replied last →
 * 'next-step' (but 'value' while their "not now" has not come due); my unanswered messages: 1 →
 * 'value', 2 → 'reference', 3 → 'feedback', 4 or more → 'close'.
 */
export function suggestKind(state: KindInput): MessageKind {
  const streak = Number.isFinite(state.streak) ? Math.max(0, Math.floor(state.streak)) : 0;
  // they asked to hear back later and that time has not come: anything sent now gives, not asks
  if (state.phase === 'not-now' && streak === 0) return 'value';
  if (state.phase === 'replied') return 'next-step';
  if (streak === 0) {
    if (state.lastInboundAt !== null) return 'next-step';
    // No reply and nothing counted: a first message (or, with messages, the first follow-up).
    return state.lastOutboundAt === null ? 'first' : 'value';
  }
  if (streak === 1) return 'value';
  if (streak === 2) return 'reference';
  if (streak === 3) return 'feedback';
  return 'close';
}
