import { bragging } from '../../../lib/coach/rules/bragging';
import { ruleTable } from './table';

ruleTable(bragging, {
  pass: [
    // session 32 (review): a claim any firm could make, with no "we", "our" or "I": not ours
    'Exhibit Forge has just been named Stand Builder of the Year for the third year in a row.',
    // session 32 (review): their year, their praise, third parties, numbering, a team session
    'We got your order in just before the end of the year, so the old price applies.',
    'I got your message about the awards dinner and the table for ten is booked.',
    'I received the budget sign-off for the rest of the year this morning.',
    'Congrats on another record quarter!',
    "Your crew is the best team I've ever worked with on a fit-out.",
    'You are one of the most respected buyers in the region, so your view matters.',
    'No one does onboarding better than your CS team.',
    'Your clinic was ranked #2 in the region.',
    'Saw that Northwind was ranked #3 on the Inc. list.',
    'Congratulations to Harbor Dental, named Practice of the Year.',
    'Ticket #1 from your list is fixed; #2 and #3 are in QA.',
    'We had a great team session with your ops leads yesterday.',
    'Since we spoke, we onboarded 3 new users from your finance team.',
    "I've worked with 30 founders who hit the same hiring wall you described.",
    // session 32 (self-centred set 2): the reader's own prize
    'Congratulations on being named Retailer of the Year!',
    'Your team was named Employer of the Year, well deserved.',
    // session 32 (self-centred set 1): their awards, rankings and press are not our boast
    'Congratulations: you won the Retailer of the Year award!',
    'They also won two special judges awards last year.',
    'Your firm was listed among the top 50 employers in the region.',
    'Your launch got a lot of attention in the trade press.',
    'We have worked with 40 clinics like yours on no-shows.',
    'This is one of the most common questions we get.',
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
    // session 32 (self-centred set 2)
    {
      text: 'Our studio has just been named Stand Builder of the Year for the third year in a row.',
      findings: [{ at: 'named Stand Builder of the Year' }],
    },
    {
      text: 'We were just ranked the #2 tech recruiter in the region.',
      findings: [{ at: 'ranked the #2' }],
    },
    {
      text: 'We built more stands than anyone else in Australia last year.',
      findings: [{ at: 'more stands than anyone else' }],
    },
    { text: 'Another record year for our team.', findings: [{ at: 'Another record year' }] },
    {
      text: "It's been an amazing year: I've coached over 100 founders.",
      findings: [{ at: "I've coached over 100 founders" }],
    },
    {
      text: 'Last month we got the innovation prize of our region.',
      findings: [{ at: 'we got the innovation prize' }],
    },
    // session 32 (self-centred set 1): brags told as news or a story
    { text: 'Velocity Freight: #1 in the Southeast.', findings: [{ at: '#1' }] },
    {
      text: 'We were shortlisted for Printer of the Year at the national awards.',
      findings: [{ at: 'We were shortlisted for Printer of the Year' }],
    },
    {
      text: "Our principal was recently listed among the country's 40 most influential architects.",
      findings: [{ at: "listed among the country's 40 most" }],
    },
    {
      text: 'At Harlow & Finch we are one of the most respected accountancy firms in the Midlands.',
      findings: [{ at: 'we are one of the most respected' }],
    },
    {
      text: 'Quick share: our summit had its biggest year ever, 2,400 people.',
      findings: [{ at: 'its biggest year ever' }],
    },
    { text: 'Quite simply, nobody does it better.', findings: [{ at: 'nobody does it better' }] },
    {
      text: "We've never lost a contract to a competitor.",
      findings: [{ at: "We've never lost a contract" }],
    },
    {
      text: 'Our partners are regularly quoted in the financial press.',
      findings: [{ at: 'quoted in the financial press' }],
    },
    {
      text: 'We have a great team, a great product and great customers.',
      findings: [{ at: 'We have a great team' }],
    },
    {
      text: "I run a coaching practice that's helped over 400 leaders find their voice.",
      findings: [{ at: "that's helped over 400 leaders" }],
    },
    {
      text: 'And the best on-time rate in the industry.',
      findings: [{ at: 'the best on-time rate in the industry' }],
    },
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
