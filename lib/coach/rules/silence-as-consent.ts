import { deadlinesOf } from '../deadline';
import { both, DAY, rx } from '../lexicon';
import { optOutIn, takesTheirs, UNLESS_CONSENT } from '../optout';
import { keepsProtected, protectedTokens } from '../protect';
import { IF_YOU, OTHERS_SILENCE, planOffer, SILENCE, whoActs } from '../silence-offer';
import { caseAt } from '../casing';
import { defineRule, type Hit } from '../rule';
import { gated, scan } from '../gated';
import { sentenceAt, sentenceIndexAt } from '../analyse';
import type { Analysis, Sentence } from '../types';

const NO_REPLY = gated('silence-as-consent/no-reply', [
  [
    'dont not cant cannot unless',
    "\\b(?:if (?:i|we) (?:don't|do not|can't|cannot) (?:hear|get|receive)(?: a)?(?: (?:back|from you|anything|a (?:reply|response)|reply|response|an answer))|if (?:you (?:don't|do not) (?:reply|respond|object|say otherwise|tell (?:me|us) otherwise|get back))|unless (?:(?:i|we) hear|you (?:tell|let) (?:me|us)|you say|you object|you (?:reply|respond)|otherwise))",
  ],
]);
/** A step of a plan made for the reader: "pencil you in", "list Harbour Print as a sponsor". */
const PLAN_STEP_WORDS = 'pencil confirm list include enter register';
const PLAN_STEP =
  "pencil|(?<!\\b(?:wanted|want|wanting|like|need|needed|trying|try|able) to )confirm|(?:list|include|enter|register)(?= (?:you|your|them)\\b| (?:[\\w&'-]+ ){1,3}as\\b)";
const PROCEED = rx(
  `\\b(?:i(?:'ll| will)|we(?:'ll| will)|i'm going to|we're going to)\\s+(?:(?:just|then|simply) )?(?:assume (?:that )?(?:you(?:'re| are)|we(?:'re| are)|it(?:'s| is)|all is|everything is) (?:happy|in|on board|ok|okay|fine|a yes|good|keen|interested|ready|all set|good to go|agreed|well|approved)|take (?:it|that|this|your silence) as|go ahead|proceed|move forward|book|send|schedule|invoice|charge|renew|sign|put|lock|reserve|process|draft|start|move|switch|transfer|migrate|bind|${PLAN_STEP}|have (?:legal|our team|the team)|get (?:legal|our team|the team))`,
  'i',
);
/** A day or a time, said in the few words before "works": "Thursday at 2pm", "the 14th". */
const WHEN_SAID = `[^.,;?!]{0,15}?\\b(?:${DAY}|tomorrow|next week|\\d{1,2}(?::\\d\\d)? ?(?:am|pm)|the \\d{1,2}(?:st|nd|rd|th)?)\\b[^.,;?!]{0,15}?`;

