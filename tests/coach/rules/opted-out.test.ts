import { optedOut } from '../../../lib/coach/rules/opted-out';
import { ruleTable } from './table';

ruleTable(optedOut, {
  pass: [{ text: "Here's the guide.", context: { contact: { optedOut: false } } }],
  fail: [
    {
      text: "Here's the guide.",
      context: { contact: { optedOut: true } },
      findings: [{ at: '', point: 'before' }],
    },
  ],
});
