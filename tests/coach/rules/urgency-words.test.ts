import { urgencyWords } from '../../../lib/coach/rules/urgency-words';
import { ruleTable } from './table';

ruleTable(urgencyWords, {
  pass: [
    // review of session 36: false alarms of the dev-20 cues: hard negatives
    "If you're keen on the Lake District trip, it might be worth booking this week, as the youth hostel fills up fast in summer.",
    "If you're interested in the evening course, it may be worth signing up before the 15th, when the college closes enrolment.",
    "If you're interested in the puppy class, it might be worth booking before the 1st, when the next term's list opens; no pressure, there's a class every month.",
    "If you're tempted by the marathon, it would be wise committing now to a training plan, since it's only 16 weeks away.",
    // session 36 (dev 20): hard negatives
    "It might be worth confirming this week which room you'd prefer.",
    // review of session 34: false alarms of the new cues: hard negatives
    "Your trial is paused, so the clock is not running until you're back.",
    // session 34 (dev 16, dev 17): hard negatives
    'The clock in reception is running slow.',
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    "The ticking clock on the wall is the one from your grandfather's shop.",
    // session 30 (dev 14): a reply's subject line holds their words
    'Subject: Re: URGENT – cake delivery time\n\nHi Amy, the cake will arrive at 2pm on Saturday.',
    // session 29 (review: their words only before it, in its clause): hard negatives
    'It is not that urgent.',
    // session 29 (dev 14): hard negatives
    "We can't wait any longer to get started with you!",
    "We can't wait any longer for the council, so we've booked the scaffold ourselves.",
    'Now is the time we usually plan the spring range.',
    // session 29 (dev 14: their urgency, "not urgent", their words in quotes): hard negatives
    "It's not urgent and it isn't dangerous, but it makes servicing easier.",
    'Hi Tomás, your team flagged the AV spec as urgent, so here it is.',
    'You wrote "ASAP if possible" in your last message, so here are two times.',
    // session 28 (team negatives: advice about a fix): hard negatives
    "I wouldn't wait on the firmware update; it fixes the overheating issue you reported.",
    // session 27 (review): hard negatives
    "If anything goes wrong, we'd move quickly to get you a replacement.",
    // session 27 (team voice; dev 13): hard negatives
    'A heads-up: the vendor released an urgent patch last night for your firewall.',
    "We'd move quickly to replace any unit that fails in the first year.",
    // session 22 (dev 12): hard negatives
    'There is nothing for you to do right now.',
    'We expect to have the dashboard back up as soon as possible.',
    // session 17 (real phone offers): what I can do at once is readiness, not their hurry
    'I can pick the samples up ASAP, just let me know where.',
    "I have the budget signed off right now if you're interested.",
    "We'll get the revised quote to you as soon as possible.",
    // session 16 (dev 11): hard negatives
    'I immediately thought of your team when I read this report.',
    'Your principal says the reporting issue has become urgent before the audit, so here are three fixes.',
    // session 14 (dev 9): a real alert for the reader
    'Subject: URGENT recall notice: lot 4471',
    'Urgent security advisory: please update the firmware on your readers.',
    // session 13 (dev 9): the reader's urgent matter, someone able to help at once, a count now
    'I am away until Monday; if anything urgent comes up, Priya has your file.',
    'For urgent billing questions, please call our office on 555 0100.',
    'My colleague can answer your questions right away.',
    'Yes, we have about 30 units right now, and I will tell you if that changes.',
    // session 7: hard negatives (stock set)
    "If this isn't on your radar right now, feel free to ignore it.",
    "If the timing isn't right now, no problem.",
    // false positives found on the dev sets (session 5)
    'You flagged the shipment as urgent, so I checked with our ops team.',
    'Totally understand if tooling is the last thing on your mind right now.',
    // fifth round: hard negatives
    "No rush at all; I wouldn't worry about the deadline.",
    "I'd move the call to Thursday if that suits you better.",
    'I can start immediately if that helps your team.',
    'Happy to send it whenever suits you.',
    'Could you send it right away?',
  ],
  fail: [
    // session 36 (dev 20)
    {
      text: "If you're leaning our way, it might be worth confirming this week.",
      findings: [{ at: "If you're leaning our way, it might be worth confirming this week" }],
    },
    // session 34 (dev 16, dev 17)
    { text: "I'd not sit on it, honestly.", findings: [{ at: "I'd not sit on it" }] },
    {
      text: 'The clock is very much running on this one.',
      findings: [{ at: 'The clock is very much running' }],
    },
    // session 33 (dev 16, pressure in the writer's own words)
    { text: "Clock's ticking on this one.", findings: [{ at: "Clock's ticking" }] },
    // session 31 (review): a "Re:" does not make our own offer theirs
    {
      text: 'Subject: Re: Urgent: 20% off ends Friday\n\nHi Amy, prices rise next week.',
      findings: [{ at: 'Urgent:' }],
    },
    // session 30: the subject of a new message, or the body under a reply's subject
    {
      text: 'Subject: URGENT – cake delivery time\n\nHi Amy, the cake will arrive at 2pm.',
      findings: [{ at: 'URGENT' }],
    },
    {
      text: 'Subject: Re: your quote\n\nHi Amy, this is urgent.',
      findings: [{ at: 'urgent' }],
    },
    // session 29 (review: their words only before it, in its clause)
    {
      text: 'Your email mentioned the budget, so please sign ASAP.',
      findings: [{ at: 'ASAP', replacement: 'when you can' }],
    },
    {
      text: 'If not ASAP, then first thing Monday please.',
      findings: [{ at: 'ASAP' }],
    },
    {
      text: "Now's the time to lock in your spot!",
      findings: [{ at: "Now's the time" }],
    },
    // session 29 (dev 14)
    {
      text: "If you want the other, now's the moment.",
      findings: [{ at: "now's the moment", replacement: null }],
    },
    {
      text: 'Please send it by return; we cannot wait any longer.',
      findings: [{ at: 'we cannot wait any longer' }],
    },
    // session 29 (dev 14: their urgency, "not urgent", their words in quotes)
    {
      text: 'This is not urgent but please reply ASAP.',
      findings: [{ at: 'ASAP', replacement: 'when you can' }],
    },
    {
      text: 'It is "urgent" that you sign today.',
      findings: [{ at: 'urgent', replacement: 'important' }],
    },
    // session 28 (team negatives: advice about a fix)
    {
      text: "I wouldn't wait on the update to our pricing.",
      findings: [{ at: "I wouldn't wait" }],
    },
    // session 27 (team voice; dev 13)
    {
      text: "We'd move quickly if you want to keep it.",
      findings: [{ at: "We'd move quickly if you" }],
    },
    {
      text: 'The rate ends Friday, so worth deciding before the weekend.',
      findings: [{ at: 'so worth deciding before the weekend' }],
    },
    {
      text: 'The discount runs out tomorrow, so best to get the order in today.',
      findings: [{ at: 'best to get the order in today' }],
    },
    // session 17 review: readiness that asks, conditions or has to
    { text: 'I have to ask you to reply ASAP.', findings: [{ at: 'ASAP' }] },
    { text: 'We can only hold the price if you sign ASAP.', findings: [{ at: 'ASAP' }] },
    { text: "I'll be expecting your reply ASAP.", findings: [{ at: 'ASAP' }] },
    // session 17: readiness does not excuse asking for their answer at once
    {
      text: 'We will need your answer ASAP.',
      findings: [{ at: 'ASAP', replacement: 'when you can' }],
    },
    // session 7: blind stock set (tests/data/stock-blind.jsonl)
    {
      text: "The clock is ticking, so let's wrap this up.",
      findings: [{ at: 'The clock is ticking' }],
    },
    // cue patterns, fifth round (dev set 5)
    { text: "Honestly, I wouldn't wait on this one.", findings: [{ at: "I wouldn't wait" }] },
    { text: 'Best to lock it in now.', findings: [{ at: 'Best to lock it in now' }] },
    {
      text: 'I would strongly urge you to confirm.',
      findings: [{ at: 'I would strongly urge you to' }],
    },
    {
      text: "She won't stay available for long.",
      findings: [{ at: "won't stay available for long" }],
    },
    {
      text: "I'd suggest not waiting on the order.",
      findings: [{ at: "I'd suggest not waiting" }],
    },
    { text: 'Please reply ASAP.', findings: [{ at: 'ASAP', replacement: 'when you can' }] },
    { text: 'This is urgent.', findings: [{ at: 'urgent', replacement: 'important' }] },
    {
      text: 'Please call me immediately.',
      findings: [{ at: 'immediately', replacement: 'when you can' }],
    },
    { text: 'URGENT: please review the terms.', findings: [{ at: 'URGENT:', replacement: '' }] },
  ],
});
