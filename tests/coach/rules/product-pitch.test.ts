import { productPitch } from '../../../lib/coach/rules/product-pitch';
import { ruleTable } from './table';

ruleTable(productPitch, {
  pass: [
    'Our platform cut ramp time by a third for a team like yours.',
    'We offer a free template; here it is.',
  ],
  fail: [
    {
      text: 'We offer payroll. Our platform has many features and our software is fast.',
      findings: [{ at: 'We offer' }, { at: 'Our platform' }, { at: 'our software' }],
    },
  ],
});
