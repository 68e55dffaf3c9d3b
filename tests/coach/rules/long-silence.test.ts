import { longSilence } from '../../../lib/coach/rules/long-silence';
import { ruleTable } from './table';

ruleTable(longSilence, {
  pass: [
    { text: "Here's the guide.", context: { contact: { streak: 2 } } },
    { text: 'Sorry for the notes. Was it the timing?', context: { contact: { streak: 4 } } },
    { text: "Here's the guide.", context: { contact: { streak: 3 }, kind: 'feedback' } },
  ],
  fail: [
    {
      text: 'Just checking in.',
      context: { contact: { streak: 3 } },
      findings: [{ at: '', point: 'before', message: 'feedback/apology' }],
    },
  ],
});
