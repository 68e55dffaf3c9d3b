import { askMissing } from '../../../lib/coach/rules/ask-missing';
import { ruleTable } from './table';

ruleTable(askMissing, {
  pass: [
    "Here's the guide. Would it help?",
    "Here's the guide. Let me know your thoughts.",
    { text: "I'll close the loop for now. All the best.", context: { kind: 'close' } },
  ],
  fail: [
    {
      text: "Here's the guide on churn. It covers week three.",
      findings: [{ at: 'It covers week three.', point: 'after' }],
    },
  ],
});
