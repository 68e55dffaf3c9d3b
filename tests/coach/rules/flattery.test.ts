import { flattery } from '../../../lib/coach/rules/flattery';
import { ruleTable } from './table';

ruleTable(flattery, {
  pass: ['Your post on warehouse slotting was useful.', 'I enjoyed your talk at RevOps Live.'],
  fail: [
    {
      text: 'Someone as smart as you will see the value.',
      findings: [{ at: 'Someone as smart as you' }],
    },
    { text: "I'm a huge fan of your work.", findings: [{ at: "I'm a huge fan of your" }] },
    { text: "You're clearly a visionary.", findings: [{ at: "You're clearly a visionary" }] },
  ],
});
