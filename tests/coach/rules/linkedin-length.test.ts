import { linkedinLength } from '../../../lib/coach/rules/linkedin-length';
import { ruleTable } from './table';

ruleTable(linkedinLength, {
  pass: [
    {
      text: "Saw your post on churn. Here's our guide: https://example.com/churn. Worth a look?",
      context: { channel: 'linkedin' },
    },
    'Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. ',
  ],
  fail: [
    {
      text: 'Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. Saw your post. ',
      context: { channel: 'linkedin' },
      findings: [
        { at: 'Saw your post. Saw your post. Saw your post.', nth: 27, message: '449 characters' },
      ],
    },
  ],
});
