/** Shared types of the draft coach. Pure data: no browser APIs, no I/O. */

export type Category =
  'pushy' | 'self-centred' | 'value' | 'opt-out' | 'ask' | 'length' | 'readability' | 'context';

import type { Principle } from '../principles';
export type { Principle };

export type Channel = 'email' | 'linkedin';

export type MessageKind = 'first' | 'value' | 'reference' | 'feedback' | 'close' | 'next-step';

export interface ContactState {
  name?: string;
  /** My messages in a row since their last real reply. */
  streak?: number;
  /** Days since their last real reply (or since my first message). */
  silentDays?: number;
  /** Days since my last message to them. */
  daysSinceLastTouch?: number;
  /** Epoch ms: an out-of-office reply said they are back then. */
  awayUntil?: number;
  /** They asked not to be contacted. */
  optedOut?: boolean;
}

export interface CoachContext {
  channel?: Channel;
  kind?: MessageKind;
  contact?: ContactState;
  /** Epoch ms; defaults to Date.now() where a rule needs the time. */
  now?: number;
  /** The user's own opt-out line; the rewrite adds it when the draft has none. */
  optOutLine?: string;
  /** The user's signature; text from it on is never checked or changed. */
  signature?: string;
}

/** One thing the coach noticed, with an exact [start, end) range into the checked text. */
export interface Finding {
  rule: string;
  category: Category;
  start: number;
  end: number;
  message: string;
  /** What to put in [start, end) instead; '' deletes. Absent when no safe wording exists. */
  replacement?: string;
}

/** A sentence of the draft body: [start, end) into the text, trimmed. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  words: number;
  syllables: number;
  /** Index of the paragraph (blank-line separated) it belongs to. */
  paragraph: number;
  /** Holds two capital letters in a row ("ROI", "FREE", "I'M"): only such sentences can shout. */
  caps: boolean;
}

/** Everything the rules share, computed once per check in one pass. */
export interface Analysis {
  text: string;
  context: CoachContext;
  channel: Channel;
  /** End of the greeting ("Hi Sarah,"), 0 when there is none. */
  greetingEnd: number;
  /** Where the signature or quoted history starts; text.length when there is none. */
  bodyEnd: number;
  /** text.slice(0, bodyEnd): rules search this so quotes and signatures are never flagged. */
  body: string;
  /** Sentences after the greeting and before bodyEnd. */
  sentences: Sentence[];
  /** End of the last sentence (above a sign-off that a postscript follows): where an added line goes. */
  contentEnd: number;
  words: number;
  syllables: number;
  /** Characters of the body after the greeting, trimmed. */
  characters: number;
  questions: number;
  readingGrade: number;
  /** I, me, my, we, us, our ... */
  selfWords: number;
  /** you, your, yours ... */
  youWords: number;
  now: number;
  /** Rule ids and pattern keys whose trigger words occur in the body, with where each word starts. */
  triggered: TriggerHits;
  /** Built with the registry's trigger map: rules whose triggers are absent may be skipped. */
  gated: boolean;
  /** Two capital letters in a row somewhere in the body ("ASAP", "NOW"). */
  capsRun: boolean;
  /** "!!", "!?" or "?!" somewhere in the body. */
  bangRun: boolean;
  /** Links in the body as [start, end without trailing punctuation, end] triples. */
  links: readonly number[];
  /** Results shared between rules, computed on first use (asks, deadlines, pattern matches). */
  memo: Record<string, unknown>;
}

export type RuleContext = Analysis;

/** Where the trigger words of each rule or pattern key occur (word start offsets, ascending). */
export interface TriggerHits {
  has(key: string): boolean;
  get(key: string): readonly number[] | undefined;
  /** key -> slot in `lists` (shared by every analysis built with the same trigger map) */
  readonly index: ReadonlyMap<string, number>;
  readonly lists: readonly (readonly number[] | undefined)[];
}

export interface Rule {
  id: string;
  category: Category;
  /** Points taken off the score by the first finding; each further finding costs half, capped at 2x. */
  weight: number;
  principle: Principle;
  /** Plain words shown to the user, tied to the principle and citing the study behind a threshold. */
  explanation: string;
  /**
   * Words (lower case, apostrophes dropped) of which at least one occurs in anything the rule can
   * find; the engine skips the rule when none is in the draft. Absent: the rule always runs.
   */
  triggers?: readonly string[];
  /** Words the rule only wants to know about (analysis.triggered); the rule still always runs. */
  probes?: readonly string[];
  /** Trigger words per pattern key ("<id>#<n>"), for rules whose patterns are gated separately. */
  groups?: Readonly<Record<string, readonly string[]>>;
  /** false: the rule runs even when none of its trigger words occurs (e.g. a check for something missing). */
  gate?: boolean;
  check(text: string, ctx: RuleContext): Finding[];
}

export interface Flags {
  pushy: boolean;
  selfCentred: boolean;
  valueFirst: boolean;
  optOut: boolean;
  clearAsk: boolean;
}

export interface Stats {
  words: number;
  questions: number;
  readingGrade: number;
  characters: number;
  sentences: number;
  selfWords: number;
  youWords: number;
  /** Pushy points (sum of pushy penalties minus warmth credit): higher is pushier. */
  pushiness: number;
}

export interface CheckResult {
  score: number;
  flags: Flags;
  findings: Finding[];
  stats: Stats;
}

export interface Change {
  rule: string;
  start: number;
  end: number;
  before: string;
  after: string;
  /** Said when the change needs the user's attention, e.g. a placeholder left unfilled. */
  note?: string;
}

export interface RewriteResult {
  text: string;
  before: { score: number; flags: Flags };
  after: { score: number; flags: Flags };
  /** The changes that make `text` from the input, in the input's coordinates. */
  changes: Change[];
  /**
   * Not applied: removals of sentences the rewrite left pushy because they hold a name, number or
   * date it will not drop on its own ("I saw you opened the deck 4 times"). The user may tick them;
   * each note says what would go. They never overlap `changes`.
   */
  optional: Change[];
}

/** A tactic's cue table: [gate words, pattern source] pairs (see lib/coach/cues/). */
export type Cues = readonly (readonly [string, string])[];
