import { allAboutUs } from '../../../lib/coach/rules/all-about-us';
import { ruleTable } from './table';

ruleTable(allAboutUs, {
  pass: [
    // about us, but with the reader in it: me-ratio's business, not this rule's
    'We built our tool for teams like yours. Our customers cut their close time in half. I think your team could too. Would you like the case study? We can send it today.',
    // few I/we words
    'Hi Ana,\n\nWe wrote up the checklist. Would it help your new hires?',
    // an opt-out line is not counted against the draft
    "Hi Ana,\n\nWe found one fix for your onboarding and we wrote it up for you. Would it help? If the timing isn't right, just tell me and I'll close the loop; we can talk later and I'll stop my notes.",
  ],
  fail: [
    // session 32 (self-centred set 1): six I/we words for none about the reader is enough
    {
      text: "A bit of news from our side: we've just moved into a bigger studio, we've hired two developers, and I've stepped back from coding to grow our business. It's been a big year for us.",
      findings: [
        {
          at: "A bit of news from our side: we've just moved into a bigger studio, we've hired two developers, and I've stepped back from coding to grow our business.",
        },
      ],
    },
    {
      text: "A bit about us: we started Greenleaf in a garage in 2015, and today we're a team of 150. We've built our own routing engine, we own our fleet, and we're proud of our on-time record. Our mission is to be the most reliable courier in the country.",
      findings: [
        {
          at: "We've built our own routing engine, we own our fleet, and we're proud of our on-time record.",
          message: '10 I/we/our words for 0 you/your',
        },
      ],
    },
  ],
});
