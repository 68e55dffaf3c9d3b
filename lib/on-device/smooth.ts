/**
 * A smoother rewrite from Chrome's on-device model, shown only when the coach passes it.
 *
 * The model is given the body of the deterministic rewrite (never the greeting, signature or quoted
 * text, which are put back untouched) and asked to make it read more naturally. Its answer is
 * cleaned of chat wrapping ("Here's the rewrite:", code fences, a repeated greeting or sign-off) and
 * then judged by the same rules as everything else: it is offered only if it is not pushy, has no
 * more pushy findings than the one-click rewrite, keeps its way out and its focus on the reader,
 * scores no lower, keeps every name, number, date and link, adds none the draft does not have, and
 * stays about as long. Anything else is refused with the reason, and the one-click rewrite stays.
 */
import { analyseDraft } from '../coach/check';
import { check, type CheckResult, type CoachContext, type RewriteResult } from '../coach';
import { COMMON_WORDS } from '../coach/common-words';
import { protectedTokens } from '../coach/protect';
import { cleanAnswer } from './clean';
import { factWords, holds, negations, shown, straight } from './facts';
import { MODEL_OPTIONS, modelState, type ModelSession, type OnDeviceModel } from './model';

/** What the model is told once per session. Plain words; the judge enforces each point anyway. */
export const SYSTEM_PROMPT = [
  'You edit follow-up emails written by salespeople so they read warm, plain and natural.',
  'The user sends the body of one email. Rewrite it so that it:',
  '- keeps every name, number, price, date, time and link exactly as written;',
  '- adds no facts, offers, names, numbers, dates or links of its own;',
  '- puts no pressure on the reader: no deadlines, urgency, guilt, scarcity or assumptions that they agreed;',
  '- keeps any question to the reader and any line that lets them say no;',
  '- talks about the reader more than about the sender;',
  '- is no longer than the original.',
  'Answer with the rewritten body only, as plain text: no greeting, no sign-off, no notes.',
].join('\n');

