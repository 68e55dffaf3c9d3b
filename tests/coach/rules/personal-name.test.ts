import { personalName } from '../../../lib/coach/rules/personal-name';
import { ruleTable } from './table';

ruleTable(personalName, {
  pass: [
    { text: "Hi Ana, here's the guide.", context: { contact: { name: 'Ana Lima' } } },
    "Here's the guide.",
  ],
  fail: [
    {
      text: "Hi there, here's the guide.",
      context: { contact: { name: 'Ana Lima' } },
      findings: [{ at: '', point: 'before', message: 'Ana' }],
    },
    {
      text: "Hi Anabel, here's the guide.",
      context: { contact: { name: 'Ana' } },
      findings: [{ at: '', point: 'before' }],
    },
  ],
});
