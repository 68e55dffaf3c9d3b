import { ultimatum } from '../../../lib/coach/rules/ultimatum';
import { ruleTable } from './table';

ruleTable(ultimatum, {
  pass: [
    'This is my last note on the subject.',
    'The final report is attached.',
    "We're flexible on the price.",
  ],
  fail: [
    { text: 'This is our final offer.', findings: [{ at: 'This is our final offer' }] },
    { text: 'Take it or leave it.', findings: [{ at: 'Take it or leave it' }] },
    { text: 'The price is non-negotiable.', findings: [{ at: 'non-negotiable' }] },
    {
      text: 'The discount is off the table after today.',
      findings: [{ at: 'off the table after ', replacement: 'available until ' }],
    },
  ],
});
