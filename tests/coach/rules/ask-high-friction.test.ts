import { askHighFriction } from '../../../lib/coach/rules/ask-high-friction';
import { ruleTable } from './table';

ruleTable(askHighFriction, {
  pass: [
    // session 29 (dev 14): a number in a link is no ask
    'Hi Felix, book a call with me here: calendly.example/ana-costa/30min. Please pick a slot today.',
    'Would a 15-minute call help?',
    {
      text: 'Would a 45-minute review with your IT team work on Tuesday?',
      context: { kind: 'next-step' },
    },
  ],
  fail: [
    { text: 'Would you join a 60-minute demo next week?', findings: [{ at: '60-minute' }] },
    { text: 'Can you sign up for our premium plan?', findings: [{ at: 'sign up for our' }] },
  ],
});
