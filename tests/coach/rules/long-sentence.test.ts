import { longSentence } from '../../../lib/coach/rules/long-sentence';
import { ruleTable } from './table';

ruleTable(longSentence, {
  pass: ['This sentence is short. So is this one.'],
  fail: [
    {
      text: 'We looked at how thirty teams ran their onboarding last year and found that the ones who paired every new rep with a customer call in the first week ramped faster than the others.',
      findings: [
        {
          at: 'We looked at how thirty teams ran their onboarding last year and found that the ones who paired every new rep with a customer call in the first week ramped faster than the others.',
          message: '-word sentence',
        },
      ],
    },
  ],
});
