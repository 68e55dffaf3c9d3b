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
    {
      text: "I'll loop in your VP of Sales to move the renewal along.",
      findings: [{ at: "I'll loop in your VP", replacement: 'If it helps, I can loop in your VP' }],
    },
    {
      text: 'Your CEO, Linda Park, asked me to reach out about the audit.',
      findings: [
        { at: 'Your CEO, Linda Park, asked me to', replacement: 'Linda Park suggested I' },
      ],
    },
    {
      text: "I've already spoken to your Chief Revenue Officer and she's very keen.",
      findings: [{ at: "I've already spoken to your Chief Revenue Officer and she's very keen" }],
    },
    {
      text: "No problem, I'll go straight to your boss instead.",
      findings: [{ at: "I'll go straight to your boss", replacement: null }],
    },
  ],
});
