import { questionCount } from '../../../lib/coach/rules/question-count';
import { ruleTable } from './table';

ruleTable(questionCount, {
  pass: [
    "Here's the guide. Would it help?",
    { text: "I'll close the loop for now.", context: { kind: 'close' } },
  ],
  fail: [
    { text: "Here's the guide.", findings: [{ at: "Here's the guide.", point: 'after' }] },
    {
      text: 'Can you? Will you? Should we? Would they? Could I?',
      findings: [{ at: 'Would they?' }, { at: 'Could I?' }],
    },
  ],
});
