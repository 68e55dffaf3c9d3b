import { isHeadLine } from '../body-end';
import { OPT_OUT, hasOptOut } from '../optout';
import { defineRule, type Hit } from '../rule';

const ENDED = /[.!?…:;"”'’)\]]/;

export const DEFAULT_OPT_OUT = "If the timing isn't right, just tell me and I'll close the loop.";
/** The same line for a draft written in a team's voice (session 27). */
export const TEAM_OPT_OUT = "If the timing isn't right, just tell us and we'll close the loop.";

const TEAM_WORDS = /\b(?:we|we['’](?:re|ve|ll|d)|us)\b/i;
const MY_WORDS = /\bI\b|\b(?:my|me|mine)\b/i;
/**
 * The default line in the draft's own voice: "us" and "we'll" when it speaks for a team, never
 * saying "I" ("our offer" alone is said by one writer too).
 */
export function defaultOptOut(body: string): string {
  return TEAM_WORDS.test(body) && !MY_WORDS.test(body) ? TEAM_OPT_OUT : DEFAULT_OPT_OUT;
}

/**
 * Content of one line that is a list item ("2. The pilot covers 40 seats."): the line goes under it,
 * not onto it (content of several lines gets a blank line anyway).
 */
const LIST_ITEM_LAST = /^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t][^\n]*$/;

/** Checks the draft leaves the reader a graceful way out (P4). */
export const optOutMissing = defineRule({
  id: 'opt-out-missing',
  category: 'opt-out',
  weight: 10,
  principle: 'P4',
  explanation:
    'Let them opt out: "if the timing isn\'t right, just tell me". A graceful exit lowers the pressure, and it often gets the reply that another nudge would not.',
  message: 'No graceful way out: add an opt-out line.',
  patterns: OPT_OUT,
  gate: false,
  find(a) {
    const body = a.body;
    if (a.text.trim() === '') return []; // nothing written yet
    const own = a.context.optOutLine?.trim();
    if (own && body.includes(own)) return [];
    if (hasOptOut(a)) return [];
    const line = own || defaultOptOut(body.slice(a.greetingEnd, a.bodyEnd));
    const at = a.contentEnd;
    // nothing but a subject line and a greeting under it: the line starts the message
    const content = a.sentences.length > 0 && !a.sentences.every((s) => isHeadLine(s.text));
    // Inserted right before the signature: the rewrite adds the blank line after it.
    const sep =
      a.sentences.length === 0
        ? ''
        : body.slice(a.greetingEnd, at).includes('\n') ||
            !content ||
            LIST_ITEM_LAST.test(body.slice(a.greetingEnd, at))
          ? '\n\n'
          : ' ';
    // close an unfinished last sentence first, so the line stays a sentence of its own
    const stop = content && !ENDED.test(body[at - 1] ?? '.') ? '.' : '';
    const hit: Hit = { start: at, end: at, replacement: stop + sep + line };
    return [hit];
  },
});
