import { tooSoon } from '../../../lib/coach/rules/too-soon';
import { ruleTable } from './table';

ruleTable(tooSoon, {
  pass: [
    { text: "Here's the guide.", context: { contact: { streak: 1, daysSinceLastTouch: 4 } } },
    { text: "Here's the guide.", context: { contact: { streak: 0, daysSinceLastTouch: 0 } } },
    "Here's the guide.",
  ],
  fail: [
    {
      text: "Here's the guide.",
      context: { contact: { streak: 1, daysSinceLastTouch: 1 } },
      findings: [{ at: '', point: 'before', message: 'wait 3 days' }],
    },
    {
      text: "Here's the guide.",
      context: { contact: { streak: 4, daysSinceLastTouch: 10 } },
      findings: [{ at: '', point: 'before', message: 'wait 30 days' }],
    },
  ],
});