const RE = gated('silence-as-consent', [
  [
    'assume take',
    "\\b(?:(?:i|we)(?:'ll| will)|let (?:me|us)) (?:assume|take (?:it|that|this|your silence))(?: as a yes| as agreement| as consent| as approval| (?:that )?(?:you(?:'re| are)|we(?:'re| are)) (?:happy|in|on board|ok|okay|fine|good|keen|all set|good to go))",
  ],
  // session 29 (dev 14): "I'll assume Thursday at 2pm works for you and send the invite"
  [
    'assume assuming & works suits fine ok good',
    `\\b(?:(?:i|we)(?:'ll| will) (?:just )?assume|(?:i'm|we're|i am|we are) assuming) (?:that )?(?:(?!(?:the )?timing\\b)[^.,;?!]{1,30}? (?:works|suits) (?:for |with )?you|${WHEN_SAID}(?: (?:works|suits|is fine|is ok|is good)))\\b`,
  ],
  [
    'news reply response silence',
    '\\b(?:no news|no (?:reply|response)|silence) ?(?:is|means|equals|=) ?(?:good news|a yes|yes|consent|agreement|approval)\\b',
  ],
  [
    'take',
    "\\b(?:i|we) take it (?:that )?(?:you(?:'re| are)|we(?:'re| are)) (?:keen|in|happy|on board|interested|ok|fine|good|all set)\\b",
  ],
  [
    'otherwise',
    "\\b(?:since|as) (?:(?:i|we) haven't heard|you haven't (?:said|objected|replied)) otherwise\\b",
  ],
  // session 34 (dev 16): "I'll take it as a nod"; an order that starts by itself unless they stop it
  [
    'take',
    "\\b(?:i|we)(?:'ll| will) take (?:it|that|this|your silence|the quiet) as a (?:nod|green light|go-ahead|thumbs[- ]up)\\b(?![^.?!]*\\bas you (?:suggested|asked|requested|said)\\b)",
  ],
  [
    'automatically default & unless',
    '\\b(?:starts?|begins?|kicks? off|goes live|will start|will begin|commences?|is set up|will be set up) (?:automatically|by default)\\b[^.?!]{0,80}?\\bunless you (?:tell|let|object|stop|cancel|say|opt|contact)\\b',
  ],
  // session 7 (stock drafts): no "no" read as a yes
  [
    'say said',
    "\\b(?:since|as|because) you (?:didn't|did not|haven't|have not) (?:say|said) no\\b",
  ],
  [
    'assuming taking',
    "\\b(?:i(?:'m| am)|we(?:'re| are)) (?:assuming|taking it) (?:that )?(?:you(?:'re| are)|we(?:'re| are)) (?:interested|in|keen|happy|on board|ok|good|all set)\\b",
  ],
  // session 11 (dev 8): the same presumed acceptable; no objection heard, so we proceed
  [
    'presuming presume assuming assume',
    '\\b(?:presuming|presume|assuming|assume) (?:that )?(?:the same|this|that|it|everything|all) is (?:acceptable|fine|ok|okay|agreed|approved|in order)\\b',
  ],
  [
    'objection objections & plan proceed go start',
    both(
      "\\b(?:haven't|have not|hasn't|has not|not) (?:had|received|heard) any (?:objections?|pushback)\\b|\\bno objections? (?:from you|so far|received)\\b",
      "\\bso (?:we|i)(?:'ll| will| shall)? (?:plan on|proceed|go ahead|start)\\b",
    ),
  ],
  // session 35 (dev 19): "I'll take quiet from your side as a go-ahead", "No reply means Ruby's
  // in!", a stopped gift that "will start again from 1 March unless we hear from you"; not "I
  // won't take no reply as a yes", "no reply means the email bounced", a delivery that resumes
  // "as you chose"
  [
    'quiet silence news reply answer',
    "(?<!\\b(?:won't|will not|don't|do not|never|not|wouldn't) )\\btake (?:the )?(?:quiet|silence|no news|no reply|no answer)(?: from (?:your side|you|your end))? as (?:a |the )?(?:go-ahead|go ahead|yes|green light|nod|sign-off)\\b",
  ],
  [
    'reply answer response word & means',
    "\\bno (?:reply|answer|response|word)(?: from you)? means (?:(?:i|we)(?:'ll| will) (?:go ahead|proceed|book|send|charge|add|sign)|(?:it's )?a (?:yes|go)|yes|you(?:'re| are) (?:in|happy|fine|on board)|[\\w-]+(?:'s| is) in)\\b",
  ],
  [
    'gift donation subscription membership payment payments plan debit billing & unless',
    '\\b(?:gift|donation|subscription|membership|payments?|plan|debit|billing)\\b(?![^.?!]*\\bas you (?:chose|asked|requested)\\b)[^.?!]{0,80}?\\b(?:starts? again|restarts?|resumes?|reinstated?|re-?activated?)\\b[^.?!]{0,80}?\\bunless (?:we|i) hear from you\\b',
  ],
]);

/**
 * Going ahead, or reading it as a yes: "I consider it accepted", "I'll kick off the import"; not
 * an act ruled out ("no reply means no charge", session 36).
 */
const ACT = `\\b(?<!\\bno )(?:assume|assuming|suppose|consider|understand|presume|take (?:it|that|this|your silence)|taking (?:it|that|this) as|(?:tells|told) (?:me|us) (?:that )?you(?:'re| are) (?:in|happy|on board|keen|good|ok|okay|fine)|treat(?:ing|ed)?|count (?:it|that|you|this)|good to go|thumbs up|go ahead|proceed|proceeding on the (?:understanding|basis|assumption)|deemed|move forward|mobili[sz](?:e|ing)|book|send|schedule|kick off|start|put|throw|add(?:ed)?|upgrade|invoice|activate|forward|instruct|commence|initiated?|sign|renew|charge|process|lock|submit|run|release|ship|(?<!\\b(?:your|the|my|our|this|an) )order|launch|(?<!\\b(?:your|the|my|our|this|a) )file|accept|bind|switch|migrate|transfer|convert|enrol|enroll|set (?:up|you up)|let (?!me\\b|us\\b)(?:\\w+ ){0,3}know|told|keep (?:\\w+ ){0,3}?going|roll (?:you|your [\\w-]+(?: [\\w-]+)?|it|this|them) (?:over |on )?(?:into|onto|on to) (?:the |our |a )?(?:monthly|annual|yearly|paid|full|standard|next)|go (?:on|to) (?:the )?(?:press|printers?)|print|${PLAN_STEP})\\b`;
/**
 * Silence and action in one sentence, in any wording: "As I did not receive any remark, I consider
 * it accepted."
 */
