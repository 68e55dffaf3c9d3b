import { ultimatum } from '../../../lib/coach/rules/ultimatum';
import { ruleTable } from './table';

ruleTable(ultimatum, {
  pass: [
    // review of session 36: pressure the dev-20 cues missed: hard negatives
    "No reply by Friday and I'll assume you're busy and try again next month.",
    // review of session 36: false alarms of the dev-20 cues: hard negatives
    'Press 1 to hold, or your call will go to the next available advisor.',
    'Either Tom takes the spare room, or it goes to the other cousin; they can sort it out between them.',
    "If you didn't send that password-reset request, we will cancel it and lock the account for your safety.",
    "Sadly the airline had no option but to cancel your flight because of the storm, and we've rebooked you on Tuesday's.",
    'The council had no choice but to close your road for the gas works; sorry for the disruption.',
    "I can keep looking after it myself, or I'll hand your case over to our specialist team if you'd prefer; entirely your call.",
    "I'm on leave from Friday, so I'll either finish it before then or hand your account over to my colleague Sam, who's fully briefed.",
    // session 36 (dev 20): hard negatives
    'Either Tom or Priya will go to another site next week.',
    // session 36: a reassurance and help for the reader's own session: hard negatives
    'Hi Sam, no reply means no charge: the trial simply ends on the 30th.',
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    "If there's nothing back by Monday from the surveyor, we'll go with the original valuation.",
    // session 35 (dev 19): hard negatives
    "If there's nothing from you by Thursday, no problem at all, I'll check in next month.",
    // review of session 34: false alarms of the new cues: hard negatives
    "You won't go to the back of the queue if you need to reschedule.",
    'Your account has not been passed to our collections team.',
    "It won't be passed to a debt collection agency.",
    "If there's no change by the weekend, we'll give you a full refund.",
    'If it all goes to plan, your old line will be disconnected on Tuesday.',
    'Otherwise it ends with your current term on 30 June, no action needed.',
    'Otherwise it ends up being Wednesday.',
    'Otherwise lunch stops at 2pm.',
    // session 34 (dev 18): hard negatives
    'If the card is lost, it will be frozen straight away to protect you.',
    'Otherwise the office closes at five as usual.',
    // session 34 (dev 16, dev 17): hard negatives
    "We can't start until the permit arrives from the council.",
    'We moved you to the front of the queue as promised.',
    // session 33 (review): hard negatives
    "Either we catch up by phone tomorrow, or I'll pull together a written summary, whichever you prefer.",
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    "Either you pick a slot this week, or I'll drop you a few more times to choose from.",
    // session 31 (review): our missed time, their booking released back with a refund
    "If we can't get the parts in by Friday, we'll release your booking back to the calendar and refund your deposit in full.",
    // session 30 (review): hard negatives
    "If we don't hear back from the mill by Friday, we'll switch your order to the oak range, which means losing the free delivery, I'm afraid.",
    "Unless we get the parts from Germany in time, we'll switch your order to the oak range, which means losing the free delivery.",
    // session 30 (dev 14): their state, or someone else's answer, is no condition on them
    "If you don't need the van any more, we'll move the account to pay-as-you-go, which means losing the fleet rate but paying nothing monthly.",
    "If there's no answer from the council by Friday, we'll close the ticket on our side and chase them.",
    'Moving to annual billing means losing the monthly flexibility, so it is your call.',
    // session 27 (team voice): hard negatives
    "We'll assume the delivery address is the same as last time unless the new site is ready.",
    // session 23 (dev 10): innocent neighbours of the new patterns
    "The Thursday demo is the last one this quarter, so if we can't find a slot that week I'll send the recording.",
    "If we can't make Tuesday work, I'm happy to remove the workshop from the quote.",
    "We'll cover the rollout first, or we'll move on to pricing in the second half.",
    "If you transfer the seats to the new entity, the pricing goes with them and we'll close the old account for you.",
    'Good news: we won’t be changing our price again this year.',
    'If you downgrade, the discount goes with it.',
    'If you close the account, the discount goes with it.',
    'Happy to go deeper, or we can move on to pricing.',
    "If we can't make Tuesday work, no problem, we can find another week.",
    "This is the last time I'm writing about the webinar; the recording is below.",
    // session 23: a promise the price stays put; an either/or whose other branch helps them
    "I promise we won't be changing the price again.",
    "Either you pick a slot that suits, or I'll drop you an invite for Thursday at 10.",
    // session 22 review: innocent wording the new patterns must leave alone
    "If we're not the right fit, you can find another supplier.",
    "Good news: we won't be moving the session again.",
    'Attached is our final quote for the 40 seats.',
    // session 22 (dev 12): hard negatives
    'The only change from the last version is the fabric.',
    // session 17 (real phone offers): the reader's limit granted, not ours imposed
    'I understand if the price is fixed; thanks for considering it.',
    "I completely understand if you can't go lower than $900.",
    'If the part has not arrived by Friday, it goes to the next shipment at no cost to you.',
    // session 14 (dev 9): hard negatives
    'We would be glad to walk you through it, or we walk the site together on Monday.',
    "It's all or nothing with the regulators this year, so plan early.",
    'If you would rather pause, we can leave it there for now.',
    'The venue is open to negotiation on the date.',
    "You're the one and only contact I have there.",
    'Should you not need the spare parts, we can withdraw them from the order at no charge.',
    // session 11 (dev 8): hard negatives
    'There is plenty of room to move on the delivery dates.',
    "Because you're on an annual plan, your price won't change until March.",
    'As far as we can tell, the rate is fine.',
    'If not, we can pass on your details to our partner.',
    "Our report won't change much, but here is the new chart.",
    // session 10: hard negatives
    'Our last and best season was 2019, when the plant opened.',
    'There will be another round of pilots in spring if you are interested.',
    'If the parcel has not arrived by Friday, tell me and I will chase the courier.',
    "If the upgrade is off the table for now, that's fine.",
    // session 8: the rewrite's own wording
    "I'll assume the timing isn't right and close your file if I don't hear back by Friday.",
    // session 7: hard negatives
    "I'll keep you posted until the launch.",
    "We'll keep the draft until you need it.",
    // sixth round: hard negatives
    'Either way works for us, no pressure.',
    // fifth round: hard negatives
    'Either you or Sam can sign, whichever is easier.',
    "If the file isn't ready by Friday, no problem, we can look at it next week.",
    // cue patterns, fourth round: hard negatives
    "If the team doesn't need it, I'm happy to close the loop.",
    "This will be my last note. If I don't hear back by Friday, I'll assume the timing isn't right.",
    "Last note from me 🙂 If I don't hear back by Friday, I'll assume the timing isn't right.",
    // cue patterns (lib/coach/cues/): hard negatives
    "This is my last note; if the timing isn't right, no worries at all.",
    'This is my last note on the subject.',
    'The final report is attached.',
    "We're flexible on the price.",
  ],
  fail: [
    // review of session 36: pressure the dev-20 cues missed
    {
      text: "No reply by the 5th and I'll be forced to give your slot away.",
      findings: [{ at: "No reply by the 5th and I'll be forced to give your slot away" }],
    },
    // session 36 (dev 20)
    {
      text: 'Signed order by Monday, or both fitters go to another client.',
      findings: [{ at: 'or both fitters go to another' }],
    },
    {
      text: 'If your school does not confirm by Friday, we will withdraw the discount.',
      findings: [{ at: 'If your school does not confirm by Friday, we will withdraw' }],
    },
    {
      text: 'We would have no option but to close your account.',
      findings: [{ at: 'We would have no option but to close your' }],
    },
    {
      text: 'Either we meet this week, or I hand your account to a junior colleague.',
      findings: [{ at: 'or I hand your account to a ' }],
    },
    // session 36: a reassurance and help for the reader's own session
    {
      text: "No reply means no, and I'll close your file.",
      findings: [{ at: 'No reply means no' }],
    },
    // session 35 (dev 19)
    {
      text: "If there's nothing from you by Thursday, I'll withdraw and sign with them.",
      findings: [{ at: "If there's nothing from you by Thursday, I'll withdraw" }],
    },
    // session 34 (dev 18)
    {
      text: "Decide by Monday or I'm putting him forward to another firm.",
      findings: [{ at: "or I'm putting him forward to another firm" }],
    },
    {
      text: "If it isn't paid by Wednesday, your account will be suspended.",
      findings: [{ at: "If it isn't paid by Wednesday, your account will be suspended" }],
    },
    {
      text: 'Sign by Thursday, otherwise support switches off on Friday.',
      findings: [{ at: 'otherwise support switches off' }],
    },
    {
      text: 'The debt will be passed to our collections agency.',
      findings: [{ at: 'passed to our collections agency' }],
    },
    // session 34 (dev 16, dev 17)
    {
      text: 'Miss Friday and you go to the back of the queue.',
      findings: [{ at: 'go to the back of the queue' }],
    },
    {
      text: "If there's no signed order by the 3rd, I'll release the crew.",
      findings: [{ at: "If there's no signed order by the 3rd, I'll release" }],
    },
    {
      text: 'We are not in a position to schedule the install until it is signed.',
      findings: [{ at: 'We are not in a position to schedule the install until it is signed' }],
    },
    // session 33 (review)
    // session 33 (dev 16, pressure in the writer's own words)
    {
      text: "Either we agree terms on the retained search this week, or I'll be taking the shortlist to another client.",
      findings: [
        {
          at: "Either we agree terms on the retained search this week, or I'll be taking the shortlist to another",
        },
      ],
    },
    {
      text: 'Either we lock the spec in this week or I scrap the drawings and we start from scratch.',
      findings: [{ at: 'Either we lock the spec in this week or I scrap' }],
    },
    // session 31 (dev 15): their referral handed back, their slot given to the next company; a merge
    // field taken off my list
    {
      text: "If I can't get 15 minutes with you by month end, I'll have to hand your referral back to Priya.",
      findings: [
        {
          at: "If I can't get 15 minutes with you by month end, I'll have to hand your referral back",
        },
      ],
    },
    {
      text: "Either we get a call on the books this week or I'm taking {{company}} off my list for good.",
      findings: [{ at: "or I'm taking {{company}} off my list" }],
    },
    // session 30 (review)
    {
      text: "If there's no sign-off from your manager this week we'll close the project file.",
      findings: [
        { at: "If there's no sign-off from your manager this week we'll close the project file" },
      ],
    },
    // session 30 (dev 14): no sign-off, no reorder: we close the file, or they lose their terms
    {
      text: "Just so you're aware, if there's no sign-off this week we'll close the project file.",
      findings: [{ at: "if there's no sign-off this week we'll close the project file" }],
    },
    {
      text: "Without a reorder this month we'll have to move the account from trade to retail terms, which means losing the 25% discount.",
      findings: [
        {
          at: "Without a reorder this month we'll have to move the account from trade to retail terms, which means losing the 25% discount",
        },
      ],
    },
    // session 23 (dev 10): walking away, the last time on the table, the file closed on a yes
    {
      text: "Take it this week or I'll have to move on.",
      findings: [{ at: "or I'll have to move on" }],
    },
    {
      text: "If your team can't get a signature by Friday, I'm closing the file.",
      findings: [{ at: "If your team can't get a signature by Friday, I'm closing the file" }],
    },
    {
      text: "Either you confirm by Friday, or we'll offer the remaining slots to the waitlist.",
      findings: [{ at: "or we'll offer the" }],
    },
    {
      text: "We've come down twice already; I'm not changing the number again.",
      findings: [{ at: "I'm not changing the number" }],
    },
    {
      text: "We're closing the books on Friday, and the discount goes with it.",
      findings: [{ at: "We're closing the books on Friday, and the discount goes with it" }],
    },
    {
      text: "Take it this week or I'm moving on to the next client on my list.",
      findings: [{ at: "or I'm moving on" }],
    },
    {
      text: "This is the last time I'm putting this rate on the table.",
      findings: [{ at: "last time I'm putting this rate" }],
    },
    {
      text: "If we can't get a yes this week I'm closing your file and the pricing goes with it.",
      findings: [{ at: "If we can't get a yes this week I'm closing your file" }],
    },
    // session 23: next to the exemptions above
    {
      text: "We won't be changing the price, so take it or leave it.",
      findings: [{ at: "won't be changing the price" }, { at: 'take it or leave it' }],
    },
    {
      text: 'Either you pick a slot, or I will send the contract anyway.',
      findings: [{ at: 'Either you pick a slot, or I' }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'It is this fee, or we call the project off.',
      findings: [{ at: 'or we call the project off' }],
    },
    {
      text: 'We won’t be revising the quote again.',
      findings: [{ at: 'won’t be revising the quote again' }],
    },
    {
      text: 'Confirm the order or we delete your files.',
      findings: [{ at: 'or we delete your files' }],
    },
    {
      text: 'Either it’s signed this week, or your support drops to basic.',
      findings: [{ at: 'Either it’s signed this week, or your support drops' }],
    },
    {
      text: 'If that does not suit, you will need to find another supplier.',
      findings: [{ at: 'you will need to find another supplier' }],
    },
    {
      text: 'This is our final position: £40 a unit.',
      findings: [{ at: 'This is our final position' }],
    },
    {
      text: 'If Harbour Foods doesn’t go ahead on these terms, I’ll withdraw the proposal.',
      findings: [
        { at: 'If Harbour Foods doesn’t go ahead on these terms, I’ll withdraw the proposal' },
      ],
    },
    // session 17 review: a granted limit ends at "but"
    {
      text: 'I understand if you need more time but this is our final offer.',
      findings: [{ at: 'this is our final offer' }],
    },
    // session 17: our own limit is still an ultimatum
    { text: "I can't come down any further.", findings: [{ at: "can't come down" }] },
    // session 14 (dev 9): unconfirmed by the date, the day goes to another customer
    {
      text: "If it isn't confirmed by then, that technician day goes to another customer.",
      findings: [
        { at: "If it isn't confirmed by then, that technician day goes to another customer" },
      ],
    },
    // session 14 (dev 9): walk away in one word, this or nothing in any words, the file closed as
    // the other choice, terms closed to talk
    {
      text: 'It is this bundle at this price or we walk.',
      findings: [{ at: 'or we walk' }],
    },
    {
      text: "It's the whole twelve-month retainer or nothing at all.",
      findings: [{ at: "It's the whole twelve-month retainer or nothing at all" }],
    },
    {
      text: "Those are the numbers, or we'll have to leave it there.",
      findings: [{ at: "or we'll have to leave it there" }],
    },
    {
      text: 'Let me know which room you prefer or we close the booking.',
      findings: [{ at: 'or we close the booking' }],
    },
    {
      text: 'These rates are not open to further negotiation.',
      findings: [{ at: 'not open to further negotiation' }],
    },
    {
      text: 'Yes or no by Friday, and a no means we move on.',
      findings: [{ at: 'a no means we move on' }],
    },
    {
      text: 'This is my one and only offer for the van.',
      findings: [{ at: 'one and only offer' }],
    },
    {
      text: 'Should these terms not be accepted in full, we will withdraw from consideration.',
      findings: [{ at: 'Should these terms not be accepted in full, we will withdraw from' }],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: "That price is final; take it or we'll pass, no hard feelings.",
      findings: [{ at: "take it or we'll pass" }],
    },
    {
      text: "There's no more room to move on the rate.",
      findings: [{ at: 'no more room to move' }],
    },
    {
      text: "This price or nothing, I'm afraid.",
      findings: [{ at: 'This price or nothing' }],
    },
    {
      text: 'Sign on these terms, or we part ways.',
      findings: [{ at: 'or we part ways' }],
    },
    {
      text: "There isn't a third option.",
      findings: [{ at: "There isn't a third option" }],
    },
    {
      text: 'That is as low as the price can go.',
      findings: [{ at: 'as low as the price can go' }],
    },
    {
      text: "We won't be lowering the rate any further.",
      findings: [{ at: "won't be lowering the rate" }],
    },
    // session 10 (dev set 7): take it or leave it, said formally
    {
      text: 'This is our last and best offer for the fit-out.',
      findings: [{ at: 'last and best offer' }],
    },
    {
      text: 'There will not be a further reduction on this quote.',
      findings: [{ at: 'There will not be a further reduction' }],
    },
    {
      text: 'If the signed order has not come back by 2 May, we will release the press slot.',
      findings: [{ at: 'If the signed order has not come back by 2 May, we will release' }],
    },
    // session 8: a threat on their silence that costs them nothing becomes our reading of it
    {
      text: "If I don't hear back by Friday, I'll close your file.",
      findings: [
        {
          at: "If I don't hear back by Friday, I'll close your file",
          replacement:
            "If I don't hear back by Friday, I'll assume the timing isn't right and close your file",
        },
      ],
    },
    {
      text: "I'll have to close your file if I don't hear back by Friday.",
      findings: [
        {
          at: "I'll have to close your file if I don't",
          replacement: "I'll assume the timing isn't right and close your file if I don't",
        },
      ],
    },
    {
      text: 'Unless I hear from you by 30 April, I will stop reaching out.',
      findings: [
        {
          at: 'Unless I hear from you by 30 April, I will stop reaching out',
          replacement:
            "Unless I hear from you by 30 April, I will assume the timing isn't right and stop reaching out",
        },
      ],
    },
    {
      text: "If Corridor Freight doesn't hear back from you by Thursday, I'm closing the file.",
      findings: [
        {
          at: "If Corridor Freight doesn't hear back from you by Thursday, I'm closing the file",
          replacement:
            "If Corridor Freight doesn't hear back from you by Thursday, I'll assume the timing isn't right and close the file",
        },
      ],
    },
    // a loss to them keeps no rewording
    {
      text: 'Unless I receive a response by 30 April, I will withdraw our offer of £14,500.',
      findings: [
        {
          at: 'Unless I receive a response by 30 April, I will withdraw our offer',
          replacement: null,
        },
      ],
    },
    // session 7: the stock examples, short drafts
    {
      text: "I'll keep emailing until I get an answer.",
      findings: [{ at: "I'll keep emailing until" }],
    },
    {
      text: "We're going to keep following up until you reply.",
      findings: [{ at: "We're going to keep following up until" }],
    },
    // cue patterns, sixth round (dev set 6)
    {
      text: "Decide by Friday or I'll withdraw the offer.",
      findings: [{ at: "or I'll withdraw the offer" }],
    },
    { text: 'There will be no more extensions.', findings: [{ at: 'no more extensions' }] },
    {
      text: 'Either we agree terms this week or we close the account.',
      findings: [{ at: 'Either we agree terms this week or we close' }],
    },
    // cue patterns, fifth round (dev set 5)
    {
      text: 'Either you sign this week or I give the slot away.',
      findings: [{ at: 'Either you sign this week or I' }],
    },
    { text: 'Final offer: 10% off if you commit today.', findings: [{ at: 'Final offer' }] },
    {
      text: "If not, I'll assume it's a no and move on.",
      findings: [{ at: "If not, I'll assume" }],
    },
    {
      text: "If the deposit isn't in by Friday, we will release the dates.",
      findings: [{ at: "If the deposit isn't in by Friday, we will release" }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    {
      text: "If Maple Dental doesn't reply by Friday, I'm closing the file.",
      findings: [{ at: "If Maple Dental doesn't reply by Friday, I'm closing the file" }],
    },
    {
      text: "No answer by the 30th and I'm taking Brookfield off my list.",
      findings: [{ at: "No answer by the 30th and I'm taking Brookfield off my list" }],
    },
    // cue patterns, third round (lib/coach/cues/)
    {
      text: "If Sunday comes and goes without a word, I'll take you off my list.",
      findings: [{ at: "without a word, I'll take you off my list" }],
    },
    {
      text: "I'll archive the proposal if I don't hear back this week.",
      findings: [{ at: "archive the proposal if I don't" }],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: "This is my final attempt: if you don't reply by Friday, I'll close the file.",
      findings: [{ at: "final attempt: if you don't" }],
    },
    {
      text: "Answer this week or I'm removing you from the beta list.",
      findings: [{ at: "or I'm removing you from" }],
    },
    { text: 'This is our final offer.', findings: [{ at: 'This is our final offer' }] },
    { text: 'Take it or leave it.', findings: [{ at: 'Take it or leave it' }] },
    { text: 'The price is non-negotiable.', findings: [{ at: 'non-negotiable' }] },
    {
      text: 'The discount is off the table after today.',
      findings: [{ at: 'off the table after ', replacement: 'available until ' }],
    },
    {
      text: 'This is my last email unless you reply.',
      findings: [{ at: 'unless you reply', replacement: 'for now' }],
    },
    { text: "Let me know or I'll move on.", findings: [{ at: "or I'll move on" }] },
    {
      text: 'Last time I will ask: are you in or not?',
      findings: [{ at: 'Last time I will ask' }, { at: 'are you in or not' }],
    },
  ],
});
