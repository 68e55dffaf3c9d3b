import { presumedYes } from '../../../lib/coach/rules/presumed-yes';
import { ruleTable } from './table';

/** My last message went unanswered: the contact has not said yes. */
const silent = { contact: { streak: 1, daysSinceLastTouch: 8 } };
const silentLong = { contact: { streak: 3, daysSinceLastTouch: 20 } };
/** They replied last (a yes, say): confirming is service. */
const replied = { contact: { streak: 0, daysSinceLastTouch: 1 } };

ruleTable(presumedYes, {
  pass: [
    // the same words after their reply, or with no contact state, are not read
    { text: 'Your trucks are on the schedule for next Wednesday.', context: replied },
    'Your trucks are on the schedule for next Wednesday.',
    { text: 'Crew starts Monday the 6th, same as the quote.', context: replied },
    // a yes given elsewhere, or the arrangement offered rather than taken
    { text: 'As agreed on the call, your crew starts Monday the 6th.', context: silent },
    {
      text: 'If you would like to go ahead, your slot can be confirmed the same day.',
      context: silent,
    },
    { text: 'Shall I lock in the Tuesday route?', context: silent },
    { text: "Happy to confirm your team's dates whenever you're ready.", context: silent },
    // hard negatives: their own plans, our own paperwork, a heart set on a venue
    { text: 'If your heart is set on Larkfield Hall, the guide below may help.', context: silent },
    { text: 'I have attached the case study you asked about.', context: silent },
    {
      text: 'Our team starts the audit season in March, so I wrote up what we saw last year.',
      context: silent,
    },
  ],
  fail: [
    {
      text: 'Your trucks are on the schedule for delivery next Wednesday.',
      context: silent,
      findings: [{ at: 'Your trucks are on the schedule', message: 'last message is unanswered' }],
    },
    {
      text: 'I am pleased to confirm our team of six interpreters for 14 November.',
      context: silentLong,
      findings: [{ at: 'pleased to confirm', message: 'last 3 messages are unanswered' }],
    },
    {
      text: "Crew starts Monday the 6th. Just need the billing contact from you and we'll lock in the route.",
      context: silent,
      findings: [
        { at: 'Crew starts Monday' },
        { at: 'Just need the billing' },
        { at: "we'll lock in" },
      ],
    },
    {
      text: 'Our invoice for the 30% deposit will follow under separate cover.',
      context: silent,
      findings: [{ at: 'invoice for the 30% deposit will follow' }],
    },
    {
      text: 'Please find the service agreement attached for signature.',
      context: silent,
      findings: [{ at: 'agreement attached for signature' }],
    },
    {
      text: 'Sending over the onboarding checklist for your three sites.',
      context: silent,
      findings: [{ at: 'Sending over the onboarding checklist' }],
    },
  ],
});