const CONSENT = gated('silence-as-consent/cue', [
  [
    `not never no nobody without absence absent dont didnt doesnt havent hasnt silence otherwise contrary nothing tell stop hearing heard & print press taking treating treated tells assume assuming suppose consider understand presume take treat count good thumbs go proceed proceeding deemed mobilise mobilising mobilize mobilizing initiated added move book send schedule kick start put throw add upgrade invoice activate forward instruct commence initiate sign renew charge process lock submit run release ship order launch file accept bind switch migrate transfer convert enrol enroll set let told keep roll ${PLAN_STEP_WORDS}`,
    both(SILENCE, ACT, 120),
  ],
  ['silence', '\\btak(?:e|ing) (?:your |the |this )?silence as\\b'],
  // session 14 (dev 9): the quiet read as a go-ahead, in other verbs
  [
    'silence quiet quietness lack',
    '\\b(?:tak(?:e|en|ing)|took|read(?:ing)?|treat(?:ed|ing)?|count(?:ed|ing)?) (?:your|the|this|that) (?:silence|quiet|quietness|lack of (?:a )?(?:reply|response|objection))(?: \\w+)? as (?:a |an |the )?(?:yes|green light|go-ahead|go ahead|thumbs[- ]?up|approval|consent|agreement|sign-?off|ok|okay|confirmation|acceptance)\\b',
  ],
]);
/**
 * Not consent: no reply is asked for, or the silence is read as a no (the graceful close). (Session
 * 16, dev 11: "so no need to reply if you're happy with it" is the consent itself.)
 */
const NOT_CONSENT = new RegExp(
  `\\b(?:no (?:reply|response|answer) (?:needed|necessary|required)|(?:no need|don't need|do not need) to (?:reply|respond|answer))\\b${UNLESS_CONSENT}|\\bassume (?:that )?(?:the )?(?:timing|now|it's not|it isn't|you're not|you are not|this isn't|this is not)\\b|\\b(?:close the loop|stop (?:reaching|emailing|writing)|leave it there|won't (?:bother|follow|write))\\b|\\bas (?:a |an )?(?:sign|signal|hint) (?:that )?(?:the timing|now|it's not|it isn't|this isn't|this is not|you're not|you are not|it's a no)`,
  'i',
);

