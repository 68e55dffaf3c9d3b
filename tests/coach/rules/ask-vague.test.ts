import { askVague } from '../../../lib/coach/rules/ask-vague';
import { ruleTable } from './table';

ruleTable(askVague, {
  pass: ["Here's the guide. Would it help your team?", 'Would Tuesday work? Let me know.'],
  fail: [
    {
      text: "Here's the guide. Let me know your thoughts.",
      findings: [{ at: 'Let me know your thoughts.' }],
    },
    { text: 'Thoughts?', findings: [{ at: 'Thoughts?' }] },
  ],
});
