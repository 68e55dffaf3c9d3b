import { away } from '../../../lib/coach/rules/away';
import { ruleTable } from './table';

ruleTable(away, {
  pass: [{ text: "Here's the guide.", context: { contact: { awayUntil: 1735689600000 } } }],
  fail: [
    {
      text: "Here's the guide.",
      context: { contact: { awayUntil: 1737331200000 } },
      findings: [{ at: '', point: 'before', message: '2025-01-20' }],
    },
  ],
});
