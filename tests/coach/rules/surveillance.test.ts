import { surveillance } from '../../../lib/coach/rules/surveillance';
import { ruleTable } from './table';

ruleTable(surveillance, {
  pass: [
    'I saw your post about the new warehouse.',
    "You mentioned you'd looked at the pricing page.",
    'Here is the link to the deck.',
  ],
  fail: [
    { text: 'I saw you opened my email yesterday.', findings: [{ at: 'I saw you opened' }] },
    { text: 'I noticed you viewed my profile.', findings: [{ at: 'I noticed you viewed' }] },
    {
      text: 'My tracking shows the deck was opened twice.',
      findings: [{ at: 'My tracking shows' }],
    },
  ],
});
