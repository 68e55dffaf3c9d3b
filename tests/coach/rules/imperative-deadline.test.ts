import { imperativeDeadline } from '../../../lib/coach/rules/imperative-deadline';
import { ruleTable } from './table';

ruleTable(imperativeDeadline, {
  pass: [
    // review of session 34: false alarms of the new cues: hard negatives
    'Thanks for your patience 🙏 Order #4521 ships today.',
    'Great news 🎉 order confirmation attached, and it ships today.',
    'Please call me about the parcel delivered today if anything is missing.',
    "Do let me know by Friday if you'd like the blue one instead.",
    // session 34 (dev 18): hard negatives
    "Do let me know if you'd like a hand, no rush at all.",
    // session 34 (dev 16, dev 17): hard negatives
    'Could you forward this to your team by Friday?',
    "I'll forward it by Friday.",
    // session 30 (review): hard negatives
    'Join us at the open day this week!',
    'The office is closed for refurbishment, so please call the mobile number this week.',
    // session 30: "this week" after no command of theirs
    "I'll send the revised plan this week.",
    'Enjoy the conference this week.',
    "Let me know if you're around this week.",
    'Call me this week if you have any questions.',
    // session 30: the date is our service promise in the clause after the command
    'If the boiler fails again, call the hotline and an engineer will be with you within the hour.',
    'Ring the office and someone will call you back within 2 hours.',
    // session 25: the date comes with its own way out, or the next sentence gives it
    "Let me know by Friday if you'd like me to hold the room; after that I'll assume you've made other plans, which is completely fine.",
    "Let me know by Friday if you'd like me to hold the room. After that I'll assume you've made other plans, which is completely fine.",
    // session 22 (dev 12): hard negatives
    'If you’d like to add seats, just reply before 1 May.',
    // session 17 (real email): my own errand with a date; a window of my availability
    "I'll tidy the notes and send them over later today.",
    'Let me know when you have a few minutes (any time after 2pm works for me).',
    // session 14: a bare day near a verb that is no command to them
    "I'll send it tomorrow.",
    "We'll meet Tuesday and review it tomorrow.",
    'Enjoy your trip tomorrow.',
    "Let me know if you're around tomorrow.",
    'Look it over and call me tomorrow if you have questions.',
    // session 12: the offer the rewrite makes of silence read as a yes
    'If it suits you, we can ship the pallets; just let us know by Tuesday.',
    "If anything else would help, tell me and I'll have it to you well ahead of the 7th.",
    // session 7: hard negatives (stock set)
    'Please read: your rate will increase by 25% in June.',
    'Would Friday work for a short call?',
    'If you can, reply by Friday so I can plan the week.',
    'The survey closes by Friday; here are the results so far.',
  ],
  fail: [
    // session 34 (dev 18)
    {
      text: 'Do get the form back to me today.',
      findings: [{ at: 'Do get the form back to me today' }],
    },
    {
      text: 'Reply with your floor plan tonight.',
      findings: [{ at: 'Reply with your floor plan tonight' }],
    },
    { text: 'Drop me a yes by 5.', findings: [{ at: 'Drop me a yes by 5' }] },
    // session 34 (dev 16, dev 17)
    {
      text: 'Forward this to your manager by Friday.',
      findings: [{ at: 'Forward this to your manager by Friday' }],
    },
    {
      text: 'honestly 😅 reply with a time today',
      findings: [{ at: 'reply with a time today' }],
    },
    // session 30 (review)
    {
      text: 'Sign the form and the early-bird discount will be on your invoice, but only until Friday.',
      findings: [
        {
          at: 'Sign the form and the early-bird discount will be on your invoice, but only until Friday',
        },
      ],
    },
    // session 30 (dev 14): a command with "this week" close after it
    {
      text: 'Send me the signed pilot agreement this week.',
      findings: [
        {
          at: 'Send me the signed pilot agreement this week',
          replacement: 'If it suits you, send me the signed pilot agreement this week',
        },
      ],
    },
    // session 30: a consequence for them is no service promise; nor is telling our engineer
    {
      text: 'Sign the form and the price will stay the same only until Friday.',
      findings: [{ at: 'Sign the form and the price will stay the same only until Friday' }],
    },
    {
      text: 'Call the hotline and tell the engineer you need it by 5pm today.',
      findings: [{ at: 'Call the hotline and tell the engineer you need it by 5pm' }],
    },
    // session 29 (dev 14: "within the hour")
    {
      text: 'Please reply within the hour.',
      findings: [{ at: 'Please reply within the hour' }],
    },
    // session 28 (review: a dash after the day)
    {
      text: 'Review it and call me tomorrow—the team is waiting.',
      findings: [{ at: 'Review it and call me tomorrow' }],
    },
    // session 28 (dev 13: "the end of next week")
    {
      text: 'Reply by the end of next week.',
      findings: [{ at: 'Reply by the end of next week' }],
    },
    {
      text: "Let me know by Friday if you'd like me to hold the room. After that I'll release it.",
      findings: [{ at: 'Let me know by Friday' }],
    },
    // session 22 review: more of the same
    {
      text: 'If you want the 20% discount, sign by Friday.',
      findings: [{ at: 'sign by Friday', replacement: 'if it suits you, sign by Friday' }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'If you want to avoid losing the data, reply by Friday.',
      findings: [{ at: 'reply by Friday' }],
    },
    // session 17 review: my clause exempts only a command joined to it by "and"
    { text: "I'll be honest, please sign by Friday.", findings: [{ at: 'please sign by Friday' }] },
    {
      text: 'We can hold the room for you, just confirm by Friday.',
      findings: [{ at: 'just confirm by Friday' }],
    },
    // session 14 (dev 9): a command with a bare day right after it; after "and", the offer follows
    {
      text: 'Review it and send me your decision tomorrow. I have crews to plan around it.',
      findings: [
        {
          at: 'send me your decision tomorrow',
          replacement: 'send me your decision tomorrow if it suits you',
        },
      ],
    },
    {
      text: 'Call me this afternoon so we can nail it down, OK?',
      findings: [
        { at: 'Call me this afternoon', replacement: 'If it suits you, call me this afternoon' },
      ],
    },
    // session 12: the same command said for a team ("us")
    {
      text: 'Let us know by Friday.',
      findings: [
        { at: 'Let us know by Friday', replacement: 'If it suits you, let us know by Friday' },
      ],
    },
    // session 7: a shouted command keeps no stray capitals ("cALL")
    {
      text: 'CALL ME TODAY!',
      findings: [{ at: 'CALL ME TODAY', replacement: 'If it suits you, call ME TODAY' }],
    },
    {
      text: 'Reply by Friday.',
      findings: [{ at: 'Reply by Friday', replacement: 'If it suits you, reply by Friday' }],
    },
    {
      text: 'Please sign the form today.',
      findings: [
        {
          at: 'Please sign the form today',
          replacement: 'If it suits you, please sign the form today',
        },
      ],
    },
    {
      text: 'This offer is open, so reply by tomorrow to secure yours.',
      findings: [{ at: 'reply by tomorrow', replacement: 'if it suits you, reply by tomorrow' }],
    },
  ],
});
