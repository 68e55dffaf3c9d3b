import { bareCommand } from '../../../lib/coach/rules/bare-command';
import { ruleTable } from './table';

ruleTable(bareCommand, {
  pass: [
    'Just reply "no thanks" and I\'ll stop reaching out.',
    'Feel free to call me if it helps.',
    'Take a look at the guide when you have a moment.',
    'Let me know if the timing is off.',
  ],
  fail: [
    { text: 'Call me.', findings: [{ at: 'Call', replacement: 'Feel free to call' }] },
    {
      text: 'Book a demo with our team.',
      findings: [{ at: 'Book', replacement: 'Feel free to book' }],
    },
    { text: 'So sign the attached.', findings: [{ at: 'sign', replacement: 'feel free to sign' }] },
  ],
});
