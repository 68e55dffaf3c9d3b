import { meRatio } from '../../../lib/coach/rules/me-ratio';
import { ruleTable } from './table';

ruleTable(meRatio, {
  pass: [
    'Hi Ana,\n\nYour team mentioned onboarding was slow. Here is a checklist for you. Would it help your new hires?',
    'I think we could help. Would you like the guide?',
  ],
  fail: [
    {
      text: 'I wanted to tell you about our company. We built our platform for our customers and we are proud of it. I think we can help.',
      findings: [
        {
          at: 'I wanted to tell you about our company. We built our platform for our customers and we are proud of it. I think we can help.',
          message: 'I/we/our words',
        },
      ],
    },
  ],
});
