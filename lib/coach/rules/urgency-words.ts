import { caseAt, matchCase } from '../casing';
import { defineRule, type Hit } from '../rule';
import { gated, patternOf, scan } from '../gated';
import { sentenceAt } from '../analyse';
import { inReplySubject, quotedMention } from '../quoted';
import type { Analysis } from '../types';

// regexes used inside functions, compiled once at module load
const R1 = /’/g;
const R2 = /^urgent$/;
const R3 = /^time[- ]sensitive$/;
const R4 = /wait|delay|no time/;
const R5 = /^urgent:?$/i;

const G = gated('urgency-words', [
  [
    // "a.s.a.p." ends in the word "p"; "no time to lose" holds "lose"
    'asap p possible urgent urgently sensitive wait delay lose waste',
    "\\b(?:asap|a\\.s\\.a\\.p\\.?|as soon as (?:possible|humanly possible)|urgent(?:ly)?|time[- ]sensitive|(?:this|it) (?:really )?(?:can't|cannot) wait(?: any longer)?|(?:we|i) (?:really |simply )?(?:can't|cannot) wait any longer(?= *(?:[.!;]|$| for (?:your|a|an) (?:reply|answer|decision|response|confirmation)))|don't delay|no time to (?:lose|waste))(?![\\w-])",
  ],
  [
    'immediately right once delay straight pronto',
    '\\b(?:immediately|right away|at once|without delay|straight away|pronto|right now)\\b',
  ],
  // advice to hurry (round 5, dev 5): "I wouldn't wait", "best to lock it in now"
  [
    'wouldnt would id & wait sit hold leave',
    "\\bi(?:'d not| (?:really |honestly |genuinely |personally )?(?:wouldn't|would not)) (?:wait|sit on (?:it|this|that)|hold off|leave it)(?: (?:too |very )?long)?\\b",
  ],
  [
    'suggest recommend advise & waiting sitting holding',
    "\\b(?:i'd|i would) (?:suggest|recommend|advise) (?:not|against) (?:waiting|sitting on|holding off)\\b",
  ],
  [
    'best better wise smart & now today quickly soon',
    '\\b(?:best|better|wise|smart) to (?:(?:lock|grab|secure|book|sign|confirm|move)(?: (?:it|this|that|them))?|get (?:the|your|an) order)(?: in)? (?:now|today|quickly|soon)\\b',
  ],
  // session 27 (dev 13): "so worth deciding before the weekend", after a price that ends (not the
  // question "Worth grabbing now?", which the rewrite cannot reword)
  [
    'so & now today tonight week weekend then goes ends expires deadline',
    '\\bso (?:worth|best|better|wise) (?:deciding|ordering|signing|booking|locking (?:it |this )?in|getting (?:it|this|the order|your order) in|grabbing|confirming) (?:now|today|tonight|this week|before (?:the weekend|then|it (?:goes|ends|expires)|the deadline))\\b',
  ],
  // session 36 (dev 20): "if you're leaning our way it might be worth confirming this week" (not
  // "if you're keen", friendly advice: review of session 36)
  [
    'leaning & worth wise best smart',
    "\\bif you(?:'re| are) leaning\\b[^.?!]{0,30}?\\b(?:it )?(?:might|may|would|could|will) be (?:worth|wise|best|smart) (?:deciding|ordering|signing|booking|locking (?:it |this )?in|getting (?:it|this|the order|your order) in|grabbing|confirming|committing) (?:now|today|tonight|this week|before (?:the weekend|then|it (?:goes|ends|expires)|the deadline|the \\d+(?:st|nd|rd|th)?))\\b",
  ],
  ['urge', "\\b(?:(?:i|we)'d|(?:i|we) would) (?:strongly |really )?urge you to\\b"],
  [
    'wont wait sit & long longer',
    "\\bwon't (?:stay|be) (?:free|available|open|around|on the market) (?:for )?(?:long|much longer)\\b|\\b(?:don't|do not) (?:wait|sit on (?:it|this)) (?:too |very )?long\\b",
  ],
  [
    'move & now quickly fast',
    "\\bi(?:'d| would) move (?:now|quickly|fast)\\b(?! to (?:replace|fix|repair|refund|sort|resolve|help|swap|put (?:it|this|things) right|make (?:it|this|things) right)\\b)|\\bwe(?:'d| would) move (?:now|quickly|fast) if you\\b",
  ],
  // session 7 (stock drafts)
  // (session 33, dev 16: "Clock's ticking on this one")
  ['clock', "\\b(?:the )?clock(?:'s| is) (?:(?!not\\b)\\w+ ){0,2}?(?:ticking|running)\\b"],
  // session 29 (dev 14): "If you want the other, now's the moment."
  [
    'now',
    "(?<!\\bif you(?:'d like|'d want| would like| want| have)(?: any)? (?:changes|edits|tweaks|questions|feedback|corrections|amendments)\\b[^.?!]{0,20}?)\\bnow(?:'s| is) (?:the (?:moment|time)|your (?:moment|chance))(?=\\s*(?:[.!;]|$)| to (?:lock|grab|book|sign|secure|buy|order|commit|act|jump|snap)\\b)",
  ],
  [
    'faster quicker & expected',
    '\\b(?:going|selling|filling up|moving) (?:faster|quicker) than (?:we|i|they|anyone|the \\w+) expected\\b',
  ],
]);
/** Index of the first advice-to-hurry pattern in G: no rewording (the rewrite cuts the clause). */
const HURRY = patternOf(G, "I wouldn't wait");
/** Waiting on a fix for something of theirs: advice about a repair, not a sale. */
const FIX_AFTER =
  /^ (?:on|for|with|to (?:install|apply|run)) (?:the|this|that|your) (?:[\w-]+ ){0,2}?(?:update|patch|fix|repair|recall|replacement)\b(?! (?:to|of|on|for) (?:our|the|my|your) (?:pricing|prices?|rates?|offer|deal|plan|terms|contract)\b)/i;
