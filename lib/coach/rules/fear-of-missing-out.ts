import { FOMO_CUES, FOMO_LAG, FOMO_PEERS } from '../cues/fear-of-missing-out';
import { caseAt } from '../casing';
import { defineRule, everyMatch, overlapsHit, type Hit } from '../rule';
import { flaggedNear, gated, scan, sentencesMatching } from '../gated';
import { sentenceAt, sentenceIndexAt } from '../analyse';
import type { Analysis } from '../types';

const RE = gated('fear-of-missing-out', [
  [
    'dont not',
    "\\bdo not miss\\b|\\bdon't (?:miss|lose|let (?:this|it) (?:slip|pass|go)|wait|get left behind|fall behind|be left behind|be the last)\\b",
  ],
  ['miss missing', '\\bmiss(?:ing)? out\\b'],
  [
    'competitors competition',
    '\\b(?:your )?competit(?:ors|ion) (?:is|are|have|has) (?:already )?(?:using|switched|switching|moving|signed|ahead|adopting|doing|running|winning|beating|eating|on board|investing|jumping)\\b',
  ],
  ['competitors competition', '\\bbefore your competit(?:ors|ion)\\b'],
  [
    'losing leaving wasting bleeding burning missing',
    "\\byou(?:'re| are) (?:losing|leaving|wasting|bleeding|burning|missing) (?:money|revenue|deals|customers|sales|\\$|cash|opportunities)\\b",
  ],
  ['table', '\\b(?:money|revenue|cash) on the table\\b'],
  ['behind', '\\b(?:fall(?:ing)?|left|get(?:ting)? left|be(?:ing)? left) behind\\b'],
  ['late', "\\bbefore it's too late\\b"],
  [
    'afford',
    "\\b(?:can't|cannot) afford (?:to (?:wait|miss|ignore|sit|delay|pass|lose)|not to)\\b",
  ],
  ['wait delay', '\\bevery (?:day|week|month) you (?:wait|delay)\\b'],
  ['cost', '\\bcost of (?:waiting|inaction|doing nothing|delay)\\b'],
  ['regret', "\\b(?:will|'ll) regret\\b"],
  ['hate', "\\b(?:(?:i|we)'d|(?:i|we) would) hate (?:for )?you to miss\\b"],
  [
    'everyone everybody',
    "\\b(?:everyone|everybody)(?: (?:in|across) your (?:space|industry|sector|market|field))?(?:'s| is) (?:already )?(?:doing|using|making|switching|moving|on|adopting)\\b",
  ],
  ['kick kicking', '\\b(?:kick|kicking) yourself\\b'],
  ['sidelines sideline', '\\b(?:from|on) the sidelines?\\b'],
  ['dust', '\\bleft in the dust\\b'],
  ['disadvantage', '\\bat (?:an?|that|this|such a) (?:\\w+ )?disadvantage\\b'],
  [
    'ahead',
    '\\b(?:competitors|competition|rivals|peers)\\b[^.?!]{0,30}\\b(?:pull|pulling|get|getting|race|racing|move|moving|stay|staying|edging) ahead\\b',
  ],
  [
    'competitor competitors rival rivals',
    '\\byour (?:\\w+ )?(?:direct )?(?:competitors?|rivals?) (?:just |already |recently |all )?(?:signed|switched|moved|joined|bought|rolled out|adopted|went live|chose|are (?:already )?(?:seeing|using|live|on))\\b',
  ],
  ['last only & one', '\\b(?:want|like|hate for [^.?!]{1,40}) to be the (?:last|only) one\\b'],
  ['switch', "\\beveryone(?:'s| is) (?:making the switch|switching)\\b"],
  // session 29 (dev 14): the odd one out, "conspicuous by its absence"
  ['conspicuous', '\\bconspicuous by (?:its|your|their|his|her) absence\\b'],
  [
    'few & missing left holdouts',
    "\\bone of the (?:very |only |last )?(?:few|handful of) (?:[\\w'-]+ )?(?:names|businesses|companies|firms|shops|stores|practices|schools|brands|venues|holdouts|ones)? ?(?:(?:still |now )?(?:missing|left|not (?:yet )?(?:on|in|signed|listed))|holdouts)\\b",
  ],
  [
    'every & has have',
    "\\b(?:nearly|almost|just about|pretty much|virtually|practically) every (?:[\\w'-]+ ){1,3}?(?:(?:on|in|at|across) (?:the |your )?(?:[\\w'-]+ ){0,3}?)?(?:has|have) (?:now |already )?(?:added (?:its|their) names?|signed (?:up|on)|joined|come on board|switched (?:over|across|to us)|moved (?:over|across) to us|(?:confirmed|booked|taken) (?:a|their|its) (?:booth|stand|table|sponsorship|brick|panel|pitch|listing|ad))\\b",
  ],
  ...FOMO_CUES,
]);

