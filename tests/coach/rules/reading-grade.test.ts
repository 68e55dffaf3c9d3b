import { readingGrade } from '../../../lib/coach/rules/reading-grade';
import { ruleTable } from './table';

ruleTable(readingGrade, {
  pass: [
    'Here is the guide. It is short. It has three tips. The first tip is to call new users in week one. The second is to send a note in week two. Would it help?',
  ],
  fail: [
    {
      text: 'Organizational transformation initiatives necessitate comprehensive stakeholder alignment. Implementation methodologies frequently underestimate interdepartmental communication requirements. Consequently, sophisticated coordination mechanisms become indispensable. Organizational leaders should prioritize multidimensional evaluation frameworks accommodating heterogeneous operational contingencies across international subsidiaries.',
      findings: [
        {
          at: 'Implementation methodologies frequently underestimate interdepartmental communication requirements.',
          message: 'Hard to read (college level): about school grade',
        },
      ],
    },
  ],
});
