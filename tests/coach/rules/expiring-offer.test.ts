import { expiringOffer } from '../../../lib/coach/rules/expiring-offer';
import { ruleTable } from './table';

ruleTable(expiringOffer, {
  pass: [
    // code review of session 36: gates, windows and pence: hard negatives
    "The rate is valid only until Friday at £4.50 a unit, and I'll extend it if you need more time.",
    // review of session 36: pressure the dev-20 cues missed: hard negatives
    "From the 1st you'll be paying £40 a month, as agreed on the call.",
    "Don't let it slip your mind: the dentist is at 3.",
    // review of session 36: false alarms of the dev-20 cues: hard negatives
    "Sorry, that rate was only valid until March; I've attached this year's price list, which is a little lower for your size of order.",
    'Your booking reference number is valid only until the day of travel, so keep the email handy.',
    'Your half-price first month ends on the 14th; after that it goes back to £9 a month, and you can cancel any time in settings.',
    "Parking at the station is free while the works are on; from the 1st it's back to £4.50 a day.",
    'Because our card machine is down, the delivery charge is waived until Monday; sorry for the hassle.',
    "As an apology for the outage, your monthly fee is waived until Friday's fix goes live.",
    'Heads up: your staff discount expires on Friday when your contract ends, so pick up anything you need from the shop before then.',
    "Your fixed energy rate ends on Sunday; we'll move you to our cheapest variable tariff automatically, and there are no exit fees if you'd rather switch.",
    "The passport office closes for Easter, so I'd get the form in before Thursday if you want your passport for the trip.",
    "The school needs the consent slip back by Friday, so I'd get the form back today before it gets lost in the school bag.",
    "The museum's offer of free entry holds only until the refurbishment starts, so we can go any weekend before then.",
    "That quote is good for 30 days only because timber prices change, and I'll happily requote after that at no charge.",
    // session 36 (dev 20): hard negatives
    'The quote is valid for 30 days, as standard.',
    'Our quotes are valid for 30 days only, as with every supplier.',
    'After that it goes back to the usual Tuesday slot.',
    "The trial ends Monday. After that, it's full price, $299/mo.",
    'The early-bird fee is waived until 30 June for all members.',
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    "Monday is too late for the printer, so I'll send it Friday.",
    "Once you click delete, then it's gone for good, so export your photos first.",
    "I can't promise it'll come back exactly the same colour after dry cleaning.",
    "The warranty only applies if we receive the registration card back by Friday, so I've filled it in for you.",
    "Let's get the card signed today while Priya is out at lunch.",
    // session 35 (dev 19): hard negatives
    'Monday is a bank holiday, so the office is closed.',
    'The leak is gone for good now that the pipe is replaced.',
    // review of session 34: false alarms of the new cues: hard negatives
    'The quoted price only holds for 30 days because timber costs move.',
    'Your discount only applies to the first year, as we discussed.',
    'The promo price only applies to new customers, sorry.',
    'From 1 July, standard plans move onto the new price list. Your current rate is locked.',
    "After that, it's the new pricing that applies to all accounts, which we announced in January.",
    'Your credit disappears when you close the account.',
    "Your setup fee disappears once the annual plan starts, so it's free for you.",
    'The upgrade banner vanishes once you refresh the page.',
    'Our card machine prices reset on Monday; your contract price is fixed.',
    "The price is gone from the site but I've honoured it on your invoice.",
    "Fees for late payment go up in April; this won't affect you.",
    // session 34 (dev 18): hard negatives
    'Interest rates reset at the end of each term.',
    // session 34 (dev 8): a price rise told as a notice that spares their quote
    'Our list prices for the lease go up 4% on 1 April, as announced in January. Your current quote stays as it is.',
    'Rates go up 3% in May. This is only for information; your contract price holds.',
    // session 34 (dev 16, dev 17): hard negatives
    'The rash tends to disappear when the weather warms up.',
    'Rates for the hall go down in January.',
    // session 33 (review): hard negatives
    'Your deposit is being released back to you when this month closes.',
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    'The tickets go back on sale to the public in March, when the venue confirms.',
    // session 31 (review): a real window; parking that costs more in the evening
    'The fitters will install the final window on Thursday morning, weather permitting.',
    'Heads up: parking rates double after 6pm near the venue.',
    // session 29 (review: "only valid for" a group is no deadline): hard negatives
    'The discount is only valid for new customers.',
    // session 29 (dev 14: a name in quotes): hard negatives
    'Loved your idea of a "last chance" cocktail at 11:30 before the bar closes!',
    // session 28 (dev 13: a date by its month): hard negatives
    'We can hold the room for you until 31 March if that helps.',
    // session 24 review: an amount is no date
    'We can only hold the discount for 10 users on the annual plan.',
    // session 24: holding something for them, without a cut-off; out of my hands, without a date
    "We're happy to hold the room for you until Friday if that helps.",
    'The decision is out of my hands, but I can share what the committee looks at.',
    // session 22 review: innocent wording the new patterns must leave alone
    'After that it goes back to normal.',
    'From Monday you get 20% more storage at no extra cost.',
    'The quote is only valid if signed by an authorised signatory.',
    // session 22 (dev 12): hard negatives
    'I can hold this quote until your board meets on the 14th.',
    // session 16 (dev 11): hard negatives
    'After that date, the invoice is subject to the standard payment terms you chose.',
    'The early-bird rate applies to bookings made by 1 May, as you asked.',
    // session 15 (dev 10): hard negatives
    'Try it for the first month, and then decide whether the team wants to keep it.',
    'After that, the standard onboarding guide covers the rest.',
    'Run the report, and then double-check the totals.',
    "The trial ends Monday. After that, it's full price, $299/mo.",
    // session 14: a price after a date, told as news of the plan, not as a jump
    'After that the plan moves to a new dashboard, which we will demo on Friday.',
    'The office shuts on Friday for the holiday; I will reply to everyone on Monday.',
    // session 13: hard negatives
    'I can hold the price for you until Friday, and longer if you need it.',
    "After this date we can't guarantee delivery before Christmas, so here is the shipping calendar.",
    // cue patterns, fourth round: hard negatives
    "If you don't need it, no problem; you lose nothing by waiting.",
    // cue patterns (lib/coach/cues/): hard negatives
    'The quote is valid until 30 June; I can extend it if your budget cycle needs more time.',
    'Our offer to help with the migration still stands.',
    'The offer letter template is attached.',
    "I read your post about last quarter's pricing changes.",
  ],
  fail: [
    // session 36: the rewrite keeps the date and drops the scare
    {
      text: 'The price I gave you is valid only until the 28th.',
      findings: [
        {
          at: 'price I gave you is valid only until',
          replacement: 'price I gave you is valid until',
        },
      ],
    },
    {
      text: 'Our launch rate ends on Friday.',
      findings: [
        { at: 'Our launch rate ends on Friday', replacement: 'Our launch rate runs until Friday' },
      ],
    },
    // code review of session 36: gates, windows and pence
    {
      text: "Once Friday passes, you'll be paying $450 a month.",
      findings: [{ at: "Once Friday passes, you'll be paying $450" }],
    },
    {
      text: 'The intro price is £39.50 a head, after which it roughly doubles.',
      findings: [{ at: 'after which it roughly doubles' }],
    },
    {
      text: 'This rate is £12.50 a head, so try not to let it slip by.',
      findings: [{ at: 'not to let it slip by' }],
    },
    // review of session 36: pressure the dev-20 cues missed
    {
      text: 'After Friday the price jumps by 40%.',
      findings: [{ at: 'After Friday the price jumps' }],
    },
    {
      text: "Once Friday passes, you'll be paying the full $3,800.",
      findings: [{ at: "Once Friday passes, you'll be paying the full" }],
    },
    {
      text: "Don't let this one slip through your fingers.",
      findings: [{ at: "Don't let this one slip through your fingers" }],
    },
    {
      text: "If you're leaning towards us, lock it in before Friday.",
      findings: [{ at: 'lock it in before Friday' }],
    },
    {
      text: "I'd sign before the weekend, while this rate still stands.",
      findings: [{ at: 'while this rate still stands' }],
    },
    {
      text: "The fee waiver runs out on Sunday, so I'd jump on it.",
      findings: [{ at: "I'd jump on it" }],
    },
    { text: "I wouldn't hang about on this one.", findings: [{ at: "I wouldn't hang about" }] },
    // session 36 (dev 20)
    {
      text: 'The figure I quoted is valid only until the 28th, so better you decide fast.',
      findings: [{ at: 'figure I quoted is valid only until' }, { at: 'better you decide fast' }],
    },
    {
      text: "That number's only good till 5pm Thursday.",
      findings: [{ at: "That number's only good till" }],
    },
    {
      text: 'The quoted price holds for 48 hours only.',
      findings: [{ at: 'price holds for 48 hours only' }],
    },
    {
      text: "Come Friday it's back to $3,800.",
      findings: [{ at: "Come Friday it's back to $3,800" }],
    },
    {
      text: 'The reduced set-up fee lapses at the end of this week, after which it roughly doubles.',
      findings: [{ at: 'The reduced set-up fee lapses at the end of this week' }],
    },
    { text: 'Joining fee waived until Sunday.', findings: [{ at: 'fee waived until Sunday' }] },
    {
      text: 'Your founding-member rate disappears in 48 hours.',
      findings: [{ at: 'Your founding-member rate disappears in 48 hours' }],
    },
    {
      text: "If you're leaning yes, get it signed this week.",
      findings: [{ at: 'get it signed this week' }],
    },
    {
      text: 'The discount ends Friday, so it may be wise not to let it slip by.',
      findings: [{ at: 'The discount ends' }, { at: 'not to let it slip by' }],
    },
    // session 35 (dev 19)
    {
      text: 'Sign the form this weekend. Monday is too late to claim the early rate.',
      findings: [{ at: 'Monday is too late to claim' }],
    },
    {
      text: "The £2,000 boost stops at 5pm Saturday, then it's gone for good.",
      findings: [{ at: "boost stops at 5pm Saturday, then it's gone for good" }],
    },
    {
      text: "The free joining offer vanishes at midnight and I can't say it'll ever come back.",
      findings: [{ at: "vanishes at midnight and I can't say it'll ever come back" }],
    },
    {
      text: 'The figures only stand if we have the booking form back before then.',
      findings: [{ at: 'figures only stand if we have the booking form back before then' }],
    },
    {
      text: "I won't be able to hold the lower figure for anyone after that.",
      findings: [{ at: "won't be able to hold the lower figure for anyone after that" }],
    },
    {
      text: "Let's get the agreement signed this week.",
      findings: [{ at: "Let's get the agreement signed this week" }],
    },
    // session 34 (dev 18): the rate only holds for a while; after that, the new list
    {
      text: "Today's rate only holds for orders back by Friday.",
      findings: [{ at: 'rate only holds for orders back by Friday' }],
    },
    {
      text: "After that it's the new price list.",
      findings: [{ at: "After that it's the new price list" }],
    },
    // session 34 (dev 18)
    { text: 'Timber prices reset Monday.', findings: [{ at: 'prices reset Monday' }] },
    { text: 'The summer rate dies at midnight.', findings: [{ at: 'The summer rate dies' }] },
    // session 34 (dev 16, dev 17)
    {
      text: 'Rates for the spring issue go up on the 1st.',
      findings: [{ at: 'Rates for the spring issue go up' }],
    },
    {
      text: 'The setup credit disappears when the quarter closes.',
      findings: [{ at: 'setup credit disappears when the quarter' }],
    },
    { text: 'After Sunday that price is gone.', findings: [{ at: 'that price is gone' }] },
    // session 33 (review)
    // session 33 (dev 16, pressure in the writer's own words)
    {
      text: "Sign Monday and you're paying the new number, no wriggle room from me.",
      findings: [{ at: "Sign Monday and you're paying the new" }],
    },
    {
      text: "Our consultants' autumn capacity is being committed when this month closes.",
      findings: [{ at: 'is being committed when this month closes' }],
    },
    {
      text: 'After Wednesday noon the room block goes back on general sale.',
      findings: [{ at: 'goes back on general sale' }],
    },
    // session 32: "final" goes from a chance, keeping the word's own case; final hours to -> you
    // can still; a final reminder -> a reminder; "final call" without "for" or "to" has no wording
    {
      text: 'This is your Final chance to join the pilot at the old price.',
      findings: [{ at: 'Final chance', replacement: 'chance' }],
    },
    {
      text: 'This is your Final Chance to join the pilot at the old price.',
      findings: [{ at: 'Final Chance', replacement: 'Chance' }],
    },
    {
      text: 'THIS IS YOUR FINAL CHANCE TO JOIN.',
      findings: [{ at: 'FINAL CHANCE', replacement: 'chance' }],
    },
    {
      text: 'Final hours to save 20% on the annual plan.',
      findings: [{ at: 'Final hours to', replacement: 'You can still' }],
    },
    {
      text: 'This is a final reminder that your invoice is due on the 3rd.',
      findings: [{ at: 'final reminder', replacement: 'reminder' }],
    },
    {
      text: 'Registration is open, but this is the final call.',
      findings: [{ at: 'final call', replacement: null }],
    },
    // session 31 (review): a day runs through; prices that will double
    {
      text: 'The discount expires this week.',
      findings: [{ at: 'The discount expires', replacement: 'The discount runs through' }],
    },
    {
      text: 'Heads up: prices will double on Monday for new sign-ups.',
      findings: [{ at: 'prices will double on' }],
    },
    {
      text: 'The quote for {{company}} is good until Friday only.',
      findings: [{ at: 'quote for {{company}} is good until Friday only' }],
    },
    // session 31 (dev 15): "final" goes from their window or opportunity; "ends tonight" runs until
    {
      text: 'This is your FINAL opportunity to put Acme in front of 3,000 buyers.',
      findings: [{ at: 'FINAL opportunity', replacement: 'opportunity' }],
    },
    {
      text: 'The 20% founder discount expires at midnight tonight.',
      findings: [{ at: 'expires at midnight', replacement: 'runs until midnight' }],
    },
    {
      text: 'Final call for the 2026 summit.',
      findings: [{ at: 'Final call for', replacement: 'A reminder about' }],
    },
    // session 31 (dev 15): the quote named at length expires on a day; only good through a day; the
    // price doubles tonight; the final window
    {
      text: 'P.S. The quote I pulled for [Company] expires Thursday.',
      findings: [{ at: 'quote I pulled for [Company] expires Thursday' }],
    },
    {
      text: 'Booth pricing doubles at midnight tonight. This is your final window for the $4,500 rate.',
      findings: [{ at: 'pricing doubles at' }, { at: 'final window' }],
    },
    // session 29 (dev 14: a name in quotes)
    {
      text: 'This is your "last chance" to sign.',
      findings: [{ at: 'last chance' }],
    },
    // session 29: "only valid until" has a rewording; "Mar. 31" no longer ends the sentence
    {
      text: 'This price is only valid until Mar. 31, so please sign soon.',
      findings: [{ at: 'price is only valid until', replacement: 'price runs until' }],
    },
    {
      text: 'Our offer is only good for 7 days.',
      findings: [{ at: 'offer is only good for', replacement: 'offer is open for' }],
    },
    {
      text: 'The offer is only good for today, please respond soon.',
      findings: [{ at: 'offer is only good for', replacement: null }],
    },
    {
      text: 'The discount is ONLY VALID THROUGH Friday.',
      findings: [{ at: 'discount is ONLY VALID THROUGH', replacement: 'discount runs through' }],
    },
    // session 28 (review)
    {
      text: 'We can only hold the room until March 31st.',
      findings: [{ at: 'can only hold the room until March 31st' }],
    },
    // session 28 (dev 13: a date by its month)
    {
      text: 'Please note, our finance team will only honour this pricing for orders signed by 31 March.',
      findings: [{ at: 'will only honour this pricing for orders signed by 31 March' }],
    },
    {
      text: 'We can only hold the room until March 31.',
      findings: [{ at: 'can only hold the room until March 31' }],
    },
    // session 24 (dev 3): a rate held only until a day; after it, out of my hands
    {
      text: 'The underwriter will only hold your group dental rate until Friday.',
      findings: [{ at: 'will only hold your group dental rate until Friday' }],
    },
    {
      text: 'After that, I am afraid it is out of my hands.',
      findings: [{ at: 'After that, I am afraid it is out of my hands' }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'The 10% rate only stands if the order is signed by Friday.',
      findings: [{ at: 'only stands if the order is signed by Friday' }],
    },
    {
      text: 'The rebate is only approved for agreements countersigned before the 30th.',
      findings: [{ at: 'only approved for agreements countersigned before the 30th' }],
    },
    {
      text: 'The promotion wraps up on Thursday. After that it goes back to the list price.',
      findings: [{ at: 'After that it goes back to the list' }],
    },
    {
      text: 'From Monday the rate moves back to standard.',
      findings: [{ at: 'From Monday the rate moves back to standard' }],
    },
    {
      text: 'After this hour the price will be 9% more.',
      findings: [{ at: 'After this hour the price will be 9% more' }],
    },
    {
      text: 'I can only hold this quote until Thursday.',
      findings: [{ at: 'can only hold this quote until' }],
    },
    // session 16 (dev 11): the same tactics in our own words
    {
      text: 'The launch rate only applies to contracts signed by 31 March.',
      findings: [{ at: 'only applies to contracts signed' }],
    },
    {
      text: 'Anything booked after that date is subject to the standard rate of EUR 90.',
      findings: [{ at: 'after that date is subject to the standard rate' }],
    },
    // session 15 (dev 10): after the date, a worse deal said any way
    {
      text: "Our founder pricing dies on Friday. After that it's 2x.",
      findings: [{ at: 'Our founder pricing dies' }, { at: "After that it's 2x" }],
    },
    {
      text: 'After this date I cannot guarantee you anything anymore.',
      findings: [{ at: 'After this date I cannot guarantee you anything' }],
    },
    {
      text: 'Thereafter the quotation will automatically lapse.',
      findings: [{ at: 'Thereafter the quotation will automatically lapse' }],
    },
    {
      text: 'The bonus stands till Friday and then the client pulls it.',
      findings: [{ at: 'and then the client pulls it' }],
    },
    // session 14 (dev 9): after the date the plan moves to a higher price
    {
      text: 'Thanks for the call. After that the plan moves to $1,089.50, as on the pricing page.',
      findings: [{ at: 'After that the plan moves to $1,089.50' }],
    },
    // session 13 (dev 9): the offer vanishes, shuts or wraps up, then the standard or rack rate
    {
      text: "The free setup vanishes at midnight Sunday, and after that it's the standard $499 onboarding.",
      findings: [{ at: "vanishes at midnight Sunday, and after that it's the standard $499" }],
    },
    {
      text: "Early-bird pricing shuts on the 15th, then it's rack rate.",
      findings: [{ at: "shuts on the 15th, then it's rack rate" }],
    },
    {
      text: "The 30% off wraps up Sunday night, after that it's full price till next year.",
      findings: [{ at: "wraps up Sunday night, after that it's full price" }],
    },
    {
      text: 'I can only keep the current rate until Friday at noon, after which it rises by some 15%.',
      findings: [{ at: 'can only keep the current rate until' }, { at: 'after which it rises' }],
    },
    {
      text: "The rebate might be gone once the month is out, and if it lapses you're paying full freight.",
      findings: [
        { at: "be gone once the month is out, and if it lapses you're paying full freight" },
      ],
    },
    // session 13: the price held only until a time, said without "to" or with "past"
    {
      text: 'Our proposal is valid until the 25th of April only. After this date we cannot guarantee the same rates.',
      // (session 31: "valid until … only" is the offer's end too)
      findings: [
        {
          at: 'proposal is valid until the 25th of April only',
          replacement: 'proposal runs until the 25th of April',
        },
        { at: 'After this date we cannot guarantee the same rates' },
      ],
    },
    {
      text: "I can't hold this price past Friday.",
      findings: [{ at: "can't hold this price past" }],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: "The launch rate disappears on Friday; after that it's +15% for new sign-ups.",
      findings: [{ at: 'The launch rate disappears on Friday' }, { at: "after that it's +15%" }],
    },
    // session 7: blind stock set
    {
      text: 'Your rate WILL increase by 25% if we do not hear from you.',
      findings: [
        { at: 'Your rate WILL increase by 25%', replacement: 'Your rate will be 25% higher' },
      ],
    },
    // cue patterns, sixth round (dev set 6)
    {
      text: 'After that date, we are unable to honour the rate.',
      findings: [{ at: 'After that date, we are unable to honour the rate' }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    {
      text: "If the board hasn't signed by Friday, you lose the slot.",
      findings: [{ at: "If the board hasn't signed by Friday, you lose the" }],
    },
    {
      text: "After the 15th it's a 12% increase.",
      findings: [{ at: "After the 15th it's a 12% increase" }],
    },
    // rewordings that keep the facts
    {
      text: 'To avoid forfeiting $36,000 in savings, please return the form before the quarter ends.',
      findings: [{ at: 'To avoid forfeiting', replacement: 'To keep' }],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: 'The launch pricing expires on Friday and after that you would pay the standard price.',
      findings: [{ at: 'expires on Friday and after that you would pay the standard price' }],
    },
    { text: "It's now or pay double next quarter.", findings: [{ at: 'now or pay' }] },
    {
      text: 'Our offer expires on Friday.',
      findings: [{ at: 'Our offer expires on', replacement: 'Our offer runs until' }],
    },
    {
      text: 'This is your last chance to lock in 2024 pricing.',
      findings: [{ at: 'your last chance', replacement: 'your chance' }],
    },
    // session 7: a rise keeps its direction and size
    {
      text: 'Our prices go up 15% on January 1.',
      findings: [{ at: 'prices go up 15%', replacement: 'prices will be 15% higher' }],
    },
    // session 7: shouted, and opening its sentence
    {
      text: 'This is your LAST CHANCE to lock in 2024 pricing.',
      findings: [{ at: 'your LAST CHANCE', replacement: 'your chance' }],
    },
    {
      text: 'Hi Ben,\n\nLast chance to grab the Q4 price of $12,000.',
      findings: [{ at: 'Last chance to', replacement: 'You can still' }],
    },
    {
      text: 'Prices go up next month, so act now.',
      findings: [
        { at: 'Prices go up', replacement: 'Prices change' },
        { at: 'act now', replacement: '' },
      ],
    },
    {
      text: "This deal won't last, and it's for a limited time only.",
      findings: [
        { at: "This deal won't last", replacement: 'This deal is open for now' },
        { at: 'for a limited time only', replacement: '' },
      ],
    },
  ],
});
