import { defineRule, everyMatch, gated } from '../rule';

const LOOKED =
  '(?:opened|viewed|clicked(?: on)?|read|looked at|visited|checked out|downloaded|watched|forwarded|seen|been (?:reading|looking at|viewing|checking out|on|to|opening|clicking))';
const RE = gated('surveillance', [
  [
    'opened viewed clicked read looked visited checked downloaded watched forwarded seen been',
    `\\b(?:i|we)(?:'ve| have)? (?:(?:just|also|can|could) )*(?:saw|see|seen|noticed|notice|spotted|caught|tracked)(?: that)? you(?:'ve| have)? (?:(?:just|already|recently|also) )?${LOOKED}`,
  ],
  [
    'tracking tracker analytics system records crm tool software notifications notification dashboard',
    '\\b(?:my|our) (?:tracking|tracker|analytics|system|records|crm|email tool|software|notifications?|dashboard|tool) (?:shows?|says|tells me|told me|indicates?|showed)\\b',
  ],
  ['looks seems', `\\b(?:it )?(?:looks|seems) like you(?:'ve| have)? (?:been )?${LOOKED}`],
  [
    'times',
    `\\byou(?:'ve| have)? (?:been )?(?:opened|viewed|clicked|read|reading|visited|looked at) (?:my|our|the) (?:\\w+ ){0,3}?\\(?(?:\\d+|two|three|four|five|several|multiple|a few|a couple of) times`,
  ],
  [
    'opened viewed read clicked',
    '\\b(?:my|our) (?:emails?|messages?|notes?|proposal|deck|case study|link) (?:ha(?:s|ve) been|was|were|got) (?:opened|viewed|read|clicked)\\b',
  ],
  ['profile', '\\bviewed my (?:linkedin )?profile\\b'],
]);

/** "I saw you opened my email": tracking the reader out loud. */
export const surveillance = defineRule({
  id: 'surveillance',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Telling someone you watched them open your email or view your page feels like surveillance and pressures them to answer. Whatever your tools show, write as if you had not seen it.',
  message: 'Surveillance: mentioning that you tracked them.',
  patterns: RE,
  find: everyMatch(RE),
});
