import { urgencyWords } from '../../../lib/coach/rules/urgency-words';
import { ruleTable } from './table';

ruleTable(urgencyWords, {
  pass: [
    'I can start immediately if that helps your team.',
    'Happy to send it whenever suits you.',
    'Could you send it right away?',
  ],
  fail: [
    { text: 'Please reply ASAP.', findings: [{ at: 'ASAP', replacement: 'when you can' }] },
    { text: 'This is urgent.', findings: [{ at: 'urgent', replacement: 'important' }] },
    {
      text: 'Please call me immediately.',
      findings: [{ at: 'immediately', replacement: 'when you can' }],
    },
    { text: 'URGENT: please review the terms.', findings: [{ at: 'URGENT:', replacement: '' }] },
  ],
});
