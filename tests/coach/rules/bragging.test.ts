import { bragging } from '../../../lib/coach/rules/bragging';
import { ruleTable } from './table';

ruleTable(bragging, {
  pass: [
    'Our platform cut onboarding time by 30% for a team like yours.',
    'Your number one priority this quarter seems to be hiring.',
    'The leading indicator here is week-three logins.',
  ],
  fail: [
    {
      text: 'We are an industry-leading platform.',
      findings: [{ at: 'an industry-leading ', replacement: 'a ' }],
    },
    {
      text: 'Our award-winning team can help.',
      findings: [{ at: 'award-winning ', replacement: '' }],
    },
    { text: "We're the #1 CRM for agencies.", findings: [{ at: 'the #1' }] },
    { text: 'We are the best in the industry.', findings: [{ at: 'the best in the industry' }] },
  ],
});
