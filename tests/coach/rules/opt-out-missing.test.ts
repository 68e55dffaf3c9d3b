import { optOutMissing } from '../../../lib/coach/rules/opt-out-missing';
import { ruleTable } from './table';

ruleTable(optOutMissing, {
  pass: [
    "Worth a look? If the timing isn't right, just tell me.",
    'No worries if not.',
    {
      text: 'Here it is. Happy to pause whenever you like.',
      context: { optOutLine: 'Happy to pause whenever you like.' },
    },
    "If it's not a priority this quarter, I'll close the loop.",
  ],
  fail: [
    {
      text: "Hi Ana,\n\nHere's the guide. Worth a look?\n\nBest,\nTom",
      findings: [
        {
          at: 'Worth a look?',
          point: 'after',
          replacement: " If the timing isn't right, just tell me and I'll close the loop.",
        },
      ],
    },
    {
      text: "Here's the guide. Worth a look?",
      findings: [
        {
          at: 'Worth a look?',
          point: 'after',
          replacement: " If the timing isn't right, just tell me and I'll close the loop.",
        },
      ],
    },
    {
      text: "Here's the guide.",
      context: { optOutLine: 'No pressure either way.' },
      findings: [
        { at: "Here's the guide.", point: 'after', replacement: ' No pressure either way.' },
      ],
    },
  ],
});
