import { rx } from '../lexicon';
import {
  caseAt,
  defineRule,
  eachMatch,
  gated,
  matchCase,
  scan,
  sentenceAt,
  type Hit,
} from '../rule';

const BOOKED = rx(
  "\\b(?:i|we)(?:'ve| have) (?:already |just |now )?(?:gone ahead and )?(?:booked|scheduled|reserved|blocked(?: out| off)?|put|penciled|pencilled|added|sent(?: over)?(?: you)?|set up|locked in|signed you up|registered you|enrolled you|drawn up|prepared|started|asked (?:our|my) (?:team|legal|lawyers|finance) to (?:prepare|draft|draw up|send))\\b",
);
const OBJECT =
  /\b(?:call|meeting|time|slot|invite|invitation|calendar|kick-?off|demo|session|contract|agreement|paperwork|order|invoice|seats?|spots?|onboarding|us|you|renewal|po\b|purchase order|docusign|signature)\b/i;
const RE = gated('presumptive-close', [
  ['gone', "\\b(?:i|we)(?:'ve| have) (?:already |just )?gone ahead and\\b"],
  [
    'contract agreement paperwork order invoice po purchase docusign msa sow terms signature renewal',
    "\\b(?:i'll|i will|i'm going to|we'll|we will|we're going to|i'm|we're) (?:send|sending|draw up|drawing up|prepare|preparing|forward|email|issue|get|have|put together) (?:over |out |you |across )?(?:the |your |our |a |an )?(?:contract|agreement|paperwork|order form|invoice|po|purchase order|docusign|msa|sow|terms|signature page|renewal invoice)\\b",
  ],
  [
    'start begin kick onboard live started sign signed board customer client partner together roll running',
    '\\b(?:when|once|after|as soon as) (?:we|you) (?:start|begin|kick off|onboard|go live|get started|sign|signed|sign up|come on board|become (?:a |our )?(?:customer|client|partner)|are (?:on board|live|up and running|a customer)|work together|partner|roll (?:it|this) out)\\b',
  ],
  ['welcome', '\\bwelcome (?:aboard|on board|to the (?:family|team|club))\\b'],
  [
    'looking',
    '\\blooking forward to (?:working together|our partnership|partnering|having you on board|getting started|onboarding you|kicking off|welcoming you)\\b',
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
    'contract agreement paperwork order',
    '\\bthe (?:contract|agreement|paperwork|order form) (?:is|will be) (?:ready|on its way|coming)\\b',
  ],
]);

function soften(m: string): string | undefined {
  const l = m.toLowerCase().replace(/’/g, "'");
  const first = /^(?:when|once|after|as soon as) /.exec(l);
  if (first) return matchCase(m, 'if ' + m.slice(first[0].length));
  if (/^(?:i|we)(?:'ll| will| am going to|'m going to|'re going to) /.test(l)) {
    return m.replace(
      /^(I|We|i|we)(?:['’]ll| will|['’]m going to|['’]re going to) (\w+(?: up)?)/,
      (_x, who: string, verb: string) => `${who} can ${verb}`,
    );
  }
  if (/^welcome /.test(l)) return '';
  if (/^looking forward to /.test(l))
    return m.replace(
      /^(looking forward to) .*/i,
      (_x, lf: string) => `${lf} hearing what you think`,
    );
  if (/gone ahead and$/.test(l))
    return m.replace(/(?:['’]ve| have) (?:already |just )?gone ahead and$/i, ' can');
  return undefined;
}

const BASE: [RegExp, string][] = [
  [/^booked/i, 'book'],
  [/^scheduled/i, 'schedule'],
  [/^reserved/i, 'reserve'],
  [/^blocked/i, 'block'],
  [/^penc?ill?ed/i, 'pencil in'],
  [/^put/i, 'put'],
  [/^added/i, 'add'],
  [/^sent/i, 'send'],
  [/^set up/i, 'set up'],
  [/^locked/i, 'lock'],
  [/^signed/i, 'sign'],
  [/^registered/i, 'register'],
  [/^enrolled/i, 'enrol'],
  [/^drawn/i, 'draw'],
  [/^prepared/i, 'prepare'],
  [/^started/i, 'start'],
  [/^asked/i, 'ask'],
];

function baseForm(act: string): string {
  for (const [re, base] of BASE) if (re.test(act)) return act.replace(re, base);
  return act;
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
        if (!s || s.text.endsWith('?')) return;
        const rest = a.body.slice(m.index + m[0].length, s.end);
        if (!OBJECT.test(rest)) return;
        const who = /^\w+/.exec(m[0])![0];
        const act = m[0].replace(
          /^\w+(?:['’]ve| have) (?:already |just |now )?(?:gone ahead and )?/i,
          '',
        );
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          replacement: `${who} could ${baseForm(act)}`,
        });
      },
      'presumptive-close',
    );
    scan(a, RE, (m) => {
      const start = m.index;
      if (hits.some((h) => start < h.end && start + m![0].length > h.start)) return;
      const r = soften(m[0]);
      const h: Hit = { start, end: start + m[0].length };
      if (r !== undefined) h.replacement = caseAt(a, start, m[0], r);
      hits.push(h);
    });
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});
