import { valueFirst } from '../../../lib/coach/rules/value-first';
import { ruleTable } from './table';

ruleTable(valueFirst, {
  pass: [
    "Hi Ana,\n\nHere's the checklist you asked for: https://example.com/list",
    "Hi Ana,\n\nHope you're well. Your post on churn made me think of this study.",
    'Congrats on the Series B!',
    'How is your team handling the move to usage-based billing?',
    {
      text: 'Hi Ana,\n\nSorry for all the notes. Could you tell me if I should stop?',
      context: { kind: 'feedback' },
    },
  ],
  fail: [
    {
      text: 'Hi Ana,\n\nJust checking in on my last email.',
      findings: [{ at: 'Just checking in on my last email.' }],
    },
    {
      text: 'I wanted to introduce our company.',
      findings: [{ at: 'I wanted to introduce our company.' }],
    },
    {
      text: 'Hi Ana,\n\nWe are a leading provider of HR software. Do you have 15 minutes?',
      findings: [{ at: 'We are a leading provider of HR software.' }],
    },
  ],
});
