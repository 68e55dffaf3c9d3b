import { restPeriod } from '../../../lib/coach/rules/rest-period';
import { ruleTable } from './table';

ruleTable(restPeriod, {
  pass: [
    { text: "Here's the guide.", context: { contact: { streak: 4 } } },
    { text: "Here's the guide.", context: { contact: { streak: 6, daysSinceLastTouch: 120 } } },
  ],
  fail: [
    {
      text: "Here's the guide.",
      context: { contact: { streak: 5, daysSinceLastTouch: 20 } },
      findings: [{ at: '', point: 'before', message: 'rest' }],
    },
  ],
});
