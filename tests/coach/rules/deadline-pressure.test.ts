import { deadlinePressure } from '../../../lib/coach/rules/deadline-pressure';
import { ruleTable } from './table';

ruleTable(deadlinePressure, {
  pass: [
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    // session 34 (dev 18): hard negatives
    "The trial ends Monday. After that, it's full price, $299/mo.",
    // session 30: no answer from someone else is news of the work
    "If there's no answer from the council by Friday, we'll close the ticket and reopen it when they reply.",
    // session 29 (review: someone else's permit): hard negatives
    "Without the council's permit by Friday, the scaffold slot will go, so we are chasing them daily.",
    // session 27 (team voice): hard negatives
    "If we don't hear from the supplier by Friday, we'll source the part elsewhere at no cost to you.",
    // session 25: the alternative after "otherwise" is fine with the writer
    'Our offices close on the 22nd, so if you want the order in this year, anything before then is fine; otherwise January works too.',
    "If I don't hear back by Friday, I'll assume Bellwether isn't a fit right now.",
    // session 22: a request to the reader after the condition, not a threat
    "If we don't get the parcel by Friday, please tell me.",
    'If you do not receive the samples by Monday, just let me know and I will send more.',
    // session 21 review: "should we not receive" with no threat after it
    'Should we not receive the parcel by Friday, we will let you know.',
    // session 17 (real email): a second date, and an alternative I offer
    "I'll draft the agreement today or this weekend so we have something to discuss.",
    'Or I could walk you through it after 5pm on Thursday.',
    // session 17 (real phone offers): my own errand today, and a condition on what they have
    'I could come and pick it up today.',
    "I'd like to order it today. If you don't have the blue one, the grey is fine.",
    // session 15 (dev 10): "otherwise" that wishes them well
    'If any of it raises questions before the 22nd, happy to jump on a call. Otherwise, good luck with the meeting.',
    'Hi Ana,\n\nThe report is due by Friday, so here is a draft for your team to review.\n\nBest,\nTom',
    'If it helps, Friday works for a call.',
    "If I don't hear back by Friday, I'll assume the timing isn't right.",
    'The webinar is on Thursday at 2pm; the recording will be online after that.',
  ],
  fail: [
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse
    {
      text: 'Please confirm by Friday. After that the slot goes to the next family on the list, which is no problem for us.',
      findings: [
        {
          at: 'After that the slot goes to the next family on the list, which is no problem for us.',
        },
      ],
    },
    // session 34 (dev 18)
    // session 30 (review)
    {
      text: "If there's no answer from the directors by Friday, we'll release your booking.",
      findings: [
        { at: "If there's no answer from the directors by Friday, we'll release your booking." },
      ],
    },
    // session 30: no answer from them, or from their team, is still the condition
    {
      text: "If there's no reply from your team by Friday, we'll close the ticket.",
      findings: [{ at: "If there's no reply from your team by Friday, we'll close the ticket." }],
    },
    // session 29 (dev 14: over their head; "without … by then")
    {
      text: "If I don't hear back by Friday, I'll assume you're not the right person and take it to your CFO directly.",
      findings: [
        {
          at: "If I don't hear back by Friday, I'll assume you're not the right person and take it to your CFO directly.",
          replacement: "If I don't hear back by Friday, I'll assume you're not the right person.",
        },
      ],
    },
    {
      text: "Without the signed sponsorship form by then, your logo comes off and we'll offer the back cover to the next company.",
      findings: [
        {
          at: "Without the signed sponsorship form by then, your logo comes off and we'll offer the back cover to the next company.",
        },
      ],
    },
    // session 28 (review)
    {
      text: "If I don't hear back from your lawyer by Friday, I'll assume the contract is approved and book the kickoff.",
      findings: [
        {
          at: "If I don't hear back from your lawyer by Friday, I'll assume the contract is approved and book the kickoff.",
        },
      ],
    },
    // session 28 (dev 13)
    {
      text: "We'll be straight with you: if we don't get a standing order from you by the end of next week, we'll have to move you to our walk-in price list.",
      findings: [
        {
          at: "We'll be straight with you: if we don't get a standing order from you by the end of next week, we'll have to move you to our walk-in price list.",
        },
      ],
    },
    // session 27 (the graceful close in the team voice)
    {
      text: "If we don't hear from you by Friday, the slot goes to another client.",
      findings: [
        {
          at: "If we don't hear from you by Friday, the slot goes to another client.",
          replacement: "If we don't hear from you by Friday, we'll assume the timing isn't right.",
        },
      ],
    },
    {
      // "works" after "or I'll" is no alternative offered
      text: "Confirm by Friday, or I'll assume Monday works and charge your card.",
      findings: [{ at: "by Friday, or I'll assume Monday works and charge your card" }],
    },
    {
      text: 'Our offices close on the 22nd, so please order before then; otherwise the price goes up.',
      findings: [{ at: 'before then; otherwise the price goes up', replacement: 'before then' }],
    },
    // session 22 review: more of the same
    {
      text: 'If I don’t hear back by Friday, shall I assume it’s not a fit and close your account?',
      findings: [
        {
          at: 'If I don’t hear back by Friday, shall I assume it’s not a fit and close your account?',
          replacement: 'If I don’t hear back by Friday, shall I assume it’s not a fit?',
        },
      ],
    },
    // session 22: a threat after the way out; a quote "no longer honored"
    {
      text: "If I don't hear back by Friday, I'll assume Bellwether isn't a fit and delete your trial workspace.",
      findings: [
        {
          at: "If I don't hear back by Friday, I'll assume Bellwether isn't a fit and delete your trial workspace.",
          replacement: "If I don't hear back by Friday, I'll assume Bellwether isn't a fit.",
        },
      ],
    },
    {
      text: "If I don't hear from you by the 15th, I'll assume the timing isn't right and close your file, and the quoted premium of $7,420 will no longer be honored.",
      findings: [
        {
          at: "If I don't hear from you by the 15th, I'll assume the timing isn't right and close your file, and the quoted premium of $7,420 will no longer be honored.",
          replacement: 'The quoted premium of $7,420 holds until the 15th.',
        },
      ],
    },
    // session 21 review: "will go away", a date "within", a plural that still applies
    {
      text: "If you don't sign by Friday, the 20% discount will go away.",
      findings: [
        {
          at: "If you don't sign by Friday, the 20% discount will go away.",
          replacement: 'The 20% discount holds until Friday.',
        },
      ],
    },
    {
      text: "If I don't hear back within 48 hours, the 20% discount is withdrawn.",
      findings: [
        {
          at: "If I don't hear back within 48 hours, the 20% discount is withdrawn.",
          replacement: 'The 20% discount holds for 48 hours.',
        },
      ],
    },
    {
      text: 'Please confirm by Friday, or the 3 free months go away.',
      findings: [
        {
          at: 'by Friday, or the 3 free months go away',
          replacement: 'by Friday, while the 3 free months still apply',
        },
      ],
    },
    // session 21: "should we not receive", a loss in the plural ("go away"), and after a greeting
    // on the same line, in lower case
    {
      text: 'Should we not receive a signed copy by 5pm on Wednesday, the quoted rate of £8,400 will be withdrawn.',
      findings: [
        {
          at: 'Should we not receive a signed copy by 5pm on Wednesday, the quoted rate of £8,400 will be withdrawn.',
          replacement: 'The quoted rate of £8,400 holds until 5pm on Wednesday.',
        },
      ],
    },
    {
      text: 'Hi Ann, if I don’t hear back by tomorrow noon, I’m afraid the 3 free months go away.',
      findings: [
        {
          at: 'if I don’t hear back by tomorrow noon, I’m afraid the 3 free months go away.',
          replacement: 'the 3 free months hold until tomorrow noon.',
        },
      ],
    },
    // session 17 review: an alternative of mine only after "or I/we", never "can't"; a condition on
    // what they have that still takes something away
    {
      text: "Confirm by Friday, or I can't promise the slot.",
      findings: [{ at: "by Friday, or I can't promise the slot" }],
    },
    {
      text: 'Reply today or you can forget the discount.',
      findings: [{ at: 'today or you can forget the discount' }],
    },
    {
      text: "Please confirm by Friday. If you don't have the deposit in, we'll release the room.",
      findings: [{ at: "If you don't have the deposit in, we'll release the room." }],
    },
    // session 10 (stock set): the price after a date, as information
    {
      text: "The trial ends Monday. If you don't sign up before then it's full price, $299/mo.",
      findings: [
        {
          at: "If you don't sign up before then it's full price, $299/mo.",
          replacement: "After that, it's full price, $299/mo.",
        },
      ],
    },
    {
      text: "If you don't order by 3 May, you'll pay the standard rate of £40 a unit.",
      findings: [
        {
          at: "If you don't order by 3 May, you'll pay the standard rate of £40 a unit.",
          replacement: "After 3 May, you'll pay the standard rate of £40 a unit.",
        },
      ],
    },
    {
      text: 'Unless I receive a response by 30 April, I will withdraw our offer.',
      findings: [
        {
          at: 'Unless I receive a response by 30 April, I will withdraw our offer.',
          replacement: "If I don't hear back by 30 April, I'll assume the timing isn't right.",
        },
      ],
    },
    {
      // a loss that names a figure keeps it, as the date the offer holds until
      text: 'Unless I receive a response by 30 April, I will withdraw our offer of £14,500.',
      findings: [
        {
          at: 'Unless I receive a response by 30 April, I will withdraw our offer of £14,500.',
          replacement: 'Our offer of £14,500 holds until 30 April.',
        },
      ],
    },
    {
      text: "If we don't hear from you by 30 April, the offer of £14,500 will be withdrawn.",
      findings: [
        {
          at: "If we don't hear from you by 30 April, the offer of £14,500 will be withdrawn.",
          replacement: 'The offer of £14,500 holds until 30 April.',
        },
      ],
    },
    {
      text: 'If you can’t commit by March 3 we will release the 12 rooms we are holding for you.',
      findings: [
        {
          at: 'If you can’t commit by March 3 we will release the 12 rooms we are holding for you.',
          replacement: 'The 12 rooms we are holding hold until March 3.',
        },
      ],
    },
    {
      text: 'Unless we receive your acceptance by October 15, we will not reissue it at the same premium ($9,310).',
      findings: [
        {
          at: 'Unless we receive your acceptance by October 15, we will not reissue it at the same premium ($9,310).',
          replacement: 'This premium ($9,310) holds until October 15.',
        },
      ],
    },
    {
      text: 'Hi Ann, absent a reply until the 15th, I shall close your request.',
      findings: [
        {
          at: 'absent a reply until the 15th, I shall close your request.',
          replacement: "if I don't hear back by the 15th, I'll assume the timing isn't right.",
        },
      ],
    },
    {
      text: "Please confirm by Friday or we'll release your spot.",
      findings: [{ at: "by Friday or we'll release your spot", replacement: 'by Friday' }],
    },
    {
      text: 'Sign by the end of the week, otherwise the discount is gone.',
      findings: [
        {
          at: 'by the end of the week, otherwise the discount is gone',
          replacement: 'by the end of the week',
        },
      ],
    },
    {
      text: 'Please sign by Friday or the 20% discount goes away.',
      findings: [
        {
          at: 'by Friday or the 20% discount goes away',
          replacement: 'by Friday, while the 20% discount still applies',
        },
      ],
    },
    {
      text: "If you don't sign by Friday, we lose the implementation slot.",
      findings: [{ at: 'by Friday, we lose the implementation slot', replacement: null }],
    },
    {
      text: "Can you reply by Thursday? Otherwise we'll give the seat to another team.",
      findings: [{ at: "Otherwise we'll give the seat to another team." }],
    },
    {
      text: 'Sign by Friday or the price goes up 10%.',
      findings: [
        {
          at: 'by Friday or the price goes up 10%',
          replacement: 'by Friday, before the 10% price rise',
        },
      ],
    },
    {
      text: "If I don't hear back by Thursday, I'll assume you're not interested and close your file.",
      findings: [
        {
          at: "If I don't hear back by Thursday, I'll assume you're not interested and close your file.",
          replacement: "If I don't hear back by Thursday, I'll assume the timing isn't right.",
        },
      ],
    },
  ],
});
