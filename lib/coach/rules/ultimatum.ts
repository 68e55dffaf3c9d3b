import { ULTIMATUM_CUES } from '../cues/ultimatum';
import type { Analysis } from '../types';
import { rx } from '../lexicon';
import { caseAt } from '../casing';
import { cueStart, defineRule, overlapsHit, type Hit } from '../rule';
import { gated, patternOf, scan } from '../gated';
import { sentenceAt } from '../analyse';

// regexes used inside functions, compiled once at module load
const R1 = /^off the table (?:after|from) $/i;
/** "Are you in or out?" -> "Is this worth pursuing?": the same question, without the showdown. */
const IN_OR = /^are you in or (?:out|not)/i;

/** "I completely understand if you can't come down": the reader's limit granted, not ours imposed. */
const GRANTED =
  /\b(?:understand|understandable|no problem|that's fine|that is fine|fair enough|no worries)\b,?(?: (?:completely|totally|entirely|of course))?(?: it)? if (?:(?!\b(?:but|so|though|although|and|yet)\b)[^,;.!?—–-]){0,60}$/i;

const RE = gated('ultimatum', [
  ['leave', '\\btake it or leave it\\b'],
  // session 11 (dev 8): take it or we walk, however kindly said; no room left to move
  ['take', "\\btake it or (?:we|i)(?:'ll| will)? (?:pass|walk|move on|go elsewhere|drop)\\b"],
  [
    'room',
    '\\bno (?:more |further )?room (?:left )?to (?:move|manoeuvre|maneuver|negotiate|budge)\\b',
  ],
  [
    'final last best',
    "\\b(?:my|our|this is the|this is our|this is my|it's our|that's our|that's my|here's my|here's our|the) (?:final|last|best and final) (?:offer|price|proposal|word|number)\\b",
  ],
  // session 22 (dev 12): "this is the final version", "our final position" ("the last version" is
  // only the previous one)
  [
    'final',
    "\\b(?:my|our|this is the|this is our|this is my|it's our|that's our|that's my|here's my|here's our) (?:final|best and final) (?:version|terms|position)\\b",
  ],
  ['negotiable', '\\bnon-?negotiable\\b'],
  ['negotiable negotiation', '\\bnot (?:up for )?negotia(?:ble|tion)\\b'],
  ['exceptions', '\\bno exceptions\\b'],
  ['never', '\\bnow or never\\b'],
  [
    'higher lower further below above down',
    "\\b(?:can't|cannot|won't|will not|am not going to|not going to|i'm not able to) (?:go|come) (?:any )?(?:higher|lower|further|below|above|down)\\b",
  ],
  [
    'high low far',
    "\\bas (?:high|low|far) as i(?:'m| am| can| will)(?: willing| able| going| prepared)?(?: to)?(?: go)?\\b",
  ],
  ['best', '\\b(?:the )?best i can do\\b'],
  ['offering willing paying', "\\bthat's all i(?:'m| am) (?:offering|willing|paying)\\b"],
  ['firm', '\\bfirm on (?:the|this|my|our) (?:price|offer|number)\\b'],
  [
    'firm final fixed changing',
    '\\b(?:the|this|my|our) (?:price|offer) is (?:firm|final|fixed|not changing)\\b',
  ],
  [
    'discount discounts negotiation haggling concessions',
    '\\bno (?:more|further) (?:discounts?|negotiation|haggling|concessions)\\b',
  ],
  ['table', '\\boff the table(?: (?:after|from) )?'],
  ['out', '\\b(?:are you )?in or out\\?'],
  ['last', '\\blast offer\\b'],
  [
    'unless',
    '\\bunless (?:you (?:reply|respond|answer|get back(?: to (?:me|us))?|write back|let (?:me|us) know(?: otherwise)?|say otherwise|tell (?:me|us) otherwise)|(?:i|we) (?:hear|get) (?:back|from you|a reply|a response))\\b',
  ],
  [
    'move assume take close give offer release pass go reach',
    "\\b(?:or|otherwise|or else),? (?:i|we)(?:'ll| will|'m going to| am going to) (?:(?:have to|need to|just) )?(?:move on(?! to (?!(?:the next|another|other|a different|someone)\\b))|assume|take (?:that|it|this|your silence) as|close (?:your|the|this|our) (?:file|account|ticket|opportunity|conversation)|give (?:it|the|your|this)|offer (?:it|the|your|this)|release|pass (?:it|the|this|your)|go with (?:another|someone|the next)|reach out to your (?:competitor|competition|rival))",
  ],
  ['ask', "\\blast time i(?:'ll| will|'m going to| am going to) ask\\b"],
  ['not', '\\b(?:are you )?in or not\\b'],
  [
    'reply response answer',
    '\\bno (?:reply|response|answer) (?:=|means|is a) no\\b(?! (?:charge|cost|fee|payment|bill|invoice|obligation|commitment|worries|problem|harm)\\b)',
  ],
  [
    'assume',
    "\\b(?:i'll|(?:i|we) will) (?:have to )?assume (?:that )?you(?:'ve| have) (?:chosen|gone with|picked|signed with|decided on)\\b",
  ],
  ...ULTIMATUM_CUES,
]);
/** The cue patterns come last in RE: they yield to the phrase patterns above. */
const CUES_FROM = cueStart(RE, ULTIMATUM_CUES);

/** A close that lets them go: not an ultimatum, however final. */
const GRACEFUL =
  /\bassume (?:that )?(?:the )?(?:timing|now)\b|\b(?:it's|it is|this is|that's) not (?:a fit|a priority|the right time)\b|\bclose the loop\b|\bno (?:hard feelings|worries)\b/i;

/** The sentence around pos (the rest of the body when pos is in none). */
function sentenceText(a: Analysis, pos: number): string {
  return sentenceAt(a, pos)?.text ?? a.body.slice(pos);
}

/** A condition on their silence: "if I don't hear back", "unless you reply". */
const ON_SILENCE =
  /\b(?:if|unless)\b[^.?!]{0,40}?\b(?:hear|heard|reply|respond|response|answer|get back)\b/i;
/**
 * A consequence that costs them nothing (the file closed, no more emails), with "I'll" before it:
 * framed as our reading of their silence, it becomes the graceful close of P4 and keeps the date.
 */
const NO_LOSS =
  /\b((?:i|we)(?:'ll|’ll| will)) (?:have to |need to |just |simply |then )?(?=close (?:your|the|this|our|my) (?:file|thread|ticket|conversation|loop|request|case)\b|take you off\b|remove you from\b|stop (?:reaching out|emailing|e-mailing|writing|following up|contacting you)\b|archive (?:your|the|this) (?:file|thread|request|ticket|case)\b)/i;

/** The same consequence, under way: "I'm closing the file". */
const CLOSING =
  /\b(i|we)(?:'m|’m| am|'re|’re| are|'ll be|’ll be| will be) (closing|archiving|stopping)(?= (?:your|the|this|our|my) (?:file|thread|ticket|conversation|loop|request|case)\b| (?:reaching out|emailing|e-mailing|writing|following up|contacting you)\b)/i;
const GERUND_BASE: Record<string, string> = {
  closing: 'close',
  archiving: 'archive',
  stopping: 'stop',
};
const BEFORE_NO_LOSS = /\b((?:i|we)(?:'ll|’ll| will)) (?:have to |need to |just |simply |then )?$/i;
const TIMING = "assume the timing isn't right";

/**
 * "If I don't hear back by Friday, I'll close your file" -> "…, I'll assume the timing isn't right
 * and close your file": a threat on their silence that costs them nothing becomes the graceful
 * close, date and all. Sets the hit's replacement (and start) when the sentence has that shape.
 */
function gracefulOnSilence(a: Analysis, m: RegExpExecArray, h: Hit): void {
  const s = sentenceAt(a, m.index);
  if (!s || !ON_SILENCE.test(s.text)) return;
  if (NO_LOSS.test(m[0])) {
    h.replacement = m[0].replace(NO_LOSS, `$1 ${TIMING} and `);
    return;
  }
  if (CLOSING.test(m[0])) {
    // "…by Thursday, I'm closing the file" -> "…, I'll assume the timing isn't right and close…"
    h.replacement = m[0].replace(
      CLOSING,
      (_x, who: string, verb: string) =>
        `${who}'ll ${TIMING} and ${GERUND_BASE[verb.toLowerCase()]!}`,
    );
    return;
  }
  // "I'll have to close your file if…": the match starts at "close"
  const before = BEFORE_NO_LOSS.exec(a.body.slice(s.start, m.index));
  if (before && NO_LOSS.test(a.body.slice(m.index - before[0].length, h.end))) {
    h.start = m.index - before[0].length;
    h.replacement = `${before[1]!} ${TIMING} and ${m[0]}`;
  }
}

const TABLE = patternOf(RE, 'off the table');
const IF_BEFORE = /\bif\b[^.?!,;]{0,60}$/i;
/** Index of the "unless you reply" pattern in RE: an ultimatum only after "last email". */
const UNLESS = patternOf(RE, 'unless you reply');
const LAST_NOTE = rx(
  "\\b(?:my|our|the|our) (?:last|final) (?:email|message|note|follow[- ]?up|attempt|reach[- ]out|time (?:i|i'll) (?:reach out|write|email))\\b",
  'i',
);

/** Ultimatums: "take it or leave it", "final offer", "non-negotiable". */
export const ultimatum = defineRule({
  id: 'ultimatum',
  category: 'pushy',
  weight: 15,
  principle: 'P1',
  explanation:
    'Ultimatums ("final offer", "take it or leave it", "in or out?") turn a conversation into a showdown. Firmness reads as pressure; focus on their outcome and leave room to talk.',
  message: 'Ultimatum: take-it-or-leave-it pressure.',
  patterns: RE,
  find(a) {
    const hits: Hit[] = [];
    scan(a, RE, (m, k) => {
      if (k >= CUES_FROM && overlapsHit(hits, m.index, m.index + m[0].length)) return;
      // "this is my last note; if I don't hear back, I'll assume the timing isn't right": graceful
      if (k >= CUES_FROM && GRACEFUL.test(sentenceText(a, m.index))) return;
      // "If donor software is off the table for now, that's fine": their choice, not our threat
      if (
        k === TABLE &&
        IF_BEFORE.test(a.body.slice(sentenceAt(a, m.index)?.start ?? m.index, m.index))
      )
        return;
      // session 17 (real offers): "I understand if the price is fixed": their limit, granted
      if (GRANTED.test(a.body.slice(sentenceAt(a, m.index)?.start ?? m.index, m.index))) return;
      const h: Hit = { start: m.index, end: m.index + m[0].length };
      if (k >= CUES_FROM) gracefulOnSilence(a, m, h);
      else if (k === UNLESS) {
        // "This is my last email unless you reply" -> "This is my last email for now": the
        // graceful close without the condition
        const s = sentenceAt(a, m.index);
        if (!s || !LAST_NOTE.test(s.text)) return;
        h.replacement = 'for now';
      } else if (R1.test(m[0])) h.replacement = 'available until ';
      else {
        const inOr = IN_OR.exec(m[0]);
        // keeps the "?" when the match has one
        if (inOr)
          h.replacement =
            caseAt(a, m.index, m[0], 'is this worth pursuing') + m[0].slice(inOr[0].length);
      }
      hits.push(h);
    });
    return hits;
  },
});
