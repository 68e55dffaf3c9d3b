import { demand } from '../../../lib/coach/rules/demand';
import { ruleTable } from './table';

ruleTable(demand, {
  pass: [
    // session 36: a reassurance and help for the reader's own session: hard negatives
    "Please make sure you have the login details to hand for Tuesday's session.",
    "Just make sure you're comfortable with the terms before you sign.",
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    "I'll make sure the replacement part is with me by Tuesday so the engineer can fit it on Wednesday.",
    'Make sure the dog is back with me before you leave for the airport, and have a lovely trip!',
    // session 35 (dev 19): hard negatives
    "I'll make sure the files are with you by Wednesday.",
    "I want to make sure the files are with you by Wednesday, so I'll courier them today.",
    // review of session 34: false alarms of the new cues: hard negatives
    'So just sign in with your usual email.',
    'So simply sign in with the code.',
    'I need to have it before I can issue the refund.',
    // session 34 (dev 18): hard negatives
    'We have to have the permit before the crane can come.',
    // session 34 (dev 16, dev 17): hard negatives
    'What you need to know is on page two.',
    "Tell me what you want from the new site and I'll sketch it.",
    'No fees allowed under the scheme, so it costs you nothing.',
    // their own words reported back (dev 17 hard negative)
    "You said you need to submit vendor picks by March 3rd, so I've kept it to one page.",
    // session 33 (review): hard negatives
    "The delivery went to the wrong depot; that's our mistake, no excuses.",
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    "No excuses needed, the timing just wasn't right.",
    // session 31 (review): no response required after other words; a warning light
    'No action or response required on your side.',
    "Please don't ignore this warning light; you can book a free check.",
    // session 31 (dev 15): no response required
    'No response required; the report is attached for your files.',
    'No further reply is required.',
    // session 29 (dev 14: a condition with a deadline): hard negatives
    "You'd need to bring photo ID on the day.",
    "You'd need to let us know by Friday, as the caterer orders on Monday.",
    "Your payment terms mean you'd need to pay within 30 days of the invoice.",
    // session 27 (a thing named by the word): hard negatives
    'For the mailing we need a reply-to address.',
    // session 22 review: innocent wording the new patterns must leave alone
    "Thanks, have a great weekend and I'll call you by Monday.",
    'Please get in touch right away if anything looks wrong.',
    // session 22 (dev 12): hard negatives
    'If anything looks wrong, please call us immediately.',
    // session 17 (real email): a relative clause, the people they might meet
    'I know two people you need to meet at the conference.',
    // session 17 (real phone offers): as long as they need is their time, not a demand
    'Take as long as you need to think it over.',
    // session 16 (dev 11): hard negatives
    'We need the floor plan by Friday to have your stand printed in time, as you asked.',
    'I will drop off the samples without fail on Monday, as promised.',
    // session 11 (dev 8): hard negatives
    'I need the weekend to think about your question.',
    // session 7: hard negatives (stock set)
    'Take whatever time you need to review it.',
    'Let me know what help you need to get started.',
    'If you need 15 minutes with us, just ask.',
    // false positives found on the dev sets (session 5)
    "There's nothing you need to do now.",
    // fifth round: hard negatives
    "Don't make me the bottleneck: tell me if anything is missing on my side.",
    // cue patterns, fourth round: hard negatives
    'Then we can pick a date.',
    'Send me any questions by Friday and I will cover them on the call.',
    'Which slot suits you best, Tuesday or Wednesday?',
    // cue patterns (lib/coach/cues/): hard negatives
    'Happy to make sure the demo covers your use case.',
    "You don't need to reply if it's not useful.",
    'Here is everything you need to know about the rollout.',
    'You must be swamped with the launch.',
    'If you need to move the call, just say.',
  ],
  fail: [
    // session 36: a reassurance and help for the reader's own session
    { text: 'Please make sure you reply by Friday.', findings: [{ at: 'make sure you reply' }] },
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse
    {
      text: 'If you want the discount you need to sign by Friday.',
      findings: [{ at: 'you need to' }],
    },
    // session 35 (dev 19)
    {
      text: 'Please make sure the signed agreement and your logo files are with me by Wednesday morning.',
      findings: [
        { at: 'Please make sure the signed agreement and your logo files are with me by' },
      ],
    },
    {
      text: 'I want a yes or no from you before you leave the office tonight.',
      findings: [{ at: 'I want a yes or no from you before you leave' }],
    },
    // session 34 (dev 18)
    {
      text: 'I have to have it before I leave for the week.',
      findings: [{ at: 'I have to have it before' }],
    },
    {
      text: 'I do have to have your decision today.',
      findings: [{ at: 'I do have to have your decision' }],
    },
    // session 34 (dev 16, dev 17)
    {
      text: 'What I need from you today is the signed order.',
      findings: [{ at: 'I need from you' }],
    },
    {
      text: 'Here is what you have to do this week: sign the form.',
      findings: [{ at: 'what you have to do this week' }],
    },
    {
      text: 'Both forms need to be back with me by Friday.',
      findings: [{ at: 'need to be back with me by' }],
    },
    {
      text: "No 'let me think about it' allowed this time.",
      findings: [{ at: "No 'let me think about it' allowed" }],
    },
    { text: 'The kit is packed, so just pay and it ships.', findings: [{ at: 'so just pay' }] },
    // session 33 (review)
    // session 33 (dev 16, pressure in the writer's own words)
    {
      text: "Get your building manager's number to me before Friday, no excuses.",
      findings: [{ at: 'no excuses' }],
    },
    // session 31 (dev 15): don't ignore this; a response required
    {
      text: "Subject: {{first_name}}, DON'T IGNORE THIS",
      findings: [{ at: "DON'T IGNORE THIS" }],
    },
    {
      text: 'Subject: Response required: {{company}} email security findings',
      findings: [{ at: 'Response required' }],
    },
    // session 29 (dev 14: a condition with a deadline)
    {
      text: "Hi Jamie, you'd need to decide within the hour, things are moving fast.",
      findings: [{ at: "you'd need to" }],
    },
    // session 22 review: more of the same
    {
      text: 'Dana, send it by Friday!',
      findings: [
        { at: 'Dana, send it by Friday!', replacement: 'Dana, could you send it by Friday?' },
      ],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'Dana, send me the floor plans by Friday.',
      findings: [
        {
          at: 'Dana, send me the floor plans by Friday.',
          replacement: 'Dana, could you send me the floor plans by Friday?',
        },
      ],
    },
    {
      text: 'Please return the signed form immediately.',
      findings: [{ at: 'Please return the signed form immediately' }],
    },
    {
      text: 'Send me the list today. Don’t sit on this one.',
      findings: [
        { at: 'Send me the list today.', replacement: 'Could you send me the list today?' },
        { at: 'Don’t sit on this' },
      ],
    },
    // session 17 review: a vocative, not a relative clause
    { text: 'Guys you need to sign this today.', findings: [{ at: 'you need to' }] },
    // session 16 (dev 11): the same tactics in our own words
    {
      text: 'I need your signed forms and bank details by Friday noon.',
      findings: [
        {
          at: 'I need your signed forms and bank details by Friday',
          replacement: "I'd welcome your signed forms and bank details by Friday",
        },
      ],
    },
    {
      text: 'No more delays, please.',
      findings: [{ at: 'No more delays' }],
    },
    // session 13 (dev 9): required from you without fail, you'll have to by end of day
    {
      text: 'What I really must have from you now is a yes or no on the desks.',
      findings: [{ at: 'I really must have from you' }],
    },
    {
      text: 'These must be returned to this office by Wednesday without fail.',
      findings: [{ at: 'without fail' }],
    },
    {
      text: 'The following items are required from you.',
      findings: [{ at: 'are required from you' }],
    },
    {
      text: "You'll have to send me the dimensions by end of day.",
      findings: [{ at: "You'll have to send me the dimensions by" }],
    },
    {
      text: 'pls call me back soonest, need ur answer tmrw am',
      findings: [{ at: ', need ur answer tmrw' }],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: 'ray i need u to send the inventory by friday',
      findings: [{ at: 'i need u to' }],
    },
    {
      text: "Need the floor plans from you today, can't quote without them.",
      findings: [{ at: 'Need the floor plans from you today' }],
    },
    {
      text: "I'll need the headcount from you by Thursday.",
      findings: [{ at: "I'll need the headcount from you by" }],
    },
    {
      text: 'Please send the files without further delay.',
      findings: [{ at: 'without further delay' }],
    },
    {
      text: 'Please make this a priority.',
      findings: [{ at: 'make this a priority' }],
    },
    // session 7: blind stock set (tests/data/stock-blind.jsonl)
    {
      text: 'I need 15 minutes with you this week.',
      findings: [{ at: 'I need 15 minutes with you' }],
    },
    // cue patterns, fifth round (dev set 5)
    {
      text: "Please don't make me chase this again.",
      findings: [{ at: "Please don't make me chase" }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    { text: 'Sign the order form. Then send me the PO number.', findings: [{ at: 'Then send' }] },
    // cue patterns, third round (lib/coach/cues/)
    {
      text: 'I need a single answer by noon.',
      findings: [{ at: 'I need a single answer', replacement: "I'd welcome a single answer" }],
    },
    {
      text: "Do it today please, I'm not chasing this again.",
      findings: [{ at: 'Do it today' }, { at: "I'm not chasing this again" }],
    },
    {
      text: 'Send me the signed form by Friday.',
      // (session 22: asked instead, to the full stop)
      findings: [
        {
          at: 'Send me the signed form by Friday.',
          replacement: 'Could you send me the signed form by Friday?',
        },
      ],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: 'Please ensure your IT lead joins the call.',
      findings: [{ at: 'Please ensure your' }],
    },
    {
      text: 'I need you to sign the form.',
      findings: [{ at: 'I need you to', replacement: 'It would help if you could' }],
    },
    {
      text: 'You must decide this week.',
      findings: [{ at: 'You must', replacement: 'You may want to' }],
    },
    {
      text: 'So I need your answer today.',
      findings: [{ at: 'I need your answer', replacement: "I'd welcome your answer" }],
    },
    {
      text: 'Make sure you reply to the invite.',
      findings: [{ at: 'Make sure you reply', replacement: 'Please reply' }],
    },
    {
      text: 'Call me back as soon as you get this.',
      findings: [{ at: 'as soon as you get this' }],
    },
    {
      text: "I'll need a decision by Friday.",
      findings: [{ at: "I'll need a decision", replacement: "I'd welcome a decision" }],
    },
  ],
});
