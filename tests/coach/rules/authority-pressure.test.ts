import { authorityPressure } from '../../../lib/coach/rules/authority-pressure';
import { ruleTable } from './table';

ruleTable(authorityPressure, {
  pass: [
    'Would it help to loop in your manager?',
    "Your CTO's post on build times was great.",
    'Our founder wrote this guide: https://example.com/guide',
  ],
  fail: [
    {
      text: 'My CEO asked me to follow up with you personally.',
      findings: [{ at: 'My CEO asked' }],
    },
    { text: "Your VP said you'd sign off this week.", findings: [{ at: "Your VP said you'd" }] },
    {
      text: "If I don't hear back, I'll have to escalate this to your manager.",
      findings: [{ at: "I'll have to escalate this to your manager" }],
    },
  ],
});
