import { PRESUMPTIVE_CUES } from '../cues/presumptive-close';
import { rx } from '../lexicon';
import { caseAt, matchCase } from '../casing';
import { defineRule, type Hit } from '../rule';
import { eachMatch, gated, needing, patternOf, scan } from '../gated';
import { sentenceAt } from '../analyse';
import { AGREED, theySaidYes } from '../their-yes';
import type { Sentence } from '../types';

// regexes used inside functions, compiled once at module load
const R1 =
  /\b(?:call|meeting|time|slot|invite|invitation|calendar|kick-?off|demo|session|contract|agreement|paperwork|order|invoice|seats?|spots?|onboarding|us|you|renewal|po\b|purchase order|docusign|signature)\b/i;
const R2 = /’/g;
const R3 = /^(?:when|once|after|as soon as) (?!(?:should|can|will|do) (?:i|we) )/;
const R4 = /^(?:i|we)(?:'ll| will| am going to|'m going to|'re going to) /;
const R5 = /^(I|We|i|we)(?:['’]ll| will|['’]m going to|['’]re going to) (\w+(?: up)?)/;
const R6 = /^welcome /;
const R7 = /^looking forward to /;
const R8 = /^(looking forward to) .*/i;
const R9 = /gone ahead and$/;
const R10 = /(?:['’]ve| have) (?:already |just )?gone ahead and$/i;
/** "We've taken the liberty of booking…" -> "We'd suggest booking…": the same plan, as an offer. */
const LIBERTY = /^(i|we)(?:'ve| have) taken the liberty of$/;
/** "all that remains is for you to sign" -> "when you're ready, you can sign". */
const REMAINS =
  /^all (?:that )?(?:remains|is left|that's left|you need to do)(?: now)? is (?:for you )?to (\w+)$/;
const R11 = /^booked/i;
const R12 = /^scheduled/i;
const R13 = /^reserved/i;
const R14 = /^blocked/i;
const R15 = /^penc?ill?ed/i;
const R16 = /^put/i;
const R17 = /^added/i;
const R18 = /^sent/i;
const R19 = /^set up/i;
const R20 = /^locked/i;
const R21 = /^signed/i;
const R22 = /^registered/i;
const R23 = /^enrolled/i;
const R24 = /^drawn/i;
const R25 = /^prepared/i;
const R26 = /^started/i;
const R27 = /^asked/i;
const R28 = /^\w+/;
const R29 = /^\w+(?:['’]ve| have) (?:already |just |now )?(?:gone ahead and )?/i;

const BOOKED = needing(
  rx(
    "\\b(?:i|we)(?:'ve| have) (?:already |just |now )?(?:gone ahead and )?(?:booked|scheduled|reserved|blocked(?: out| off)?|put|penciled|pencilled|added|sent(?: over)?(?: you)?|set up|locked in|signed you up|registered you|enrolled you|drawn up|prepared|started|asked (?:our |my )?(?:[\\w-]+ )?(?:team|legal|lawyers|finance|engineers?|onboarding|provisioning|ops|operations|warehouse|logistics) to (?:prepare|draft|draw up|send|start|begin|reserve|set up|provision|book|ship|order|allocate|map|migrate|schedule))\\b",
  ),
);
const OBJECT = R1;
const RE = gated('presumptive-close', [
  ['gone', "\\b(?:i|we)(?:'ve| have) (?:already |just )?gone ahead and\\b"],
  [
    'contract agreement paperwork order invoice po purchase docusign msa sow terms signature renewal',
    "\\b(?:i'll|i will|i'm going to|we'll|we will|we're going to|i'm|we're) (?:send|sending|draw up|drawing up|prepare|preparing|forward|email|issue|get|have|put together) (?:over |out |you |across )?(?:the |your |our |a |an )?(?:first |initial |deposit )?(?:contract|agreement|paperwork|order form|invoice|po|purchase order|docusign|msa|sow|terms|signature page|renewal invoice)\\b",
  ],
  [
    'start begin kick onboard live started sign signed board customer client partner together roll running',
    // (not their own project: "when you start hiring those 15 reps")
    '\\b(?:when|once|after|as soon as) (?:we|you) (?:start|begin|kick off|onboard|go live|get started|sign|signed|sign up|come on board|become (?:a |our )?(?:customer|client|partner)|are (?:on board|live|up and running|a customer)|work together|partner|roll (?:it|this) out)\\b(?! (?:hiring|recruiting|planning|looking|thinking|building|growing|scaling|expanding|evaluating|budgeting|your own)\\b)',
  ],
  ['welcome', '\\bwelcome (?:aboard|on board|to the (?:family|team|club))\\b'],
  [
    'looking',
    '\\blooking forward to (?:working together|our work together|our partnership|partnering|having you on board|getting started|onboarding you|kicking off|welcoming you)\\b',
  ],
  [
    'scheduled booked set ready reserved blocked confirmed prepared drafted',
    '\\byour (?:onboarding|kick-?off|implementation|account|seats?|licen[cs]es?|welcome pack|contract|order)\\b[^.?!]{0,30}\\b(?:is|are|has been|have been|will be) (?:already )?(?:scheduled|booked|set|ready|reserved|blocked|confirmed|prepared|drafted)\\b',
  ],
  [
    'blocked booked scheduled reserved pencilled penciled',
    "\\b(?:has|have|'s|'ve) (?:already )?(?:blocked|booked|scheduled|reserved|pencilled|penciled) (?:your|you|us)\\b",
  ],
  ['out', "\\b(?:will|'ll) go out (?:once|when|as soon as) your\\b"],
  [
    'put pencil sign mark',
    "\\b(?:i'll|i will|we'll|we will|let me) (?:put|pencil|sign|mark) you (?:down|in)\\b",
  ],
  ['liberty', "\\b(?:i|we)(?:'ve| have) taken the liberty of\\b"],
  [
    'remains left',
    "\\ball (?:that )?(?:remains|is left|that's left|you need to do)(?: now)? is (?:for you )?to (?:sign|pay|confirm|approve|countersign)\\b",
  ],
  [
    'coming heading way',
    '\\b(?:contract|agreement|paperwork|invoice|order form) (?:is )?(?:coming|heading|on its way) (?:over|your way|to you)\\b',
  ],
  [
    'card payment',
    '\\b(?:pop|put|enter|add|drop) in your (?:card|credit card|card details|payment details)\\b',
  ],
  [
    'contract agreement paperwork order',
    '\\bthe (?:contract|agreement|paperwork|order form) (?:is|will be) (?:ready|on its way|coming)\\b',
  ],
  ...PRESUMPTIVE_CUES,
  // dev 7: the setup already done for them, in a draft that also asks for the signature (see
  // SIGNATURE): "our scheduler has already allocated your site… once you return the signed copy"
  [
    'allocated assigned scheduled created issued converted prepared reserved booked informed instructed asked welcome',
    "\\b(?:(?:we|i)(?:'ve| have)? (?:already |now |just )?(?:allocated|assigned|scheduled|created|issued|set up|reserved|booked|informed|instructed|asked) (?:your|our)\\b|(?:i|we)(?:'ve| have)? prepared (?:already|now)\\b|(?:has|have) (?:already )?(?:allocated|assigned|scheduled|reserved|booked) your\\b|has been converted to a (?:firm|confirmed)\\b|(?:we are|we're) (?:delighted|pleased|thrilled|happy) to welcome (?:\\S+ ){1,4}as (?:a|our) (?:new )?(?:client|customer|partner)\\b)",
  ],
  // session 25: the order already under way, in a draft that also asks for the money or the
  // signature (see PAYMENT): "I've booked the photographer for Thursday… could you have the key
  // under the mat", "your espresso machine ships Monday… just need a delivery address"
  [
    'booked scheduled reserved lined allocated blocked hold added informed asked started',
    "\\b(?:i|we)(?:'ve| have) (?:already |now |just )?(?:booked|scheduled|reserved|lined up|allocated|blocked out|put a hold on|added [\\w' ]{1,40}? to (?:our|the) (?:\\w+ )?(?:route|schedule|calendar|roster|system)|informed our|asked our (?:\\w+ ){0,2}to(?! (?:reissue|resend|re-send|correct|fix|refund|credit|amend|update|cancel)\\b)|started (?:setting up|pulling|preparing|production|work on))\\b",
  ],
  [
    'already',
    '\\b(?:i|we) (?:have )?already (?:booked|informed|started|prepared|scheduled|reserved|ordered|start)\\b',
  ],
  [
    'preparing producing printing',
    "\\b(?:we're|we are|i'm|i am) (?:already )?(?:preparing|producing|printing) (?:the|your)\\b(?! (?:quote|proposal|samples?|estimate|options?|figures)\\b)",
  ],
  ['being', '\\b(?:is|are) (?:now )?being (?:prepared|produced|printed|packed)\\b'],
  [
    'ships arrives arrive',
    '(?<!\\b(?:could|can|may|might|will|would|should|to) )\\b(?:ships|arrives?) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week)\\b',
  ],
  // session 29 (dev 14): the work started on a quote ("I'll be round Thursday about 8 to make a
  // start"), with the invoice asked for (UNDER_WAY)
  [
    'start',
    "\\b(?:i'll|i will|we'll|we will) (?:(?:be|pop|come|swing) (?:round|over|by|there|on site) [^.?!,]{0,30}?to |(?:just |then )?)make a start\\b",
  ],
  [
    'set',
    "\\b(?:i|we)(?:'ve| have) (?:already |just |now )?set you up (?:on|with|for) (?:a|an|the|our|your) (?:[\\w-]+ ){0,2}?(?:standing order|subscription|plan|contract|package|membership|retainer|repeat order|regular order)\\b",
  ],
  ['confirm', '\\b(?:delighted|pleased|happy|thrilled|excited) to confirm you as (?:our|the|a)\\b'],
  [
    'expect receive',
    '\\bwhen (?:should|can|will|do) (?:i|we) (?:expect|receive|get) (?:the|my|your|our) (?:contract|offer letter|agreement|paperwork|po|purchase order|signed (?:contract|agreement))\\b',
  ],
  [
    'yard site dock premises warehouse',
    '\\bwill be (?:at|on) your (?:[\\w-]+ ){0,2}(?:yard|site|dock|premises|warehouse)\\b',
  ],
]);
const SETUP_DONE = patternOf(RE, 'we have already allocated your');
/** Work on their order already under way: presumptive only in a draft that asks for payment. */
const UNDER_WAY = new Set(
  [
    "I've booked",
    'we already start',
    "we're preparing the",
    'is now being prepared',
    'ships Monday',
    'will be at your Leicester yard',
    "I'll make a start",
  ].map((example) => patternOf(RE, example)),
);
const PAPERWORK_FOLLOWS = patternOf(RE, 'contract follows');
const WILL_SEND = patternOf(RE, "I'll send the contract");
/**
 * (session 35) The paperwork offered on the reader's yes, said before it: "If you're happy with it,
 * I'll send the contract", "once your legal team approves, we'll send the agreement", "if that
 * works for you". Not their silence ("if you don't object"), which is the consent rule's.
 */
const THEIR_CONDITION = rx(
  [
    '^(?:(?:and|so|then|but),? )?(?:if|once|when|whenever|as soon as|provided(?: that)?) (?:',
    // their readiness or their yes: "if you're happy with it", "once you've had a look"
    "you(?:'re| are) (?:(?!not\\b|never\\b|cannot\\b|\\w+n't\\b|\\w+nt\\b)\\w+ )?(?:ready|happy|comfortable|keen|interested|good to go|on board|ok|okay|fine with|set)",
    "|you(?:'ve| have) (?:(?!not\\b|never\\b|cannot\\b|\\w+n't\\b|\\w+nt\\b)\\w+ )?(?:had a (?:look|chance|read)|reviewed it|approved|agreed|decided|confirmed|signed off|chosen|picked)",
    "|you(?:'d| would) like|you (?:(?!not\\b|never\\b|cannot\\b|\\w+n't\\b|\\w+nt\\b)\\w+ )?(?:approve|agree|decide|confirm|want|would like|'d like|like|prefer|choose|pick|return|send (?:back|over)|sign|countersign|accept|give (?:us |me )?the (?:go-ahead|green light|nod)|say (?:yes|the word|go)|let (?:me|us) know)",
    // their side's approval: "once your legal team signs off"
    '|your (?:[\\w-]+ ){0,2}?(?:team|side|board|legal|finance|procurement|manager|boss|ceo|cfo|director|lawyers?) (?:\\w+ )?(?:approves?|approved|signs? off|signed off|agrees?|agreed|confirms?|confirmed|is happy|are happy|gives? (?:the )?(?:go-ahead|green light|nod))',
    // "if that works for you"
    '|(?:that|this|it|the (?:draft|proposal|quote|plan)) (?:works|suits|sounds good|looks good|helps)',
    // and nothing after it but the rest of that clause: not "…, just say; otherwise I'll send"
    ')\\b(?![^.;!?]*\\b(?:otherwise|if not|either way|anyway|regardless|even if|or else)\\b)[^;:!?]*$',
  ].join(''),
  'i',
);
/** The rest of an aside: to its closing bracket, or to the line's end if it never closes. */
const ASIDE_END = /^[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)?/;
/** "If the pilot goes well, the contract will follow": on a condition, not presumed. */
const ON_CONDITION = /\b(?:if|once|when|after|as soon as|assuming|provided)\b/i;
/** A request for the signature or the payment details: with SETUP_DONE, the deal taken as done. */
const SIGNATURE =
  /\b(?:sign(?:ed|ing)?(?: and return)?|signature|countersign\w*|direct debit|purchase order|billing contact)\b/i;
/** The money asked for: with UNDER_WAY, the order taken as given ("the invoice for the deposit"). */
const PAYMENT =
  /(?<!\b(?:no|without|free of) (?:\w+ )?)\b(?:invoice|deposit|pro ?forma|retainer|billing (?:contact|details|address|info)|fiscal data|po number|purchase order|credit (?:form|application)|fein|sign (?:on )?(?:p\.|page)|(?:counter)?signature)\b/i;

/** "We look forward to welcoming Parrot Freight as a client" -> "…would be glad to work with…". */
const WELCOMING =
  /^(?:look(?:ing)? forward to|can't wait to) (?:welcoming|having|have|onboarding) (.+?) (?:on ?board|as (?:a |our )?(?:client|customer|partner))$/i;
/**
 * A hold offered back: "a tentative press slot, which I'll release without any fuss if your plans
 * change". Held for them on their terms, not a deal presumed.
 */
const RELEASED =
  /\b(?:release|cancel|drop|free up|let go of)\b[^.?!]{0,40}?\bif (?:your |the |our )?(?:plans?|timing|dates?|needs) (?:change|changes|shift|shifts)\b|\bif (?:it|that|this|the date|the slot) (?:doesn't|does not|won't|doesn’t|won’t) (?:work|suit)\b/i;
const heldOnTheirTerms = (s: Sentence | undefined): boolean =>
  s !== undefined && (AGREED.test(s.text) || RELEASED.test(s.text));
/** Work on a document ("I've put the steps into a timeline") presumes nothing without a deal object. */
const DOCUMENT_VERB = /(?:put|sent(?: over)?(?: you)?|prepared|drawn up|started|added)$/i;
/** The deal object right after the verb: "sent you the contract", "put you down for", "prepared the order form". */
const DEAL_OBJECT =
  /^ (?:(?:you|us) (?:down|in)\b|(?:over )?(?:you )?(?:the |a |an |your |our )?(?:[\w-]+ )?(?:contract|agreement|paperwork|order|invoice|po|purchase order|docusign|signature|onboarding|kick-?off|seats?|spots?|slot|renewal|invite|invitation|calendar|call|meeting|demo|session|hold)\b)/i;
/** "I've already set up your workspace" -> "I could set up your workspace": the same, offered. */
const DONE_FOR_THEM =
  /^(i|we)(?:'ve| have)? (?:already |just )?(added|registered|enrolled|set up|spun up|created|activated|provisioned|arranged|filled in|pre-?filled|completed|migrated|upgraded|ordered|processed|issued|generated)\b/i;
const BASE_OF: Record<string, string> = {
  'spun up': 'spin up',
  created: 'create',
  activated: 'activate',
  provisioned: 'provision',
  arranged: 'arrange',
  'filled in': 'fill in',
  prefilled: 'prefill',
  'pre-filled': 'pre-fill',
  completed: 'complete',
  migrated: 'migrate',
  upgraded: 'upgrade',
  ordered: 'order',
  processed: 'process',
  issued: 'issue',
  generated: 'generate',
};
/** "went ahead and put you down" -> "happy to put you down". */
const WENT_AHEAD = /^went ahead and (\w+)$/i;
const SUBJECT_BEFORE = /\b(?:i|we)\s+$/i;
const HAPPY_TO = /^happy to /i;
/** Verbs whose past is their base form. */
const SAME_BASE = /^(?:put|set|cut|let)$/;
const PUT_DOWN = /^put you (?:down|up|in) for$/;
/** "…set up your workspace and migrated your contacts": a second past verb the offer would strand. */
const AND_DONE = /^[^.?!]*?\band (?:\w+ )?\w+ed\b/i;

/** "Calendar invite is on its way for Thursday, see you there": the meeting they never agreed to. */
const INVITE_ON_ITS_WAY =
  /^(?:(?:the|an?|your|my) )?((?:calendar |meeting )?)invite(?:'s| is) on its way\b([^.?!]{0,60}?),? see you (?:there|then|on \w+)$/i;

/** "I'm putting you down for the annual plan" -> "I could put you down for the annual plan". */
const DOING_FOR_THEM =
  /^(i|we)(?:'m| am|'re| are) (putting|booking|adding|signing|registering|enrolling|scheduling|reserving|pencilling|penciling|setting)\b/i;
const BASE_OF_DOING: Record<string, string> = {
  putting: 'put',
  booking: 'book',
  adding: 'add',
  signing: 'sign',
  registering: 'register',
  enrolling: 'enrol',
  scheduling: 'schedule',
  reserving: 'reserve',
  pencilling: 'pencil',
  penciling: 'pencil',
  setting: 'set',
};

function soften(m: string): string | undefined {
  const l = m.toLowerCase().replace(R2, "'");
  const doing = DOING_FOR_THEM.exec(m.replace(R2, "'"));
  if (doing)
    return `${doing[1]!} could ${BASE_OF_DOING[doing[2]!.toLowerCase()]!}${m.slice(doing[0].length)}`;
  const invite = INVITE_ON_ITS_WAY.exec(m.replace(R2, "'"));
  if (invite) {
    const kind = invite[1]!.toLowerCase();
    return `I can send ${kind ? 'a' : 'an'} ${kind}invite${invite[2]!} if that suits you`;
  }
  const welcoming = WELCOMING.exec(m.replace(R2, "'"));
  if (welcoming) return `would be glad to work with ${welcoming[1]}`;
  const done = DONE_FOR_THEM.exec(l);
  if (done) {
    const verb = done[2]!;
    const base = BASE_OF[verb] ?? baseForm(verb);
    if (base !== verb || SAME_BASE.test(verb.split(' ')[0]!))
      return `${m.slice(0, done[1]!.length)} could ${base}${m.slice(done[0].length)}`;
  }
  // "Put you down for the starter box" -> "Happy to put you down for the starter box"
  if (PUT_DOWN.test(l)) return `happy to ${l}`;
  const went = WENT_AHEAD.exec(l);
  if (went) {
    const base = baseForm(went[1]!);
    return base === went[1] && !SAME_BASE.test(base) ? undefined : `happy to ${base}`;
  }
  const first = R3.exec(l);
  if (first) return matchCase(m, 'if ' + m.slice(first[0].length));
  if (R4.test(l)) {
    return m.replace(R5, (_x, who: string, verb: string) => `${who} can ${verb}`);
  }
  if (R6.test(l)) return '';
  if (R7.test(l)) return m.replace(R8, (_x, lf: string) => `${lf} hearing what you think`);
  if (R9.test(l)) return m.replace(R10, ' can');
  const liberty = LIBERTY.exec(l);
  if (liberty) return `${m.slice(0, liberty[1]!.length)}'d suggest`;
  const remains = REMAINS.exec(l);
  if (remains) return `when you're ready, you can ${remains[1]}`;
  return undefined;
}

/** Past forms a second thing done may take ("…and emailed the contract"). */
const MORE_BASES: Record<string, string> = {
  emailed: 'email',
  forwarded: 'forward',
  invited: 'invite',
  copied: 'copy',
  shared: 'share',
  attached: 'attach',
  confirmed: 'confirm',
  assigned: 'assign',
};

const BASE: [RegExp, string][] = [
  [R11, 'book'],
  [R12, 'schedule'],
  [R13, 'reserve'],
  [R14, 'block'],
  [R15, 'pencil in'],
  [R16, 'put'],
  [R17, 'add'],
  [R18, 'send'],
  [R19, 'set up'],
  [R20, 'lock'],
  [R21, 'sign'],
  [R22, 'register'],
  [R23, 'enrol'],
  [R24, 'draw'],
  [R25, 'prepare'],
  [R26, 'start'],
  [R27, 'ask'],
  [/^lined/i, 'line'],
  [/^allocated/i, 'allocate'],
  [/^informed/i, 'inform'],
  [/^ordered/i, 'order'],
];

/** "I've reserved the space" -> "I could reserve the space": work under way, offered instead. */
const DONE_ALREADY =
  /^(i|we)(?:(?:['’]ve| have) (?:already |now |just )?| (?:have )?already )(.+)$/i;
const DOING_ALREADY =
  /^(i|we)(?:['’]m| am|['’]re| are) (?:already )?(preparing|producing|printing) /i;
const WILL_BE = /^will be /i;
const BEING = /^(?:is|are) (?:now )?being (\w+)$/i;
const SHIPS = /^(ship|arrive)s? /i;
const BASE_UNDER_WAY: Record<string, string> = {
  preparing: 'prepare',
  producing: 'produce',
  printing: 'print',
};

function offerInstead(m: string): string | undefined {
  const done = DONE_ALREADY.exec(m);
  if (done) return `${done[1]!} could ${baseForm(done[2]!)}`;
  const doing = DOING_ALREADY.exec(m);
  if (doing)
    return `${doing[1]!} could ${BASE_UNDER_WAY[doing[2]!.toLowerCase()]!} ${m.slice(doing[0].length)}`;
  if (WILL_BE.test(m)) return m.replace(WILL_BE, 'could be ');
  const being = BEING.exec(m);
  if (being) return `could be ${being[1]!}`;
  const ships = SHIPS.exec(m);
  if (ships) return `could ${ships[1]!.toLowerCase()} ${m.slice(ships[0].length)}`;
  return undefined;
}

const IN_END = / in$/;
const IN_NEXT = /^ in\b/i;

/** A second thing done in the same sentence: "…for the 18th and booked your training". */
const ALSO_DONE = /^([^.?!]*?\band (?:(?:also|already|then|just) )?)(\w+ed)\b/i;

/**
 * Gives hit h the offer `r` in place of what was done, taking in a second thing done after it
 * ("I could schedule delivery for the 18th and book your training"), or no replacement when that
 * verb has no known base form (the offer would strand it).
 */
function offer(body: string, h: Hit, r: string): void {
  // "I've pencilled in your order" -> "I could pencil in your order", not "pencil in in" (session 34)
  if (IN_END.test(r) && IN_NEXT.test(body.slice(h.end, h.end + 4))) r = r.slice(0, -3);
  const also = ALSO_DONE.exec(body.slice(h.end, h.end + 200));
  if (!also) {
    h.replacement = r;
    return;
  }
  const verb = also[2]!;
  const base = baseForm(verb);
  if (base === verb) return;
  h.replacement = `${r}${also[1]!}${matchCase(verb, base)}`;
  h.end += also[0].length;
}

function baseForm(act: string): string {
  for (const [re, base] of BASE) if (re.test(act)) return act.replace(re, base);
  const word = R28.exec(act)?.[0].toLowerCase();
  const base = word === undefined ? undefined : (BASE_OF[word] ?? MORE_BASES[word]);
  return base === undefined ? act : base + act.slice(word!.length);
}

/** Acting as if the deal is done: "I've booked us", "I'll send the contract", "when we start". */
export const presumptiveClose = defineRule({
  id: 'presumptive-close',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Booking their time, sending the contract or talking about "when we start" before they said yes assumes all is well. It is a manipulation tactic; offer the next step and let them choose it.',
  message: 'Presumptive close: acting as if they already agreed.',
  triggers:
    'booked scheduled reserved blocked put penciled pencilled added sent set locked signed registered enrolled drawn prepared started asked gone'.split(
      ' ',
    ),
  patterns: RE,
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      BOOKED,
      a,
      (m) => {
        const s = sentenceAt(a, m.index);
        if (!s || s.text.endsWith('?') || heldOnTheirTerms(s)) return;
        const rest = a.body.slice(m.index + m[0].length, s.end);
        if (!OBJECT.test(rest)) return;
        if (DOCUMENT_VERB.test(m[0]) && !DEAL_OBJECT.test(rest)) return;
        const who = R28.exec(m[0])![0];
        const act = m[0].replace(R29, '');
        const h: Hit = { start: m.index, end: m.index + m[0].length };
        offer(a.body, h, `${who} could ${baseForm(act)}`);
        hits.push(h);
      },
      'presumptive-close',
    );
    scan(a, RE, (m, k) => {
      const start = m.index;
      if (hits.some((h) => start < h.end && start + m![0].length > h.start)) return;
      if (heldOnTheirTerms(sentenceAt(a, start))) return;
      if (k === SETUP_DONE && !SIGNATURE.test(a.body)) return;
      if (UNDER_WAY.has(k) && (!PAYMENT.test(a.body) || AGREED.test(a.body))) return;
      const h: Hit = { start, end: start + m[0].length };
      if (UNDER_WAY.has(k)) {
        // (not "Once the deposit clears, it ships Monday", not "I've reserved Tuesday — ok?")
        const s = sentenceAt(a, start);
        if (s && (s.text.endsWith('?') || ON_CONDITION.test(a.body.slice(s.start, start)))) return;
        const r = offerInstead(m[0]);
        // only "I've booked…" takes in a second thing done ("…and booked your training")
        if (r !== undefined) {
          const said = caseAt(a, start, m[0], r);
          if (DONE_ALREADY.test(m[0])) offer(a.body, h, said);
          else h.replacement = said;
        }
        hits.push(h);
        return;
      }
      if (k === WILL_SEND) {
        const s = sentenceAt(a, start);
        if (s && THEIR_CONDITION.test(a.body.slice(s.start, start))) return;
      }
      let r = soften(m[0]);
      if (k === PAPERWORK_FOLLOWS) {
        const s = sentenceAt(a, start);
        if (s && ON_CONDITION.test(a.body.slice(s.start, start))) return;
        // "(contract follows for signature)": the aside goes whole
        if (a.body[start - 1] === '(') {
          const close = ASIDE_END.exec(a.body.slice(h.end))!;
          const from = a.body[start - 2] === ' ' ? start - 2 : start - 1;
          hits.push({ start: from, end: h.end + close[0].length, replacement: '' });
          return;
        }
      }
      if (
        r !== undefined &&
        DONE_FOR_THEM.test(m[0]) &&
        AND_DONE.test(a.body.slice(h.end, h.end + 200))
      )
        r = undefined;
      // "I went ahead and reserved 12 seats" -> "I could reserve 12 seats", not "I happy to…"
      if (r !== undefined && WENT_AHEAD.test(m[0]) && SUBJECT_BEFORE.test(a.body.slice(0, start)))
        r = r.replace(HAPPY_TO, 'could ');
      if (r !== undefined) h.replacement = caseAt(a, start, m[0], r);
      hits.push(h);
    });
    // their yes is in the quoted reply: "I'll send the contract" answers it (asked only when
    // something was found: the check reads the whole draft)
    if (hits.length > 0 && theySaidYes(a)) return [];
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});
