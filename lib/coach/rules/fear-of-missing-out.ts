import { rx } from '../lexicon';
import { defineRule, eachMatch, type Hit } from '../rule';

const RE = rx(
  [
    "\\bdon't (?:miss|lose|let (?:this|it) (?:slip|pass|go)|wait|get left behind|fall behind|be left behind|be the last)\\b",
    '\\bmiss(?:ing)? out\\b',
    '\\b(?:your )?competit(?:ors|ion) (?:is|are|have|has) (?:already )?(?:using|switched|switching|moving|signed|ahead|adopting|doing|running|winning|beating|eating|on board|investing|jumping)\\b',
    '\\bbefore your competit(?:ors|ion)\\b',
    "\\byou(?:'re| are) (?:losing|leaving|wasting|bleeding|burning|missing) (?:money|revenue|deals|customers|sales|\\$|cash|opportunities)\\b",
    '\\b(?:money|revenue|cash) on the table\\b',
    '\\b(?:fall(?:ing)?|left|get(?:ting)? left|be(?:ing)? left) behind\\b',
    "\\bbefore it's too late\\b",
    "\\b(?:can't|cannot) afford (?:to (?:wait|miss|ignore|sit|delay|pass|lose)|not to)\\b",
    '\\bevery (?:day|week|month) you (?:wait|delay)\\b',
    '\\bcost of (?:waiting|inaction|doing nothing|delay)\\b',
    "\\b(?:will|'ll) regret\\b",
    "\\b(?:i'd|i would) hate (?:for )?you to miss\\b",
  ].join('|'),
);

/** Fear of missing out: "your competitors are already using this", "don't miss out". */
export const fearOfMissingOut = defineRule({
  id: 'fear-of-missing-out',
  category: 'pushy',
  weight: 15,
  principle: 'P1',
  explanation:
    'Scaring the reader ("your competitors are already ahead", "don\'t miss out", "you\'re losing money every day") is manipulation. If there is a real risk, show the evidence and let them judge it.',
  message: 'Fear of missing out: a scare instead of a reason.',
  triggers: [
    'dont',
    'miss',
    'missing',
    'competitors',
    'competition',
    'losing',
    'leaving',
    'wasting',
    'bleeding',
    'burning',
    'table',
    'behind',
    'late',
    'afford',
    'wait',
    'delay',
    'cost',
    'regret',
    'hate',
  ],
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      RE,
      a,
      (m) => {
        hits.push({ start: m.index, end: m.index + m[0].length });
      },
      'fear-of-missing-out',
    );
    return hits;
  },
});
