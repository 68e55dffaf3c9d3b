import { shouting } from '../../../lib/coach/rules/shouting';
import { ruleTable } from './table';

ruleTable(shouting, {
  pass: [
    'Still waiting on the courier, no rush.',
    'Our team at IBM and AWS reviewed the GDPR notes.',
    'Thanks! Here is the report.',
    'The NASA case study is attached.',
  ],
  fail: [
    {
      text: 'It is STILL waiting for your signature.',
      findings: [{ at: 'STILL', replacement: 'still' }],
    },
    { text: 'This is a FREE offer.', findings: [{ at: 'FREE', replacement: 'free' }] },
    {
      text: 'I NEED YOUR ANSWER TODAY.',
      findings: [{ at: 'I NEED YOUR ANSWER TODAY', replacement: 'I need your answer today' }],
    },
    { text: 'Great news!!!', findings: [{ at: '!!!', replacement: '!' }] },
    { text: 'Are you in?!', findings: [{ at: '?!', replacement: '?' }] },
  ],
});
