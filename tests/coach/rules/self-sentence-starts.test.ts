import { selfSentenceStarts } from '../../../lib/coach/rules/self-sentence-starts';
import { ruleTable } from './table';

ruleTable(selfSentenceStarts, {
  pass: [
    'Your team is growing. We saw that in the news. Here is a guide. Would it help?',
    'I read your post. I liked it.',
  ],
  fail: [
    {
      text: 'I run a small agency. We build websites. Our clients love us.',
      findings: [{ at: 'I' }, { at: 'We' }, { at: 'Our' }],
    },
  ],
});
