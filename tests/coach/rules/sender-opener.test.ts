import { senderOpener } from '../../../lib/coach/rules/sender-opener';
import { ruleTable } from './table';

ruleTable(senderOpener, {
  pass: [
    'Hi Ana,\n\nYour post on churn made a good point about week three.',
    "Hi Ana,\n\nHope you're well. Here's the checklist you asked for.",
    'Thanks for the call. The numbers you asked for are below.',
  ],
  fail: [
    {
      text: 'Hi Ana,\n\nI wanted to reach out and introduce myself.',
      findings: [{ at: 'I wanted to reach' }],
    },
    {
      text: "Hi Ana,\n\nI'm reaching out because your team is hiring SDRs.",
      findings: [{ at: "I'm reaching out because y", replacement: 'Y' }],
    },
    { text: 'My name is Kevin and I work at DataForge.', findings: [{ at: 'My name is Kevin' }] },
    {
      text: 'I wanted to share a report on churn.',
      findings: [{ at: 'I wanted to share ', replacement: "Here's " }],
    },
  ],
});
