import { wordy } from '../../../lib/coach/rules/wordy';
import { ruleTable } from './table';

ruleTable(wordy, {
  pass: ['To save time, here is the short version.'],
  fail: [
    {
      text: 'In order to help, please do not hesitate to call.',
      findings: [
        { at: 'In order to', replacement: 'To' },
        { at: 'please do not hesitate to', replacement: 'feel free to' },
      ],
    },
    {
      text: 'Reply at your earliest convenience.',
      findings: [{ at: 'at your earliest convenience', replacement: 'when you can' }],
    },
  ],
});
