import { scarcity } from '../../../lib/coach/rules/scarcity';
import { ruleTable } from './table';

ruleTable(scarcity, {
  pass: [
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    'The swelling is usually gone within a few days.',
    "I wouldn't sleep on it until the mattress has fully expanded.",
    "We're down to the last week of term, so reports go out on Friday.",
    // session 35 (dev 19): hard negatives
    'The sea is usually calm within a few hours of the tide turning.',
    'Sleep on it and let me know next week.',
    // review of session 34: false alarms of the new cues: hard negatives
    'Your outstanding balance is now down to 150 after the credit note.',
    'The wait for delivery is down to two weeks now.',
    'The only question still open is the delivery date.',
    'The last invoice still open on your account is from May.',
    'Most items have been booked for delivery on Tuesday.',
    'Most forms are signed already.',
    "We'll get what's left of your order shipped on Monday.",
    "Once this invoice is paid, there's nothing else until your renewal in June.",
    "The depot can't keep parcels on hold indefinitely, so do collect yours when you can.",
    "The part arrives Monday; after that, you're looking at about two weeks for the install.",
    'The warning light tends to go within a day or two after the reset.',
    "As soon as someone else signs off the budget, I'll send the PO.",
    // session 34 (dev 18): hard negatives
    'The paperwork is nearly all taken care of.',
    "There's nothing until October that needs your signature.",
    // session 34 (dev 16, dev 17): hard negatives
    'Delivery times tend to go up in December.',
    "We're down to the last step of the audit.",
    "You can't keep everyone happy all the time.",
    // session 33 (review): hard negatives
    "The call won't last long, fifteen minutes at most.",
    "I'm afraid the tail end of the shipment was damaged in transit.",
    "We're taking the scaffolding down on Friday and the rest will be gone by Monday.",
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    'Two other clients of ours are also in Leeds, so the crew will be nearby.',
    'We finished the tail end of the audit on Monday.',
    // session 32 (self-centred set 2): our own aim to grow is no scarcity
    'My goal for next year is to take on two more clients in the consumer space.',
    "I'm hoping we'll be able to take on a few more commercial projects next year.",
    // session 31 (review): a schedule's last slot
    "Our last appointment slot each day is 5:30pm, so an evening visit isn't possible.",
    // session 31 (dev 15): the last time slot of a day is a fact
    'The last time slot on Friday is 4pm, if that helps.',
    // session 29 (dev 14): hard negatives
    'The paperwork is nearly all taken care of.',
    // session 27 (team voice): hard negatives
    "I'd move quickly to replace any unit that fails in the first year.",
    // session 25: a limit kept on purpose, with its reason
    "We're hosting a free workshop on the 12th; seats are limited to 20 so the session stays hands-on.",
    'The tasting is limited to 12 guests to keep it personal.',
    // session 24 review: social proof is no race
    'Lots of other teams are looking at this too, so no rush at all.',
    'Your other teams are also interested in the same rollout, so it might be worth looping them in.',
    // session 24: the market, without a race
    'The house came off the market last year and is back now.',
    'Homes like this stay on the market for about three weeks here.',
    'The old account belongs to someone else on your team now.',
    // session 24: other people and the same interest, without a race for this offer
    'Two other clients in your area asked us for the same report, so here it is.',
    'Other teams are interested in how we did this; happy to share it with you too.',
    'Another customer asked about the API limits, so I wrote up the answer.',
    'Two other clients called about this last month, so we recorded a short walkthrough.',
    // session 22 review: innocent wording the new patterns must leave alone
    'Most of the bugs you reported have gone since the update.',
    'Another customer has been asking about this feature, so we built it.',
    // session 22 (dev 12): hard negatives
    'Another client is asking for a case study like yours, so I wrote one.',
    'I don’t expect it to last long, 20 minutes at most.',
    // session 18 review: logistics with a place named, and a stated capacity
    'Parking spaces at the office are limited, so take the train.',
    'Seats are limited to forty.',
    // session 16 (dev 11): hard negatives
    "These batteries don't last long in the cold, so I've included two spares.",
    'We have room for two more hosts at the autumn edition, if a smaller format suits you better. Happy to leave it until next year.',
    "Our servers can't keep logs for longer than 30 days.",
    // session 15 (dev 10): the count answers their question, and the decision is left to them
    "Thanks for asking. The cohort is capped at 12 and there are 5 places left. There's no need to decide now; we run it three times a year.",
    // session 13 (dev 9): hard negatives
    'We have capacity for two more projects this quarter, if the timing works for you.',
    'Other teams have asked about this too, so I wrote a short guide.',
    'We narrowed the shortlist down to two options for you.',
    // session 11 (dev 8): hard negatives
    'Only two sizes are in stock, the 40 and the 60.',
    'Other clients liked the guide; only two pages long.',
    // session 7: hard negatives (stock set)
    'I can promise it will be there whenever you need it.',
    'Supply chains in your sector are covered in the report.',
    // session 7: hard negatives
    'Happy to hold it until someone else on your team takes it over.',
    // sixth round: hard negatives
    "Someone else on your team could take it over if that's easier.",
    // spare capacity offered calmly, in the sentence or the next
    "We have room for two more clinics in the spring pilot, in case that's useful. No pressure either way.",
    'We could take on two more projects before summer, if that’s useful.',
    // cue patterns, fourth round: hard negatives
    'The last slide has the pricing.',
    'Only 3 people on my team have ever left the company.',
    "When they're booked, I'll send confirmations.",
    // cue patterns (lib/coach/cues/): hard negatives
    'We have a few slots available next week: pick any that suits you.',
    'We have two case studies on this; here is the shorter one.',
    'Only you can judge whether the timing is right.',
    'It takes just 2 hours to set up.',
  ],
  fail: [
    // session 35 (dev 19)
    {
      text: 'That remaining place is usually gone within a week.',
      findings: [{ at: 'place is usually gone within a week' }],
    },
    {
      text: "I wouldn't sleep on it for long.",
      findings: [{ at: "I wouldn't sleep on it for long" }],
    },
    {
      text: "It's down to its last free week in August.",
      findings: [{ at: 'down to its last free week' }],
    },
    // session 34 (dev 18)
    { text: 'The blue ones are close to gone already.', findings: [{ at: 'are close to gone' }] },
    { text: "Later orders will get whatever's left.", findings: [{ at: "get whatever's left" }] },
    {
      text: "It's the one room we have left that night.",
      findings: [{ at: 'the one room we have left' }],
    },
    {
      text: 'The moment someone else pays, the date is gone.',
      findings: [{ at: 'The moment someone else pays' }],
    },
    { text: 'Most units are spoken for already.', findings: [{ at: 'Most units are spoken for' }] },
    // session 34 (dev 16, dev 17)
    { text: 'Stock is down to about 30 cases.', findings: [{ at: 'is down to about 30 cases' }] },
    {
      text: 'That colour tends to sell out within a week.',
      findings: [{ at: 'tends to sell out within a week' }],
    },
    {
      text: "We can't keep the two fitters on hold for you indefinitely.",
      findings: [{ at: "can't keep the two fitters on hold for you indefinitely" }],
    },
    {
      text: "After that you're waiting three months for a slot.",
      findings: [{ at: "After that you're waiting three months" }],
    },
    // session 33 (review)
    // session 33 (dev 16, pressure in the writer's own words)
    {
      text: 'Two other operators are holding reservations behind you.',
      findings: [{ at: 'Two other operators are holding reservations' }],
    },
    {
      text: 'Heads up, the navy polos are the tail end of a batch.',
      findings: [{ at: 'the tail end of a batch' }],
    },
    {
      text: "We've got one crew slot opening up Wednesdays. Won't be there long though.",
      findings: [{ at: "Won't be there long" }],
    },
    {
      text: 'What remains will be gone well before the book closes.',
      findings: [{ at: 'What remains will be gone' }],
    },
    // session 32 (review): their hope, or our room and then a closing door, is still scarcity
    {
      text: "If you're hoping to start before summer, we can take on two more projects, then we're booked until September.",
      findings: [{ at: 'take on two more' }],
    },
    // session 31 (dev 15): a word between "final" and the slot
    {
      text: 'Subject: {{first_name}}, our final onboarding slot this month',
      findings: [{ at: 'final onboarding slot' }],
    },
    // session 29 (dev 14)
    {
      text: "They're nearly all taken.",
      findings: [{ at: "They're nearly all taken" }],
    },
    // session 27 (team voice)
    {
      text: "We'd move quickly if you want to keep it.",
      findings: [{ at: "We'd move quickly if you" }],
    },
    {
      text: 'Seats are limited to 20, so the session will fill up fast.',
      findings: [{ at: 'limited to 20' }],
    },
    {
      text: "Seats are limited to 20, so you'd better hurry.",
      findings: [{ at: 'limited to 20' }],
    },
    // session 24 (dev 3, dev 10): gone from the market; someone else's after the date
    {
      text: "Honestly I reckon she's off the market by next week.",
      findings: [{ at: "'s off the market by" }],
    },
    {
      text: 'People with her background almost never stay on the market past a fortnight.',
      findings: [{ at: 'almost never stay on the market' }],
    },
    {
      text: 'After Friday, that house belongs to someone else.',
      findings: [{ at: 'After Friday, that house belongs to someone else' }],
    },
    // session 24 (dev 10): other buyers after the same thing
    {
      text: 'Another family from Lisbon is very interested in the 12B, the one you liked.',
      findings: [{ at: 'Another family from Lisbon is very interested in the 12B' }],
    },
    {
      text: 'The broker tells me two other groups are touring Friday.',
      findings: [{ at: 'other groups are touring' }],
    },
    {
      text: "I've had two other stationers ring about it today alone.",
      findings: [{ at: 'other stationers ring about it' }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'Another clinic is asking for the same slots.',
      findings: [{ at: 'is asking for the same slots' }],
    },
    {
      text: 'A group in Bristol is looking at one of those spots.',
      findings: [{ at: 'is looking at one of those spots' }],
    },
    {
      text: 'Most of the allocation has already gone to other fleets.',
      findings: [{ at: 'Most of the allocation has already gone' }],
    },
    {
      text: 'There is room for 8 racks, and I don’t expect that to last the month.',
      findings: [{ at: 'don’t expect that to last the month' }],
    },
    // session 18: a place named between the noun and its verb ("slots for March")
    {
      text: 'Places in our new March cohort are filling up.',
      findings: [{ at: 'cohort are filling up', replacement: 'cohort are still open' }],
    },
    {
      text: 'Hi Sam, the pilot slots for March are filling up. Would Tuesday work?',
      findings: [
        { at: 'slots for March are filling up', replacement: 'slots for March are still open' },
      ],
    },
    {
      text: 'Seats in the spring cohort are almost full.',
      findings: [
        {
          at: 'Seats in the spring cohort are almost full',
          replacement: 'Seats in the spring cohort are still open',
        },
      ],
    },
    // session 16 (dev 11): the same tactics in our own words
    {
      text: "I've pencilled in the 14th for you, but I can't hold it much longer.",
      findings: [{ at: "can't hold it much longer" }],
    },
    {
      text: "I set two pallets aside for Brightmoor, but I'll have to release them on Monday.",
      findings: [{ at: "I'll have to release them" }],
    },
    {
      text: "Engineers with his licence don't stay on the market long.",
      findings: [{ at: "don't stay on the market long" }],
    },
    // session 15: a "no pressure" glued to the countdown is no way out
    {
      text: 'Thanks for asking! Only 2 spots left, no pressure, but they will go fast.',
      findings: [{ at: 'Only 2 spots left', replacement: '2 spots open' }],
    },
    // session 13 (dev 9): few left said other ways, and others after the same
    {
      text: 'We have room for exactly one more lot in the sale.',
      findings: [{ at: 'room for exactly one more' }],
    },
    {
      text: "We're down to just two group blocks for March.",
      findings: [{ at: "We're down to just two" }],
    },
    {
      text: 'We can only squeeze 5 more schools into the program this year.',
      findings: [{ at: 'can only squeeze 5 more' }],
    },
    { text: 'Two other consignors are circling it.', findings: [{ at: 'are circling it' }] },
    {
      text: 'Three other schools have asked about them this week.',
      findings: [{ at: 'Three other schools have asked about them' }],
    },
    {
      text: 'Seed of this variety is rather thin on the ground this year.',
      findings: [{ at: 'thin on the ground' }],
    },
    {
      text: "I can't promise there will be a bag left for you after Christmas.",
      findings: [{ at: "can't promise there will be a bag left" }],
    },
    {
      text: 'Only 12 units from the current shipment remain unallocated.',
      findings: [{ at: 'Only 12 units from the current shipment remain' }],
    },
    {
      text: 'Most of this quarter’s allotment has already gone.',
      findings: [{ at: 'Most of this quarter’s allotment has already gone' }],
    },
    {
      text: 'Our factory allocation for the second half is nearly exhausted.',
      findings: [{ at: 'allocation for the second half is nearly exhausted' }],
    },
    // session 12: a count with a thousands separator, in trade English
    {
      text: 'We have only 1,200 pcs. of the 40W drivers in stock, and other contractors are booking them daily.',
      findings: [{ at: 'only 1,200 pcs. of the 40W drivers in stock, and other contractors' }],
    },
    // session 13: the comma before the race goes with it ("for you, before they go." was left as
    // "for you,.")
    {
      text: "We'll hold one for you, before they go.",
      findings: [{ at: ', before they go', replacement: '' }],
    },
    // session 12: the race against other buyers goes, the offer stays
    {
      text: 'Shall I hold a table for you before someone else books it?',
      findings: [{ at: ' before someone else books it', replacement: '' }],
    },
    {
      text: 'Want me to keep two tickets aside before they go?',
      findings: [{ at: ' before they go', replacement: '' }],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: "We only take on two new clients a month, and one of March's spots is already spoken for.",
      findings: [
        {
          at: "only take on two new clients a month, and one of March's spots is already spoken for",
        },
      ],
    },
    {
      text: 'Only two slots are open for March, and another agency is looking at one of them.',
      findings: [{ at: 'Only two slots are open for March, and another agency' }],
    },
    {
      text: "We have room for one more client this quarter; after that we're fully booked.",
      findings: [{ at: 'room for one more client' }],
    },
    {
      text: "It's the last unit of those we have.",
      findings: [{ at: 'the last unit' }],
    },
    {
      text: "We're one of three firms still taking on new projects.",
      findings: [{ at: 'one of three firms still taking' }],
    },
    // session 10 (dev set 7)
    {
      text: "I fear I shan't be able to hold them for long.",
      findings: [{ at: "shan't be able to hold them for long" }],
    },
    {
      text: '3 got snapped up just this week.',
      findings: [{ at: 'snapped up', replacement: 'booked' }],
    },
    {
      text: 'Interpreters in this language pair are in exceptionally short supply that week.',
      findings: [{ at: 'in exceptionally short supply' }],
    },
    {
      text: "I'm afraid I can't keep them aside indefinitely.",
      findings: [{ at: "can't keep them aside indefinitely" }],
    },
    { text: 'Both crews are booked solid through May.', findings: [{ at: 'booked solid' }] },
    {
      text: 'Only one line-array rig left for the 14th.',
      findings: [
        { at: 'Only one line-array rig left', replacement: 'One line-array rig available' },
      ],
    },
    {
      text: "5 seats open on May 22. They're going fast: https://example.com/workshop",
      findings: [{ at: "They're going fast", replacement: 'Here are the details' }],
    },
    {
      text: 'They’re going fast. Want one?',
      findings: [{ at: 'They’re going fast.', replacement: '' }],
    },
    {
      text: 'Tickets are going fast, so book soon.',
      findings: [{ at: 'going fast', replacement: null }],
    },
    {
      text: 'Availability on the 500-unit tier is limited. Happy to reserve a batch.',
      findings: [
        {
          at: 'Availability on the 500-unit tier is limited',
          replacement: 'The 500-unit tier is available',
        },
      ],
    },
    // session 7: blind stock set (tests/data/stock-blind.jsonl)
    {
      text: 'I can only give it to one of you, and they seem ready to move.',
      findings: [{ at: 'can only give it to one of you' }],
    },
    {
      text: "I can't promise it will still be there next week.",
      findings: [{ at: "can't promise it will still be there" }],
    },
    { text: 'Supply is tight this quarter.', findings: [{ at: 'Supply is tight' }] },
    {
      text: 'Availability on the 500-unit tier is limited.',
      findings: [{ at: 'Availability on the 500-unit tier is limited' }],
    },
    // session 7: the stock examples, short drafts
    {
      text: 'Reply today to secure yours before someone else takes it.',
      findings: [{ at: ' before someone else takes it', replacement: '' }],
    },
    {
      text: 'Book now before another company grabs your slot.',
      findings: [{ at: 'before another company grabs your slot' }],
    },
    // cue patterns, sixth round (dev set 6)
    {
      text: 'We have the last 3 places on the March course.',
      findings: [{ at: 'the last 3 places' }],
    },
    {
      text: 'If you wait, someone else will grab it.',
      findings: [{ at: 'someone else will grab it' }],
    },
    {
      text: 'There are only few units left in the warehouse.',
      findings: [{ at: 'only few units left' }],
    },
    {
      text: "Once the last slot is taken, we're booked until autumn.",
      findings: [{ at: 'the last slot' }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    {
      text: 'There are only 4 of the corner offices on the third floor left.',
      findings: [{ at: 'only 4 of the corner offices on the third floor left' }],
    },
    {
      text: 'Want one of the last two tables for the gala?',
      findings: [{ at: 'one of the last two tables' }],
    },
    {
      text: "I can't hold the room past Thursday.",
      findings: [{ at: "can't hold the room past" }],
    },
    {
      text: "We're capping the pilot at 10 clinics.",
      findings: [{ at: 'capping the pilot at 10' }],
    },
    {
      text: 'Honestly, I would not wait long on this one.',
      findings: [{ at: 'I would not wait long' }],
    },
    { text: "Once they're gone, they're gone.", findings: [{ at: "Once they're gone" }] },
    // cue patterns, third round (lib/coach/cues/)
    {
      text: 'We only have room for two more clients, no pressure.',
      findings: [{ at: 'room for two more clients' }],
    },
    {
      text: 'There is room for maybe a dozen more clients.',
      findings: [{ at: 'room for maybe a dozen more' }],
    },
    {
      text: 'We can take on two more projects before summer.',
      findings: [{ at: 'take on two more' }],
    },
    {
      text: 'Four surgery centers have already reserved theirs.',
      findings: [{ at: 'Four surgery centers have already reserved' }],
    },
    {
      text: 'When they are gone, the reorder costs 11% more.',
      findings: [{ at: 'When they are gone' }],
    },
    {
      text: 'I will offer it to whoever confirms first.',
      findings: [{ at: 'to whoever confirms first' }],
    },
    { text: 'Our region was allocated just six units.', findings: [{ at: 'allocated just six' }] },
    { text: 'Inventory is at a twelve-year low.', findings: [{ at: 'at a twelve-year low' }] },
    {
      text: "The next production run isn't until September.",
      findings: [{ at: "next production run isn't until" }],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: 'The pilot is capped at 20 companies, and 17 are already signed.',
      findings: [{ at: 'capped at 20' }, { at: '17 are already signed' }],
    },
    {
      text: "There won't be a restock after this batch.",
      findings: [{ at: "won't be a restock" }],
    },
    {
      text: 'Only 2 spots left in the March cohort.',
      findings: [{ at: 'Only 2 spots left', replacement: '2 spots open' }],
    },
    {
      text: 'Seats are filling up fast for the workshop.',
      findings: [{ at: 'Seats are filling up fast', replacement: 'Seats are still open' }],
    },
    {
      text: "It's first come, first served, and the calendar is almost full.",
      findings: [{ at: 'first come, first served' }, { at: 'calendar is almost full' }],
    },
    {
      text: 'We have 2 onboarding slots left for January.',
      findings: [{ at: '2 onboarding slots left', replacement: '2 onboarding slots open' }],
    },
    {
      text: 'The March cohort is almost full.',
      findings: [{ at: 'cohort is almost full', replacement: 'cohort is still open' }],
    },
    {
      text: "Grab one before they're all gone.",
      findings: [{ at: "before they're all gone", replacement: '' }],
    },
    {
      text: 'Come by booth 412 before they are gone!',
      findings: [{ at: 'before they are gone', replacement: '' }],
    },
    { text: 'The invites are disappearing quickly.', findings: [{ at: 'disappearing quickly' }] },
  ],
});
