import { askMany } from '../../../lib/coach/rules/ask-many';
import { ruleTable } from './table';

ruleTable(askMany, {
  pass: ['Would Tuesday or Thursday work? Should I bring the data?'],
  fail: [
    {
      text: 'Can you send the numbers? Could you share the deck? Would you book a call? Can you intro me to your CFO?',
      findings: [{ at: 'Would you book a call?' }, { at: 'Can you intro me to your CFO?' }],
    },
  ],
});
