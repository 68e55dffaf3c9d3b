import { intrigue } from '../../../lib/coach/rules/intrigue';
import { ruleTable } from './table';

ruleTable(intrigue, {
  pass: [
    'Here is what we found in the survey: most teams plan two quarters ahead.',
    'I have an idea for your onboarding checklist: add a day-one call.',
  ],
  fail: [
    {
      text: 'I have something important to tell you.',
      findings: [{ at: 'I have something important to tell you' }],
    },
    { text: "You won't believe what we found.", findings: [{ at: "You won't believe" }] },
    { text: 'Guess what?', findings: [{ at: 'Guess what' }] },
  ],
});
