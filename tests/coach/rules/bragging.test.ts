import { bragging } from '../../../lib/coach/rules/bragging';
import { ruleTable } from './table';

ruleTable(bragging, {
  pass: [
    // session 7: hard negatives
    "We're proud to share the results with your team.",
    'Big thanks for the intro.',
    'Your new onboarding flow is amazing.',
    'Have you had a single complaint since the switch?',
    'Our platform cut onboarding time by 30% for a team like yours.',
    'Your number one priority this quarter seems to be hiring.',
    'The leading indicator here is week-three logins.',
  ],
  fail: [
    {
      // said of the thing: no word to drop, or "is and" would be left
      text: 'Our platform is award-winning and our team is made up of industry veterans.',
      findings: [{ at: 'award-winning', replacement: null }],
    },
    // session 7: blind stock set
    {
      text: 'Our company was just named one of the Top 10 Startups to Watch by Inc.',
      findings: [{ at: 'named one of the Top' }],
    },
    {
      text: "I'm a consultant with 300+ five-star reviews.",
      findings: [{ at: '300+ five-star reviews' }],
    },
    {
      text: "We're proud of our team and what we've achieved.",
      findings: [{ at: "We're proud of our" }],
    },
    { text: 'HUGE news!!! We just launched our assistant.', findings: [{ at: 'HUGE news' }] },
    {
      text: 'Our new scheduling assistant is AMAZING.',
      findings: [{ at: 'Our new scheduling assistant is AMAZING' }],
    },
    {
      text: "We've never had a single complaint.",
      findings: [{ at: 'never had a single complaint' }],
    },
    {
      text: 'We are an industry-leading platform.',
      findings: [{ at: 'an industry-leading ', replacement: 'a ' }],
    },
    {
      text: 'Our award-winning team can help.',
      findings: [{ at: 'award-winning ', replacement: '' }],
    },
    { text: "We're the #1 CRM for agencies.", findings: [{ at: 'the #1' }] },
    { text: 'We are the best in the industry.', findings: [{ at: 'the best in the industry' }] },
  ],
});