/** "If I don't hear otherwise I'll book the demo for Wednesday" -> "If it suits you, I can book…". */
const OFFER_INSTEAD =
  /^(?:so,? )?(?:if (?:i|we) (?:don't|do not) hear (?:otherwise|back|anything)|unless (?:i|we) hear otherwise|unless you (?:tell (?:me|us)|say) otherwise|if you don't (?:object|say otherwise|tell (?:me|us) otherwise)),? (?:i|we)(?:'ll| will|'m going to|'m gonna| am going to) (?:just |go ahead and |then )?(?!assume|take|consider|treat|understand)(.+?)([.!]*)$/i;

/** "I'll take your silence as a green light and release the order" -> "If it suits you, I can release…". */
const SILENCE_GO =
  /^(?:so,? )?(?:i|we)(?:'ll| will) take (?:your|the) silence as (?:a |the )?(?:green light|go-ahead|yes|thumbs up|sign-off|go) and (?!assume|take|consider|treat|understand)(.+?)([.!]*)$/i;
/** "haven't heard back, so we'll run the ads Monday" -> "if it suits you, I can run the ads Monday". */
const HEARD_SO =
  /\b(?:(?:i|we) )?(?:haven't|have not|didn't|did not) (?:heard|hear) (?:back|otherwise|anything)(?: [^,.;]{0,40}?)?,? so (?:i|we)(?:'ll| will) (?:just |go ahead and )?(?!assume|take|consider|treat|understand)(.+?)([.!]*)$/i;
/**
 * "I'll assume we're good and send it to accounts", "I'll treat no reply as approval and schedule
 * the visit": the reading of silence, then the plan.
 */
const ASSUME_AND =
  /\b(?:i|we)(?:'ll| will)(?: just| then)? (?:assume|take (?:it|that|this|your silence|the silence|no reply|no response)|treat (?:no reply|no response|your silence|silence|that)|consider (?:it|that|this))\b[^.;]*? and (?:then |just |go ahead and )?(?:(?:i|we)(?:'ll| will| can) )?(?!assume|take|consider|treat|understand)(.+?)([.!]*)$/i;
/** "I'll take it that you're happy with the plan and I can send the form": the plan, as a condition. */
const TAKE_IT =
  /\b(?:i|we)(?:'ll| will) take it (?:that )?(you(?:'re| are) [^,;]+?|(?:the|this|your|our|it) [^,;]*?(?:works|suits you|is fine|is okay|is ok|is good)(?: for you)?),? and (?:then )?(?:go ahead and |(?:i|we)(?:'ll| will| can) (?:go ahead and )?)(.+?)([.!]*)$/i;
/** "I'll assume Thursday at 2pm works for you and send the invite" (session 29): the same, asked. */
const ASSUME_WORKS =
  /\b(?:i|we)(?:'ll| will) (?:just )?assume (?:that )?((?!(?:the )?timing\b)[^.,;?!]{1,30}? (?:works|suits)(?: (?:for|with) you| you)?),? and (?:then |just |go ahead and )?(?:(?:i|we)(?:'ll| will| can) )?(?!assume|take|consider|treat|understand)([^.;?!]+?)([.!]*)$/i;
/** "I'll assume Tuesday works." -> "Does Tuesday work for you?" */
const ASSUME_ONLY =
  /\b(?:i|we)(?:'ll| will) (?:just )?assume (?:that )?((?!(?:the )?timing\b)[^.,;?!]{1,30}?) (works|suits)(?: (?:for|with) you| you)?[.!]*$/i;
/** "I'll list your home at $689k on Thursday unless you tell me to hold off" (session 31): the plan first. */
const PLAN_UNLESS =
  /^(?:so,? )?((?:i|we)(?:'ll| will)) (?:just |go ahead and |then )?(?!assume|take|consider|treat|understand)(.+?),? unless (?:you (?:tell (?:me|us)(?: to (?:hold off|stop|wait))?(?: otherwise)?|say otherwise|object|let (?:me|us) know otherwise)|(?:i|we) hear otherwise)([.!]*)$/i;
/** "Since I haven't heard any objections, I'll take it…": the silence it rests on goes too. */
const SINCE_SILENT = /^(?:since|as|because|given that) [^,]+,\s*$/i;
const OTHERWISE = /\botherwise\b/i;
const APOSTROPHE = /’/g;

/**
 * Silence read as a yes, turned into an offer that keeps the plan and its details: the span from
 * where the condition starts to the end of the sentence, and its replacement.
 */
function offerIn(a: Analysis, s: Sentence): Hit | undefined {
  const text = s.text.replace(APOSTROPHE, "'");
  const only = ASSUME_ONLY.exec(text);
  if (only) {
    const start = s.start + only.index;
    const verb = only[2]!.toLowerCase() === 'works' ? 'work for' : 'suit';
    return {
      start,
      end: s.end,
      replacement: caseAt(a, start, only[0], `does ${only[1]} ${verb} you?`),
    };
  }
  const taken = TAKE_IT.exec(text) ?? ASSUME_WORKS.exec(text);
  if (taken) {
    // "I'll take it that you're happy with X and I can Y" -> "If you're happy with X, I can Y"
    const start = SINCE_SILENT.test(text.slice(0, taken.index)) ? s.start : s.start + taken.index;
    return {
      start,
      end: s.end,
      replacement: caseAt(
        a,
        start,
        taken[0],
        `if ${taken[1]}, ${whoActs(taken[0])} can ${taken[2]}${taken[3] || '.'}`,
      ),
    };
  }
  const first = PLAN_UNLESS.exec(text);
  if (first && !takesTheirs(first[2]!)) {
    const start = s.start + first.index;
    const offer = {
      start,
      end: s.end,
      replacement: caseAt(
        a,
        start,
        first[0],
        `if it suits you, ${whoActs(first[1]!)} can ${first[2]}${first[3] || '.'}`,
      ),
    };
    if (keepsProtected(a.body.slice(start, s.end), offer.replacement)) return offer;
  }
  for (const re of [OFFER_INSTEAD, SILENCE_GO, HEARD_SO, ASSUME_AND]) {
    const m = re.exec(text);
    // ("…, so I'll give your slot to the next client" is a threat, not a plan to offer)
    if (!m || takesTheirs(m[1]!)) continue;
    const start = re === ASSUME_AND ? s.start : s.start + m.index;
    const offer = {
      start,
      end: s.end,
      replacement: caseAt(
        a,
        start,
        m[0],
        `if it suits you, ${whoActs(m[0].slice(0, m[0].length - m[1]!.length))} can ${m[1]}${dateOf(a, s, start, s.start + m.index + m[0].length - m[2]!.length - m[1]!.length, m[1]!)}${m[2] || '.'}`,
      ),
    };
    // what the reading of silence names ("the draft for Orbit Labs") must not go with it
    if (keepsProtected(a.body.slice(start, s.end), offer.replacement)) return offer;
  }
  return planOffer(a, s);
}

/**
 * The deadline of the condition an offer drops ("by Monday"), to keep the date with the plan; ''
 * when the plan (starting at text offset planStart) already holds it or there is none.
 */
function dateOf(a: Analysis, s: Sentence, start: number, planStart: number, plan: string): string {
  const d = deadlinesOf(a)[sentenceIndexAt(a, s.start)];
  if (d === undefined || d.start < start) return '';
  const when = a.body.slice(d.start, d.end);
  return d.start >= planStart || plan.includes(when) ? '' : ` ${when}`;
}

/** The silence is someone else's ("Since we haven't heard otherwise from the building manager"). */
const othersSilence = (s: Sentence): boolean => OTHERS_SILENCE.test(s.text) && !IF_YOU.test(s.text);

/** Treating silence as a yes: "If I don't hear back, I'll send the contract". */
export const silenceAsConsent = defineRule({
  id: 'silence-as-consent',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Reading silence as agreement ("unless I hear otherwise, I\'ll send the contract") assumes all is well and corners the reader. If you close on silence, close gracefully: assume the timing is wrong, not that they said yes.',
  message: 'Silence taken as a yes.',
  patterns: { ...RE, groups: { ...RE.groups, ...NO_REPLY.groups, ...CONSENT.groups } },
  find(a) {
    const hits: Hit[] = [];
    let last = -1;
    scan(a, NO_REPLY, (m) => {
      const s = sentenceAt(a, m.index);
      if (!s || s.start === last) return;
      if (!PROCEED.test(s.text) || othersSilence(s)) return;
      // the silence read as a no ("so I'll take it that this is not a priority"): graceful
      if (optOutIn(a, s)) return;
      last = s.start;
      // keep the condition (and its date), close gracefully instead of proceeding: the condition
      // ends at its comma, or where "I'll ..." starts when there is none
      const from = m.index - s.start;
      const comma = s.text.indexOf(',', from);
      PROCEED.lastIndex = 0;
      const proceed = PROCEED.exec(s.text.slice(from));
      const cut =
        comma > from && (!proceed || comma < from + proceed.index)
          ? comma
          : proceed
            ? from + proceed.index
            : -1;
      const h: Hit = { start: s.start, end: s.end };
      const condition = cut > 0 ? s.text.slice(0, cut).trimEnd() : '';
      // "unless you tell me otherwise, I'll bind the policy effective June 1": an offer keeps the
      // plan; "if I don't hear back, I'll send the contract": a graceful close keeps the date
      const offer = offerIn(a, s);
      const consequence = s.text.slice(Math.max(cut, 0));
      if (offer && (OTHERWISE.test(condition) || protectedTokens(consequence).length > 0)) {
        hits.push(offer);
        return;
      }
      if (condition)
        h.replacement = `${condition}, ${whoActs(s.text)}'ll assume the timing isn't right.`;
      hits.push(h);
    });
    scan(a, RE, (m) => {
      const at = m.index;
      if (hits.some((h) => at >= h.start && at < h.end)) return;
      // "I'll assume we're good and send it to accounts": the plan, offered
      const s = sentenceAt(a, at);
      if (s && (optOutIn(a, s) || othersSilence(s))) return;
      const offer = s ? offerIn(a, s) : undefined;
      hits.push(offer && offer.start <= at ? offer : { start: at, end: at + m[0].length });
    });
    scan(a, CONSENT, (m) => {
      const at = m.index;
      const end = at + m[0].length;
      if (hits.some((h) => at < h.end && end > h.start)) return;
      const s = sentenceAt(a, at);
      if (s && (NOT_CONSENT.test(s.text) || optOutIn(a, s) || othersSilence(s))) return;
      const offer = s ? offerIn(a, s) : undefined;
      if (offer && offer.start <= at) {
        hits.push(offer);
        return;
      }
      hits.push({ start: at, end });
    });
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});
