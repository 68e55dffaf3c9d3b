import { asksOf } from '../asks';
import { rx } from '../lexicon';
import { defineRule, type Hit } from '../rule';
import { wordIn, wordsOf } from '../gated';

// (not in a link: "calendly.example/ana/30min", session 29)
const BIG = rx(
  '(?<![/.=])(?<![a-z]-)\\b(?:(?:30|40|45|50|60|90)[- ]?(?:minutes?|mins?)|an? (?:full )?hour(?:-long)?|(?:one|1|two|2)[- ]hours?|half[- ]day|full[- ]day|(?:sign|buy|purchase|commit to|pay for|subscribe to|sign up for) (?:the|our|a|your|this)|fill (?:in|out) (?:this|the|our|a) (?:form|survey|questionnaire)|(?:full|complete|in-depth|hour-long) (?:demo|walkthrough|presentation))\\b',
  'i',
);

/** A big ask too early: "a 45-minute demo", "sign up for our plan". */
export const askHighFriction = defineRule({
  id: 'ask-high-friction',
  category: 'ask',
  weight: 5,
  principle: 'P9',
  explanation:
    'A big ask ("a 45-minute demo", "sign up today") before they are interested is easy to ignore. Ask for something small first: a reply, a yes to a resource, 15 minutes.',
  message: 'Big ask: make it smaller and easier to say yes to.',
  triggers: [
    '30',
    '40',
    '45',
    '50',
    '60',
    '90',
    'hour',
    'one',
    '1',
    'two',
    '2',
    'half',
    'full',
    'sign',
    'buy',
    'purchase',
    'commit',
    'pay',
    'subscribe',
    'fill',
    'complete',
    'demo',
    'walkthrough',
    'presentation',
  ],
  find(a) {
    const hits: Hit[] = [];
    const kind = a.context.kind;
    if (kind === 'next-step' || kind === 'close') return hits;
    const words = wordsOf(a, 'ask-high-friction');
    for (const i of asksOf(a).specific) {
      const s = a.sentences[i]!;
      if (!wordIn(words, s)) continue;
      const m = BIG.exec(s.text);
      if (m) hits.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
    return hits;
  },
});