export type Smoothed =
  /** Passed every check: offer it. */
  | { kind: 'offer'; text: string; result: CheckResult }
  /** The model answered, but its wording failed a check (`reason` says which, in plain words). */
  | { kind: 'refused'; reason: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/** Where the smoother rewrite of a draft is: not asked, being written, or its outcome. */
export type SmootherJob =
  { state: 'idle' } | { state: 'working' } | { state: 'done'; outcome: Smoothed };

/** The draft's parts: what the model may change (`body`) and what it never sees. */
export interface Parts {
  head: string;
  lead: string;
  body: string;
  trail: string;
  tail: string;
}

/**
 * The rewrite the user has chosen in the panel: the one-click rewrite itself, or the draft with
 * only the changes they left ticked (`text`), scored afresh. The smoother works from this, so it
 * never brings back a change the user rejected nor drops one they ticked.
 */
export function chosenBase(
  rewritten: RewriteResult,
  text: string,
  context: CoachContext = {},
): RewriteResult {
  if (text === rewritten.text) return rewritten;
  const { score, flags } = check(text, context);
  return { ...rewritten, text, after: { score, flags }, changes: [], optional: [] };
}

export function partsOf(text: string, context: CoachContext = {}): Parts {
  const a = analyseDraft(text, context);
  const inner = text.slice(a.greetingEnd, a.bodyEnd);
  const lead = /^\s*/.exec(inner)![0];
  const body = inner.trim();
  return {
    head: text.slice(0, a.greetingEnd),
    lead,
    body,
    trail: inner.slice(lead.length + body.length),
    tail: text.slice(a.bodyEnd),
  };
}

const words = (t: string): number => (t.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
const squash = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();
const pushyCount = (r: CheckResult): number =>
  r.findings.filter((f) => f.category === 'pushy').length;

/**
 * Judge the model's cleaned body against the one-click rewrite `base` of the draft. Pure; the
 * reason is shown to the user as is.
 */
export function judge(base: RewriteResult, answer: string, context: CoachContext = {}): Smoothed {
  const parts = partsOf(base.text, context);
  if (!answer) return { kind: 'refused', reason: 'The model gave no wording back.' };
  if (squash(answer) === squash(parts.body))
    return { kind: 'refused', reason: 'The model kept the one-click rewrite as it is.' };
  const n = words(parts.body);
  const m = words(answer);
  if (m > n * 1.4 + 12)
    return {
      kind: 'refused',
      reason: `The model's wording was much longer (${m} words, not ${n}).`,
    };
  if (m < n * 0.5)
    return {
      kind: 'refused',
      reason: `The model's wording left out too much (${m} words, not ${n}).`,
    };
  const spare = `${parts.head}\n${parts.tail}`;
  const spareTokens = new Set(protectedTokens(spare));
  const loose = (t: string) => COMMON_WORDS.has(straight(t).toLowerCase());
  const lost = protectedTokens(parts.body).find(
    (t) => !spareTokens.has(t) && !holds(answer, t, loose(t)),
  );
  if (lost) return { kind: 'refused', reason: `The model's wording dropped “${shown(lost)}”.` };
  // only what the one-click rewrite holds: what it took out on purpose may not come back
  const added = protectedTokens(answer).find((t) => !holds(base.text, t, loose(t)));
  if (added)
    return {
      kind: 'refused',
      reason: `The model's wording added “${shown(added)}”, which your draft does not have.`,
    };
  const said = factWords(answer);
  const keep = factWords(spare);
  const gone = [...factWords(parts.body)].find((w) => !said.has(w) && !keep.has(w));
  if (gone) return { kind: 'refused', reason: `The model's wording dropped “${gone}”.` };
  const had = factWords(base.text);
  const extra = [...said].find((w) => !had.has(w));
  if (extra)
    return {
      kind: 'refused',
      reason: `The model's wording added “${extra}”, which your draft does not have.`,
    };
  const text = `${parts.head}${parts.lead}${answer}${parts.trail}${parts.tail}`;
  // the coach must read the answer as the body: a first line that looks like a name could make
  // it take the rest for a signature and check nothing
  const from = parts.head.length + parts.lead.length;
  const read = analyseDraft(text, context);
  if (read.greetingEnd > from || read.bodyEnd < from + answer.length)
    return {
      kind: 'refused',
      reason: "The model's wording could not be read as the body of an email.",
    };
  const result = check(text, context);
  const pushy = result.findings.find((f) => f.category === 'pushy');
  if (result.flags.pushy || pushyCount(result) > pushyCount(check(base.text, context)))
    return {
      kind: 'refused',
      reason: `The model's wording was still pushy: ${pushy?.message ?? 'it scored as pushy'}`,
    };
  if (result.flags.selfCentred && !base.after.flags.selfCentred)
    return { kind: 'refused', reason: "The model's wording was about you, not the reader." };
  if (base.after.flags.optOut && !result.flags.optOut)
    return { kind: 'refused', reason: "The model's wording dropped the way out." };
  if (result.score < base.after.score)
    return {
      kind: 'refused',
      reason: `The model's wording scored ${result.score}, below the one-click rewrite's ${base.after.score}.`,
    };
  const [no1, no2] = [negations(parts.body), negations(answer)];
  if (no1 !== no2)
    return {
      kind: 'refused',
      reason: `The model's wording says “not” or “no” ${no2} times, not ${no1}, which can turn a promise around.`,
    };
  return { kind: 'offer', text, result };
}

const messageOf = (e: unknown): string =>
  e instanceof Error ? e.message || e.name : typeof e === 'string' ? e : 'unknown error';

/**
 * Ask the model for smoother wording of the one-click rewrite `base` of `draft`. Checks again that
 * the model is already downloaded (a download is never started), destroys the session afterwards,
 * and never throws.
 */
export async function smooth(
  model: OnDeviceModel,
  draft: string,
  base: RewriteResult,
  context: CoachContext,
  signal: AbortSignal,
): Promise<Smoothed> {
  const { body } = partsOf(base.text, context);
  if (!body || !partsOf(draft, context).body)
    return { kind: 'refused', reason: 'There is nothing in the draft to smooth yet.' };
  if ((await modelState(model)) !== 'ready')
    return { kind: 'error', message: "Chrome's on-device model is no longer available." };
  if (signal.aborted) return { kind: 'cancelled' };
  let session: ModelSession | undefined;
  try {
    session = await model.create({
      ...MODEL_OPTIONS,
      initialPrompts: [{ role: 'system', content: SYSTEM_PROMPT }],
      signal,
    });
    const raw = await session.prompt(body, { signal });
    if (signal.aborted) return { kind: 'cancelled' };
    return judge(base, cleanAnswer(raw, context), context);
  } catch (e) {
    if (signal.aborted) return { kind: 'cancelled' };
    return { kind: 'error', message: `Chrome's on-device model failed: ${messageOf(e)}` };
  } finally {
    try {
      session?.destroy();
    } catch {
      // already gone
    }
  }
}
