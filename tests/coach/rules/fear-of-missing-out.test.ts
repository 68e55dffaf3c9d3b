import { fearOfMissingOut } from '../../../lib/coach/rules/fear-of-missing-out';
import { ruleTable } from './table';

ruleTable(fearOfMissingOut, {
  pass: [
    // code review of session 36: gates, windows and pence: hard negatives
    'Most of our clients have moved to annual billing. Your invoice will be dated the 1st.',
    // review of session 36: pressure the dev-20 cues missed: hard negatives
    "You're the only one who knows the alarm code, so keep it safe.",
    // review of session 36: false alarms of the dev-20 cues: hard negatives
    'The rest of the family just booked flights for Christmas; shall I look up trains for you from Leeds?',
    "The rest of the team have already paid for the leaving gift, so please don't worry about chipping in.",
    'Most of our players had started the season carrying knocks. We were a step behind all game on Saturday.',
    'Almost all of the class had already moved on to long division. Maya was months behind after her illness, so the tutor has been brilliant.',
    "The rest of the class have all paid for the trip, so I'll send you the receipt for Ben's place too.",
    "The rest of our team have already registered for the conference, so I've registered you with them as you asked.",
    // session 36 (dev 20): hard negatives
    'Three practices near you use it; happy to put you in touch.',
    'Most of the team have already booked their flights for the offsite.',
    'We were a step behind all game on Saturday.',
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    "Customers notice who is missing from the counter on busy days, so we've hired an extra person.",
    "Don't let price be the only factor; ask each builder about guarantees too.",
    'It was a shame seeing everyone at the reunion without you, hope you feel better soon!',
    "It'd be a shame for Grandma to miss all the fun, so we'll video-call her in.",
    'Sourdough has become the thing everyone bakes at weekends.',
    'The competition results came to us late.',
    // session 35 (dev 19): hard negatives
    'Guests always notice the flowers first.',
    "Don't let this be the last time we catch up!",
    "It would be a shame to miss you while I'm in Leeds.",
    'Our competitors moved to a new office last year.',
    // review of session 34: false alarms of the new cues: hard negatives
    'A few customers in your area have already had their fibre installed; yours is scheduled for Tuesday as agreed.',
    'Several of the other tenants in your building have already had the fire-alarm test.',
    'All of the residents on your street already received the roadworks letter.',
    "The engineers have the parts, so they're moving ahead with your install on Tuesday.",
    "They're pushing ahead with the extension next week as planned.",
    'Your competition entry has been booked in for the Saturday slot.',
    'The new dashboard lets you see which devices are still on the old firmware.',
    "We'll let you know which of your licences are still on the legacy plan.",
    'Waiting would cost you nothing, as the quote is valid for 90 days.',
    "It'd be a pity to pay full price when your loyalty discount applies, so I've applied it for you.",
    "Give me a shout before you're the one presenting it to the board.",
    "Imagine seeing the photos of your new kitchen! I can't wait.",
    // session 34 (dev 18): hard negatives
    'Most of the cafés round you open at seven, so an early delivery suits.',
    // session 34 (dev 16, dev 17): hard negatives
    "Don't worry about being the only one still on the old plan, we'll move you over.",
    'Most of the cafés in your area buy beans weekly, so a fortnightly drop may suit you better.',
    'Several firms in your sector asked us the same question, so I wrote up the answer.',
    // session 33 (review): hard negatives
    "Happy to send the recording to those who weren't there on Tuesday.",
    'No rush at all; we can hold the quote while your board is still on summer break.',
    'Sarah will be the one still on site on Friday, so ask her for the keys.',
    'Catch the bus from the station before it leaves at 8:15.',
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    "You're the one still running the Leeds office, so I've copied you in.",
    'Will you be in the room for the keynote, or shall I save you a seat?',
    // session 31 (review): our own garage; the bank's question
    'We are one of the last independent garages in Bristol still doing MOTs on Saturdays.',
    "When you call the bank, they'll ask why you don't have a business account yet.",
    // session 31 (dev 15): the only one still open on Sundays is a compliment, not a laggard
    'Funny thing: you are the last practice in town still open late on Fridays.',
    // session 31 (dev 14): their own question, our own catching up
    "If customers ask why you don't stock the large size, the supplier code is on the sheet.",
    'We spent the next year trying to fix our own booking page, so we know the pitfalls.',
    // session 29 (dev 14: the odd one out): hard negatives
    'Nearly every table has been booked for the gala.',
    'Almost every client has asked about the new API.',
    // session 28 (review item): hard negatives
    "We're open through the holidays while everyone else is already closed.",
    // session 27 (review): hard negatives
    'Your property is the last one on the street to go live with fibre; our engineer connects it on Tuesday.',
    "We're proud to be the only installer in the city to switch fully to electric vans.",
    // session 23: missing the reader or losing touch is the writer's own loss
    "It would be a shame to miss you while I'm in Leeds next week; would Tuesday suit for a coffee?",
    'It would be a shame to lose touch after such a good chat in March.',
    // session 22 review: innocent wording the new patterns must leave alone
    'No rush while you are still on leave.',
    // session 20: the writer's own loss ("a shame for our team")
    'It would be a shame for our team to be the last to know, so please tell us if plans change.',
    "It's a pity for us to miss the launch; could we join the next one?",
    // session 17: our own message being the only one, the last or lost is not the reader's loss
    "I'd hate for this to be the only email you get from us, so here is the checklist too.",
    "I'd hate for my note to be the last thing you read today.",
    "I'd hate for this email to get lost in your inbox over the holidays.",
    // session 16 (dev 11): hard negatives
    "I don't want to be the one who clutters your inbox, so this is my last note.",
    'The longer we wait, the more data we will have for the review.',
    "I wouldn't want the call to be the only time we talk.",
    // session 15 (dev 10): hard negatives
    "I'd hate for this to be a burden, so I've kept it to one page.",
    'It would be a shame for the samples to go to waste; shall I send them to your new office?',
    'Here is a cautionary tale from the Baxter breach, with the three controls that would have stopped it.',
    "You're the one who still remembers our first order, so I thought you'd enjoy this.",
    "You're the only person I'd trust with this, still.",
    "If you're the last one in the office, lock up.",
    // session 11 (dev 8): hard negatives
    'Teams that wait for the next budget cycle often find our free template useful.',
    // session 10: courtesy about our own messages, a loss that would come from acting, regret
    "I'd hate for this to feel like pressure, so ignore it if the timing is off.",
    "I'd hate for my notes to become a nuisance.",
    "I'd hate to see you pay for features you won't use, so the basic plan may be enough.",
    "It's a shame we missed each other at the expo.",
    'It would be a shame not to say hello while I am in Leeds.',
    // session 7: hard negatives (stock set)
    'Do not worry about the format.',
    // sixth round: hard negatives
    "If you don't want your staff feeling rushed, we can phase it in.",
    'You were the last speaker on the panel, and the best.',
    // fifth round: hard negatives
    'The ones who waited for the spring release got the new firmware for free.',
    "Your building is on the south side of the river, so we'll use the east entrance.",
    // cue patterns, fourth round: hard negatives
    'We were the last to leave the booth, great show.',
    'Your competitors are offering discounts, so here is how we compare on total cost.',
    // cue patterns (lib/coach/cues/): hard negatives
    'You might sit this one out, and that is completely fine.',
    "I don't want to take up your time, so here is the short version.",
    "Your competitors' pricing pages are public; here is a comparison.",
  ],
  fail: [
    // code review of session 36: gates, windows and pence
    {
      text: "You're the only one who has not booked yet.",
      findings: [{ at: "You're the only one who has not" }],
    },
    {
      text: "Nearly every haulier of your size has fitted telematics. You're going to look outdated next to them.",
      findings: [{ at: "You're going to look outdated" }],
    },
    // review of session 36: pressure the dev-20 cues missed
    {
      text: "Your whole department has already signed up, so you're the only one who hasn't.",
      findings: [{ at: "you're the only one who hasn't" }],
    },
    {
      text: 'Everyone else in your book club already booked the retreat.',
      findings: [{ at: 'Everyone else in your book club already booked' }],
    },
    {
      text: 'Every other shop on the high street has moved to card-only. Yours is going to look like a relic.',
      findings: [{ at: 'Yours is going to look like a relic' }],
    },
    // session 36 (dev 20)
    {
      text: 'Nearly every clinic in your county has switched to online booking. Your practice is now a step behind them.',
      findings: [{ at: 'Your practice is now a step behind' }],
    },
    {
      text: 'Most of the schools in your trust have now moved over, and parents are noticing who is still on paper forms.',
      findings: [{ at: 'noticing who is still on' }],
    },
    {
      text: "You'll probably be the only office left on the old phones.",
      findings: [{ at: "You'll probably be the only office left" }],
    },
    {
      text: 'The rest of your year group have already signed up, and parents are asking who is still on the waiting list.',
      findings: [{ at: 'asking who is still on' }],
    },
    // session 35 (dev 19)
    {
      text: "Couples do notice who's there and who isn't.",
      findings: [{ at: "notice who's there and who isn't" }],
    },
    {
      text: "Don't let him be the one still catching up next autumn.",
      findings: [{ at: "Don't let him be the one still" }],
    },
    {
      text: 'It would be a real shame to watch them share in this one without you.',
      findings: [{ at: 'would be a real shame to watch them share in this one without you' }],
    },
    {
      text: 'Be a shame for Mia to hear all about it afterwards!',
      findings: [{ at: 'shame for Mia to hear all about it afterwards' }],
    },
    {
      text: "The two retailers you'd count as rivals moved onto our platform over the winter.",
      findings: [{ at: 'rivals moved onto our' }],
    },
    // session 34 (dev 18)
    {
      text: 'Most agencies round you have already booked with us.',
      findings: [{ at: 'Most agencies round you have already booked' }],
    },
    {
      text: 'Your two biggest rivals interviewed her yesterday.',
      findings: [{ at: 'Your two biggest rivals interviewed' }],
    },
    {
      text: 'Customers notice which shops are still on paper receipts.',
      findings: [{ at: 'notice which shops are still on' }],
    },
    { text: 'Waiting could cost you the slot.', findings: [{ at: 'Waiting could cost you' }] },
    // session 34 (dev 16, dev 17)
    {
      text: 'Most of the bakeries on your street have already moved to our ovens.',
      findings: [{ at: 'Most of the bakeries on your street have already moved' }],
    },
    {
      text: 'Half the clinics in your region have switched to online booking this year.',
      findings: [{ at: 'Half the clinics in your region have switched' }],
    },
    {
      text: "You're the last practice still faxing referrals.",
      findings: [{ at: "You're the last practice still" }],
    },
    {
      text: 'Do you really want to be the one still printing invoices?',
      findings: [{ at: 'want to be the one still' }],
    },
    {
      text: "Don't be the dial-up guy at the trade fair.",
      findings: [{ at: "Don't be the dial-up guy" }],
    },
    {
      text: "Sign up before you're the one asking how it went.",
      findings: [{ at: "before you're the one asking" }],
    },
    {
      text: "Two rivals signed last month and they're pulling ahead.",
      findings: [{ at: "they're pulling ahead" }],
    },
    {
      text: 'Imagine scrolling the photos from your office on Monday.',
      findings: [{ at: 'Imagine scrolling the photos from your office' }],
    },
    {
      text: 'It would be a shame to pay full price for what was free last week.',
      findings: [{ at: 'It would be a shame to pay full' }],
    },
    // session 33 (review)
    // session 33 (dev 16, pressure in the writer's own words)
    {
      text: 'Hate to think of you being the one still on plastic when your customers start asking.',
      findings: [{ at: 'you being the one still on' }],
    },
    {
      text: "Reckon you'll want to be on the train before it leaves the station.",
      findings: [{ at: 'on the train before it leaves' }],
    },
    {
      text: "I'd hate for you to be reading about the returns rather than receiving them.",
      findings: [{ at: 'reading about the returns rather than receiving' }],
    },
    {
      text: 'Is your company going to be in the room, or outside it?',
      findings: [{ at: 'in the room, or outside it' }],
    },
    // session 31 (dev 15): the last in their city still on spreadsheets (merge fields too); every
    // month they wait; the early movers eating everyone else's share
    {
      text: '{{first_name}}, {{company}} is one of the last teams in {{city}} still running payroll off a spreadsheet.',
      findings: [{ at: '{{company}} is one of the last teams in {{city}} still running' }],
    },
    {
      text: 'Every month {{company}} waits is another month they are winning jobs you are still pricing.',
      findings: [{ at: 'Every month {{company}} waits is another month' }],
    },
    {
      text: "The brands that jumped on subscriptions early are quietly eating everyone else's share.",
      findings: [{ at: 'brands that jumped on subscriptions early are quietly eating everyone' }],
    },
    // session 31 (dev 14): their customers will ask why they don't have it; those who wait spend a
    // year winning them back
    {
      text: "Your regulars will have tried them elsewhere, and they'll start asking why you don't have them.",
      findings: [{ at: "they'll start asking why you don't" }],
    },
    {
      text: 'Customers rarely phone again, and the salons that wait usually spend the next year trying to win them back.',
      findings: [{ at: 'salons that wait usually spend the next year trying to' }],
    },
    // session 29 (dev 14: the odd one out)
    {
      text: 'Nearly every business on the Riverside estate has added its name.',
      findings: [{ at: 'Nearly every business on the Riverside estate has added its name' }],
    },
    {
      text: 'Carter Joinery stands out as one of the very few names missing.',
      findings: [{ at: 'one of the very few names missing' }],
    },
    {
      text: 'It would be a shame for Tellus Pay to be conspicuous by its absence.',
      findings: [{ at: 'conspicuous by its absence' }],
    },
    // session 28 (review: only opening hours)
    {
      text: 'Everyone else has already closed their renewals for next year.',
      findings: [{ at: 'Everyone else has already' }],
    },
    {
      text: 'Everyone else is already off spreadsheets and onto the new platform.',
      findings: [{ at: 'Everyone else is already' }],
    },
    // session 28 (review item)
    {
      text: "Everyone else is already on board, so don't be the last.",
      findings: [{ at: 'Everyone else is already' }, { at: "don't be the last" }],
    },
    // session 27 (review)
    {
      text: "We'd hate for you to miss the early-bird rate.",
      findings: [{ at: "We'd hate for you to miss" }],
    },
    // session 27 (dev 13)
    {
      text: "We'd love Spice Route to be next rather than the last on the street to catch up.",
      findings: [{ at: 'the last on the street to catch up' }],
    },
    {
      text: "Our team would hate to see Hartley Plumbing paying diesel prices while the competition isn't.",
      findings: [{ at: "while the competition isn't" }],
    },
    // session 23: a loss still aimed at the reader, next to the exemptions above
    {
      text: "I'd hate for your team to lose touch with how fast the market is moving.",
      findings: [
        {
          at: "I'd hate for your team to lose touch with how fast the market is moving",
          replacement: 'Happy to show how this could work for your team',
        },
      ],
    },
    {
      text: 'It would be a shame to lose you over a $200 difference.',
      findings: [{ at: 'It would be a shame to lose' }],
    },
    {
      text: 'It would be a shame for you to miss the launch pricing.',
      findings: [{ at: 'It would be a shame for you to miss' }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'It would be a pity if yours were the last clinic still on paper.',
      findings: [{ at: 'It would be a pity if yours were the last' }],
    },
    {
      text: 'Would be a shame to lose the rebate over admin.',
      findings: [{ at: 'Would be a shame to lose the' }],
    },
    {
      text: 'They save 4p a litre while you are still paying pump prices.',
      findings: [{ at: 'while you are still paying' }],
    },
    // session 20: the reader's team stays a target, and "if we" is still a threat
    {
      text: 'It would be a shame if we had to let your slot go to someone else.',
      findings: [{ at: 'It would be a shame if we had to let your slot go to someone else' }],
    },
    {
      text: 'It would be a shame for your team to be the last to know.',
      findings: [{ at: 'It would be a shame for your team to be the last' }],
    },
    // session 17 review: only our message being the last one is exempt, not "this" chance
    {
      text: "I'd hate for this to be the last chance to lock in 2024 pricing.",
      findings: [{ at: "I'd hate for this to be the last" }],
    },
    // session 16 (dev 11): the same tactics in our own words
    {
      text: "I'd hate for Northfield to be the clinic that can't offer online booking by spring.",
      findings: [
        {
          at: "I'd hate for Northfield to be the clinic that can't offer online booking by spring",
          replacement: 'Happy to show how this could work for Northfield',
        },
      ],
    },
    {
      text: 'It would be a pity to be the only stand in the hall still handing out paper brochures.',
      findings: [{ at: 'It would be a pity to be the only' }],
    },
    {
      text: "You don't want to be the one agency on the shortlist without a case study.",
      findings: [{ at: "You don't want to be the one" }],
    },
    {
      text: 'The longer Ridgeway holds off, the harder it gets to catch up.',
      findings: [{ at: 'The longer Ridgeway holds off, the harder' }],
    },
    {
      text: "We wouldn't wish Corbin Freight to find itself at that disadvantage next tender.",
      findings: [{ at: 'at that disadvantage' }],
    },
    // session 15 (dev 10): the ones still on the old way, the train leaving, the ones who waited
    {
      text: 'Would be a real shame for your staff to be the ones still wrestling spreadsheets.',
      findings: [{ at: 'shame for your staff to be the ones' }],
    },
    {
      text: "Would hate for Lumière to still be holding last year's playbook.",
      findings: [{ at: 'hate for Lumière to still' }],
    },
    {
      text: "I'd hate for your credit union to end up as the cautionary tale at next year's roundtable.",
      findings: [{ at: 'hate for your credit union to end up as the cautionary tale' }],
    },
    {
      text: 'Yours is kinda the one that still looks like 2014.',
      findings: [{ at: 'Yours is kinda the one that still' }],
    },
    {
      text: 'The rest are going to find themselves watching the train pull out.',
      findings: [{ at: 'train pull out' }],
    },
    {
      text: "You'd be the one explaining to your board why you're still reconciling in spreadsheets.",
      findings: [{ at: "why you're still" }],
    },
    {
      text: "You're leaving a lot of foot traffic on the table.",
      findings: [{ at: 'leaving a lot of foot traffic on the table' }],
    },
    {
      text: 'The ones who not do it, they are losing talent.',
      findings: [{ at: 'The ones who not do it, they are losing' }],
    },
    // session 13 (dev 9): the only one still on the old way, left as one of the last, sitting the
    // season out
    {
      text: "You're the only big grower on Route 9 still on the old line.",
      findings: [{ at: "You're the only big grower on Route 9 still on" }],
    },
    {
      text: 'Six of the eight shops on your street already run it, which would leave Green Arrow as one of the last.',
      findings: [
        { at: 'Six of the eight shops on your street already run ' },
        { at: 'leave Green Arrow as one of the last' },
      ],
    },
    {
      text: 'I should not like to see your picture sit the season out.',
      findings: [{ at: 'sit the season out' }],
    },
    {
      text: "I'd hate for Harlan County to become the district where parents are still guessing.",
      findings: [
        {
          at: "I'd hate for Harlan County to become the district where parents are still guessing",
          replacement: 'Happy to show how this could work for Harlan County',
        },
      ],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: 'Agencies that put off switching tend to lose their best clients to rivals.',
      findings: [{ at: 'Agencies that put off switching tend to lose' }],
    },
    {
      text: 'Firms that held back last year are finding their margins squeezed.',
      findings: [{ at: 'Firms that held back last year are finding' }],
    },
    // session 10: the fear appeal, a loss the reader is told to dread
    {
      text: "I'd hate for you to lose the launch price over a few days' delay.",
      findings: [{ at: "I'd hate for you to lose" }],
    },
    {
      text: 'I would really hate to see your clinic stuck on the old system.',
      findings: [{ at: 'I would really hate to see your clinic stuck' }],
    },
    {
      text: 'It would be a real shame for Harlow & Co to pay the higher rate next year.',
      findings: [{ at: 'It would be a real shame for Harlow & Co to pay the higher' }],
    },
    {
      text: 'It would be a pity if the venue went to someone else.',
      findings: [{ at: 'It would be a pity if the venue went to someone else' }],
    },
    {
      text: 'We would not want your firm to find itself on the wrong side of that trend.',
      findings: [{ at: 'wrong side of that trend' }],
    },
    {
      text: "If you go in without one, you're starting behind everyone else in the room.",
      findings: [{ at: 'starting behind everyone' }],
    },
    // session 7: blind stock set
    { text: 'DO NOT MISS THIS.', findings: [{ at: 'DO NOT MISS' }] },
    // cue patterns, sixth round (dev set 6)
    {
      text: 'You might be the last practice in town still using paper.',
      findings: [{ at: 'be the last practice in town still' }],
    },
    {
      text: "Your guests will notice if you're the odd one out.",
      findings: [{ at: "you're the odd one out" }],
    },
    { text: "Don't be the firm that missed the boat.", findings: [{ at: 'missed the boat' }] },
    {
      text: 'Nobody wants to be the one who waited too long.',
      findings: [{ at: 'be the one who waited' }],
    },
    {
      text: 'Can you afford to be the exception this year?',
      findings: [{ at: 'afford to be the exception' }],
    },
    {
      text: "You don't want your staff feeling left behind.",
      findings: [{ at: "You don't want your staff feeling" }, { at: 'left behind' }],
    },
    {
      text: "I'd hate for you to be the only hotel without it.",
      findings: [{ at: "I'd hate for you to be the only" }],
    },
    { text: 'Everyone else is already on board.', findings: [{ at: 'Everyone else is already' }] },
    {
      text: 'You risk looking dated at the trade show.',
      findings: [{ at: 'You risk looking dated' }],
    },
    // cue patterns, fifth round (dev set 5)
    {
      text: 'The ones who waited are paying double now.',
      findings: [{ at: 'The ones who waited are' }],
    },
    {
      text: "Don't end up on the wrong side of this shift.",
      findings: [{ at: 'end up on the wrong side' }],
    },
    {
      text: "You'll be guessing while your rivals plan ahead.",
      findings: [{ at: 'while your rivals' }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    {
      text: 'Nobody wants to be the outlier at the board review.',
      findings: [{ at: 'be the outlier' }],
    },
    {
      text: 'Most of your competitors already ship next-day.',
      findings: [{ at: 'Most of your competitors already' }],
    },
    {
      text: 'Your clinic is one of the few still holding out.',
      findings: [{ at: 'one of the few still holding out' }],
    },
    {
      text: "If you wait, you're going to lose the best candidates to them.",
      findings: [{ at: "you're going to lose the best candidates" }],
    },
    // cue patterns, third round (lib/coach/cues/)
    {
      text: 'Every month you wait, you fall further behind them.',
      findings: [{ at: 'Every month you wait' }, { at: 'fall further behind' }],
    },
    {
      text: 'Smaller shops are getting squeezed out of the market.',
      findings: [{ at: 'squeezed out' }],
    },
    {
      text: 'Clinics without it are quietly losing referrals.',
      findings: [{ at: 'quietly losing referrals' }],
    },
    {
      text: 'Let us make sure Acme ends up on the right side of it.',
      findings: [{ at: 'on the right side of it' }],
    },
    { text: "Late movers end up with whoever's left.", findings: [{ at: "whoever's left" }] },
    {
      text: "I want to make sure Acme isn't one of them.",
      findings: [{ at: "isn't one of them" }],
    },
    {
      text: 'Is your team planning to catch up with the rest?',
      findings: [{ at: 'planning to catch up' }],
    },
    {
      text: 'The gap between them and everyone else widens every quarter.',
      findings: [{ at: 'gap between them and everyone else widens' }],
    },
    { text: 'That money stays on the table.', findings: [{ at: 'money stays on the table' }] },
    {
      text: 'Worth a quick talk before they lock up that audience for good?',
      findings: [{ at: 'before they lock up that audience for good', replacement: '' }],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: 'Would hate for Acme to be the only one still doing invoices by hand.',
      findings: [{ at: 'Would hate for Acme to be the only' }],
    },
    {
      text: 'Teams that wait are playing catch-up by spring.',
      findings: [{ at: 'playing catch-up' }],
    },
    {
      text: "Don't want you to lose the edge you built last year.",
      findings: [{ at: 'lose the edge' }],
    },
    { text: "Don't miss out on this.", findings: [{ at: "Don't miss" }] },
    {
      text: 'Your competitors are already using it.',
      findings: [{ at: 'Your competitors are already using' }],
    },
    { text: 'Every day you wait costs you money.', findings: [{ at: 'Every day you wait' }] },
    {
      text: 'Everyone in your space is doing this already.',
      findings: [{ at: 'Everyone in your space is doing' }],
    },
    { text: "Honestly, you'll kick yourself.", findings: [{ at: 'kick yourself' }] },
    {
      text: 'Your biggest competitor signed with us yesterday.',
      findings: [{ at: 'Your biggest competitor signed' }],
    },
    {
      text: "I'd hate for Verity to be the only one still doing it by hand.",
      findings: [
        {
          at: "I'd hate for Verity to be the only one still doing it by hand",
          replacement: 'Happy to show how this could work for Verity',
        },
      ],
    },
  ],
});
