import { jargon } from '../../../lib/coach/rules/jargon';
import { ruleTable } from './table';

ruleTable(jargon, {
  pass: ['We can use the data to cut costs.'],
  fail: [
    {
      text: 'We can leverage synergies to move the needle.',
      findings: [
        { at: 'leverage', replacement: 'use' },
        { at: 'synergies', replacement: null },
        { at: 'move the needle', replacement: null },
      ],
    },
  ],
});
