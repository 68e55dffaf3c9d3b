import { referenceNamed } from '../../../lib/coach/rules/reference-named';
import { ruleTable } from './table';

ruleTable(referenceNamed, {
  pass: [
    'Jonas Weber at Kettle Logistics suggested I get in touch.',
    {
      text: 'Mike Kincaid at Quality Fabricators asked me to call you.',
      context: { kind: 'reference' },
    },
  ],
  fail: [
    { text: 'A colleague suggested I reach out.', findings: [{ at: 'A colleague suggested' }] },
    {
      text: "I'm writing about your carrier scorecard.",
      context: { kind: 'reference' },
      findings: [{ at: "I'm writing about your carrier scorecard.", message: 'by name' }],
    },
  ],
});
