import { selfSentenceStarts } from '../../../lib/coach/rules/self-sentence-starts';
import { ruleTable } from './table';

ruleTable(selfSentenceStarts, {
  pass: [
    // session 32 (self-centred set 1): sentences that open with me but are about the reader
    "I'll send the two layout options you asked for by Wednesday. I've kept the kitchen where it is to keep your plumbing costs down. I think B suits how you described the house.",
    'Your team is growing. We saw that in the news. Here is a guide. Would it help?',
    'I read your post. I liked it.',
  ],
  fail: [
    // session 32 (review): the reader named to sell our thing still counts
    {
      text: "We just launched our new platform. We think you'll love it. We built it with your needs in mind. I'm sure you will see results fast.",
      findings: [
        { at: 'We', nth: 0 },
        { at: 'We', nth: 1 },
        { at: 'We', nth: 2 },
        { at: 'I', nth: 0 },
      ],
    },
    // session 32: "for you", "from you" and "your time" do not make a sentence about the reader
    {
      text: "I've reached out four times now. I've put a lot of work into this proposal for you. I'd be grateful for fifteen minutes of your time.",
      findings: [
        { at: 'I', nth: 0 },
        { at: 'I', nth: 1 },
        { at: 'I', nth: 2 },
      ],
    },
    {
      text: 'I run a small agency. We build websites. Our clients love us.',
      findings: [{ at: 'I' }, { at: 'We' }, { at: 'Our' }],
    },
  ],
});