const MATCHES = everyMatch(RE);

/** Others like them already moved, and the reader left behind: FOMO when within WINDOW sentences. */
const PEERS = gated('fear-of-missing-out-peers', FOMO_PEERS);
const LAG = gated('fear-of-missing-out-lag', FOMO_LAG);
const WINDOW = 2;

/** Each LAG match within WINDOW sentences of a PEERS sentence (session 36). */
function leftBehind(a: Analysis, hits: Hit[]): void {
  // the rarer half first: most drafts have no LAG match, and then PEERS is never tried
  const lags: RegExpExecArray[] = [];
  scan(a, LAG, (m) => {
    lags.push(m);
  });
  if (lags.length === 0) return;
  const peers = sentencesMatching(a, PEERS);
  for (const m of lags) {
    const i = sentenceIndexAt(a, m.index);
    if (i < 0 || overlapsHit(hits, m.index, m.index + m[0].length)) continue;
    if (flaggedNear(peers, i, WINDOW)) hits.push({ start: m.index, end: m.index + m[0].length });
  }
}
const LOCK = /^before they lock\b/i;
/**
 * "I'd hate for Eastbrook to be left behind." -> "Happy to show how this could work for
 * Eastbrook.": the company stays, the scare goes.
 */
const HATE_FOR =
  /\b[Ii](?:'d|’d| would| should) (?:really )?hate for ((?:[A-Z][\w&'’-]*)(?: (?:&|and|of|[A-Z][\w&'’-]*))*|your (?:team|company|business|firm|clinic|agency|store)) to\b[^.?!]*/u;

/** Fear of missing out: "your competitors are already using this", "don't miss out". */
export const fearOfMissingOut = defineRule({
  id: 'fear-of-missing-out',
  category: 'pushy',
  weight: 15,
  principle: 'P1',
  explanation:
    'Scaring the reader ("your competitors are already ahead", "don\'t miss out", "you\'re losing money every day") is manipulation. If there is a real risk, show the evidence and let them judge it.',
  message: 'Fear of missing out: a scare instead of a reason.',
  patterns: { ...RE, groups: { ...RE.groups, ...PEERS.groups, ...LAG.groups } },
  find(a) {
    const hits: Hit[] = [];
    for (const h of MATCHES(a)) {
      const s = sentenceAt(a, h.start);
      const hate = s ? HATE_FOR.exec(s.text) : null;
      if (s && hate) {
        const start = s.start + hate.index;
        const end = start + hate[0].length;
        if (h.start >= start && h.end <= end) {
          if (hits.some((x) => x.start === start)) continue;
          hits.push({
            start,
            end,
            replacement: caseAt(
              a,
              start,
              hate[0],
              `happy to show how this could work for ${hate[1]}`,
            ),
          });
          continue;
        }
      }
      // "Worth a quick talk before they lock up that audience for good?" -> "Worth a quick talk?"
      if (LOCK.test(a.body.slice(h.start, h.end))) h.replacement = '';
      hits.push(h);
    }
    leftBehind(a, hits);
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});