/** Index of the "immediately" pattern in G: pressure only in a request. */
const CONDITIONAL = patternOf(G, 'immediately');
const REQUEST = /\b(?:please|you|your|me)\b/i;
/** The urgency is the reader's own: "You flagged the shipment as urgent", "you asked for it ASAP". */
const THEIRS =
  /\byou(?:['’]d| had)? (?:flagged|asked|said|mentioned|requested|wanted|needed|marked|called|told me)\b/i;
/** Session 29: "your team flagged the AV spec as urgent", "You wrote "ASAP"": in the same clause, before it. */
const THEIRS_BEFORE =
  /\b(?:you|your (?:[\w-]+ )?(?:team|office|assistant|colleagues?|manager|boss|message|email|note|brief|ticket|request))(?:['’]d| had| have)? (?:flagged|asked|said|requested|marked|called|wrote|noted)\b(?![^,;:]*\b(?:so|but|and)\b)[^,;:]*$/i;
/** "It's not urgent", "isn't time-sensitive": said to take the pressure off. */
const NOT_SO =
  /(?:(?<!\bif )\bnot|n['’]t|\bnever)(?: (?:at all|really|super|too|very|that|so|remotely|particularly|terribly|desperately))? $/i;
/** "…the last thing on your mind right now": their situation, not a deadline. */
const THEIR_STATE =
  /\b(?:mind|plate|desk|list|radar|agenda|busy|hectic|swamped|stretched) (?:\w+ )?$/i;
/** "if this isn't a priority right now": the way out, not a deadline. */
const IF_NOT = /\bif\b[^,;]*\b(?:not|isn't|aren't|wasn't|doesn't|don't)\b[^,;]*$/i;
/** "If anything urgent comes up", "For urgent claim questions, call Sam": their urgent matter. */
const ANY_URGENT = /\b(?:anything|something|nothing)(?: (?:else|truly|really))? $/i;
const FOR_URGENT = /\bfor $/i;
const MATTERS =
  /^(?: [\w-]+)?(?: [\w-]+)? (?:questions|matters|issues|enquiries|inquiries|requests|needs|cases|problems|queries)\b/i;
/** "…can help right away": what someone can do at once, not what the reader must. */
const CAN = /\b(?:can|could)\b/i;
/** Session 22 (dev 12): "there's nothing for you to do right now": no task at all. */
const NOTHING_TO_DO = /\bnothing (?:[\w-]+ ){0,3}?to do $/i;
/** "about 40 right now": a count as it stands, not a deadline. */
const COUNT_NOW = /(?:\b\d[\d,]*|\ba few|\bseveral)(?: [\w-]+){0,2} $/i;
const SELF_OFFER = /\b(?:i|we)(?:['’]ll| will| can| could| am going to|['’]m going to| shall)\b/i;

function soften(m: string): string | undefined {
  const l = m.toLowerCase().replace(R1, "'");
  if (R2.test(l)) return matchCase(m, 'important');
  if (R3.test(l)) return matchCase(m, 'timely');
  if (R4.test(l)) return undefined;
  return matchCase(m, 'when you can');
}

/**
 * "URGENT recall notice", "urgent security advisory", "an urgent patch" (session 27): a real alert
 * or a repair for the reader, not pressure.
 */
const ALERT =
  /^:? (?:(?:safety|product|security|service|firmware|software) )?(?:recall|outage|breach|incident|vulnerability|advisory|patch|fix|repair|maintenance)\b/i;

/** Session 16 (dev 11): "the attendance-reporting issue has become urgent": a problem's state. */
const PROBLEM_IS =
  /\b(?:issue|problem|matter|situation|outage|leak|fault|backlog|shortage|gap)s? (?:has |had |have )?(?:become|became|is|was|are|were|got|gotten|grown|turned) (?:\w+ )?$/i;
/** Session 16 (dev 11): "I ... immediately thought of your grain bowls": my thought, not their hurry. */
const MY_THOUGHT =
  /^ (?:thought|think|thinking|reminded|recogni[sz]ed|knew|realised|realized|noticed|saw|pictured|felt)\b/i;

/**
 * Session 17 (real phone offers): the writer's own readiness, "I can pick the phone up ASAP", "I
 * have $115 cash in hand right now": what I can do at once, not what the reader must. A clause that
 * asks for something of theirs ("we will need your answer ASAP") is still pressure.
 */
const MY_READINESS =
  /\b(?:(?:i|we)(?:['’]ll| will| can| could| am willing to|['’]m willing to| am ready to|['’]m ready to| am happy to|['’]d be happy to| plan to| hope to| expect to)|(?:i|we) (?:have|['’]ve got|have got)(?! to\b))(?!['’]t|n['’]t| not)\b(?![^,;]*\b(?:need|needs|want|wants|expect\w*|require|must|have to|hear|please|if|unless|your (?:answer|reply|response|decision|signature|confirmation)|you (?:to|reply|respond|sign|confirm|decide|answer|get back|let me know))\b)[^,;]*$/i;

/** "anything urgent", "for urgent claim questions", an urgent recall: the reader's own matter. */
function theirUrgent(a: Analysis, at: number, length: number): boolean {
  const before = a.body.slice(Math.max(0, at - 30), at);
  if (ANY_URGENT.test(before) || PROBLEM_IS.test(before)) return true;
  if (ALERT.test(a.body.slice(at + length, at + length + 30))) return true;
  return FOR_URGENT.test(before) && MATTERS.test(a.body.slice(at + length, at + length + 40));
}

/** ASAP, urgent, immediately: pressure words. */
export const urgencyWords = defineRule({
  id: 'urgency-words',
  category: 'pushy',
  weight: 15,
  principle: 'P1',
  explanation:
    '"ASAP", "urgent", "immediately" and "I wouldn\'t wait" put your deadline on the reader. Unless it truly is their emergency, it reads as pressure; "when you can" respects that they are busy.',
  message: 'Urgency word: your timeline pushed onto the reader.',
  patterns: G,
  find(a) {
    const hits: Hit[] = [];
    scan(a, G, (m, k) => {
      if (k < HURRY) {
        // the reader's own urgency, their words, "not urgent", or what I can do at once
        const s = sentenceAt(a, m.index);
        const before = s ? a.body.slice(s.start, m.index) : '';
        const word = m[0].toLowerCase();
        if (THEIRS.test(s?.text ?? '')) return;
        if (R2.test(word) && theirUrgent(a, m.index, m[0].length)) return;
        if (quotedMention(a.body, m.index, m.index + m[0].length)) return;
        // (session 30, dev 14) "Subject: Re: URGENT – cake delivery time": their subject
        if (inReplySubject(a.body, m.index)) return;
        if (THEIRS_BEFORE.test(before)) return;
        if (NOT_SO.test(a.body.slice(Math.max(0, m.index - 24), m.index))) return;
        if (!R2.test(word) && !R3.test(word) && MY_READINESS.test(before)) return;
      }
      if (k >= HURRY) {
        // (session 28) "I wouldn't wait on the firmware update; it fixes the overheating": a fix
        if (
          k === HURRY &&
          FIX_AFTER.test(a.body.slice(m.index + m[0].length, m.index + m[0].length + 60))
        )
          return;
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          message: 'Urging them to hurry: your timeline, not theirs.',
        });
        return;
      }
      if (k === CONDITIONAL) {
        const s = sentenceAt(a, m.index);
        if (!s || !REQUEST.test(s.text) || SELF_OFFER.test(s.text) || s.text.endsWith('?')) return;
        const before = a.body.slice(s.start, m.index);
        if (THEIR_STATE.test(before) || IF_NOT.test(before) || CAN.test(before)) return;
        if (m[0].toLowerCase() === 'right now' && COUNT_NOW.test(before)) return;
        if (NOTHING_TO_DO.test(before)) return;
        if (MY_THOUGHT.test(a.body.slice(m.index + m[0].length, m.index + m[0].length + 16)))
          return;
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          replacement: caseAt(a, m.index, m[0], 'when you can'),
        });
        return;
      }
      {
        const r = soften(m[0]);
        const h: Hit = { start: m.index, end: m.index + m[0].length };
        if (R5.test(m[0]) && a.body[m.index + m[0].length] === ':') {
          h.end++;
          h.replacement = '';
        } else if (r !== undefined) h.replacement = caseAt(a, m.index, m[0], r);
        hits.push(h);
      }
    });
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});
