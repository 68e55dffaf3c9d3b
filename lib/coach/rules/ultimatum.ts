import { rx } from '../lexicon';
import { defineRule, eachMatch, type Hit } from '../rule';

const RE = rx(
  [
    '\\btake it or leave it\\b',
    "\\b(?:my|our|this is the|this is our|this is my|it's our|that's our|that's my|here's my|here's our|the) (?:final|last|best and final) (?:offer|price|proposal|word|number)\\b",
    '\\bnon-?negotiable\\b',
    '\\bnot (?:up for )?negotia(?:ble|tion)\\b',
    '\\bno exceptions\\b',
    '\\bnow or never\\b',
    "\\b(?:can't|cannot|won't|will not|am not going to|not going to|i'm not able to) (?:go|come) (?:any )?(?:higher|lower|further|below|above|down)\\b",
    "\\bas (?:high|low|far) as i(?:'m| am| can| will)(?: willing| able| going| prepared)?(?: to)?(?: go)?\\b",
    '\\b(?:the )?best i can do\\b',
    "\\bthat's all i(?:'m| am) (?:offering|willing|paying)\\b",
    '\\bfirm on (?:the|this|my|our) (?:price|offer|number)\\b',
    '\\b(?:the|this|my|our) (?:price|offer) is (?:firm|final|fixed|not changing)\\b',
    '\\bno (?:more|further) (?:discounts?|negotiation|haggling|concessions)\\b',
    '\\boff the table(?: (?:after|from) )?',
    '\\bin or out\\?',
    '\\blast offer\\b',
  ].join('|'),
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
  triggers: [
    'leave',
    'final',
    'last',
    'best',
    'negotiable',
    'negotiation',
    'exceptions',
    'never',
    'higher',
    'lower',
    'further',
    'below',
    'above',
    'down',
    'high',
    'low',
    'far',
    'offering',
    'willing',
    'paying',
    'firm',
    'fixed',
    'changing',
    'discount',
    'discounts',
    'haggling',
    'concessions',
    'table',
    'out',
    'offer',
  ],
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      RE,
      a,
      (m) => {
        const h: Hit = { start: m.index, end: m.index + m[0].length };
        if (/^off the table (?:after|from) $/i.test(m[0])) h.replacement = 'available until ';
        hits.push(h);
      },
      'ultimatum',
    );
    return hits;
  },
});
