import { rx } from '../lexicon';
import { defineRule, eachMatch, type Hit } from '../rule';

const LOOKED =
  '(?:opened|viewed|clicked(?: on)?|read|looked at|visited|checked out|downloaded|watched|forwarded|seen|been (?:reading|looking at|viewing|checking out|on|to|opening|clicking))';
const RE = rx(
  [
    `\\b(?:i|we)(?:'ve| have)? (?:(?:just|also|can|could) )*(?:saw|see|seen|noticed|notice|spotted|caught|tracked)(?: that)? you(?:'ve| have)? (?:(?:just|already|recently|also) )?${LOOKED}`,
    '\\b(?:my|our) (?:tracking|tracker|analytics|system|records|crm|email tool|software|notifications?|dashboard|tool) (?:shows?|says|tells me|told me|indicates?|showed)\\b',
    `\\b(?:it )?(?:looks|seems) like you(?:'ve| have)? (?:been )?${LOOKED}`,
    `\\byou(?:'ve| have)? (?:been )?(?:opened|viewed|clicked|read|reading|visited|looked at) (?:my|our|the) (?:\\w+ ){0,3}?\\(?(?:\\d+|two|three|four|five|several|multiple|a few|a couple of) times`,
    '\\b(?:my|our) (?:emails?|messages?|notes?|proposal|deck|case study|link) (?:ha(?:s|ve) been|was|were|got) (?:opened|viewed|read|clicked)\\b',
    '\\bviewed my (?:linkedin )?profile\\b',
  ].join('|'),
);

/** "I saw you opened my email": tracking the reader out loud. */
export const surveillance = defineRule({
  id: 'surveillance',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Telling someone you watched them open your email or view your page feels like surveillance and pressures them to answer. Whatever your tools show, write as if you had not seen it.',
  message: 'Surveillance: mentioning that you tracked them.',
  triggers: [
    'saw',
    'see',
    'seen',
    'noticed',
    'notice',
    'spotted',
    'caught',
    'tracked',
    'tracking',
    'tracker',
    'analytics',
    'system',
    'records',
    'crm',
    'tool',
    'software',
    'notifications',
    'notification',
    'dashboard',
    'looks',
    'seems',
    'opened',
    'viewed',
    'clicked',
    'read',
    'reading',
    'visited',
    'looked',
    'profile',
  ],
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      RE,
      a,
      (m) => {
        hits.push({ start: m.index, end: m.index + m[0].length });
      },
      'surveillance',
    );
    return hits;
  },
});
