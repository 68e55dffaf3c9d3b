import { presumptiveClose } from '../../../lib/coach/rules/presumptive-close';
import { ruleTable } from './table';

ruleTable(presumptiveClose, {
  pass: [
    // code review of session 36: gates, windows and pence: hard negatives
    // review of session 36: pressure the dev-20 cues missed: hard negatives
    "All that's left is the weather, so fingers crossed for Saturday.",
    // review of session 36: false alarms of the dev-20 cues: hard negatives
    "I know you wanted to think about it over the weekend, but I've attached the brochure you asked for so you have everything in one place.",
    "I know you said you'd need to check with your partner, but I've left the sample with reception so you can both see it; no need to decide anything.",
    "As requested, I've set you up as a new customer on our system; your login details will follow separately.",
    "I've put you on the rota for Saturday mornings like you asked, and you can swap with anyone.",
    "As agreed on the phone, we've scheduled your installation to start on the 4th; the engineer will call the day before.",
    "Good news: we've already ordered the replacement part under your warranty, so there's no cost to you.",
    "Don't worry about the concert, I already bought the tickets, so pay me back whenever.",
    "We've put your details in the warranty registration you asked about, so you're covered for five years.",
    "I've added your engineers to the support portal so we can start on the ticket you raised this morning.",
    "We've added your new staff to the rota so we can start training them on Monday, as their manager asked.",
    'Your first delivery is booked for Tuesday between 8 and 10, as you chose at checkout.',
    "Leo's first swimming lesson is set for Saturday at 9, as you booked online; please bring goggles.",
    "Fitters booked for Thursday as you asked; they'll arrive around 8.",
    'Engineers scheduled for the 3rd to fix the boiler under your warranty.',
    'Your first instalment will be invoiced this week, as agreed.',
    'The contract is drawn up with your name on it, as you asked, so pop in whenever suits.',
    'The forms are printed with your name on them already, because the registrar pre-fills them.',
    // session 36 (dev 20): hard negatives
    'As you asked, I already ordered the replacement filters.',
    'I know you wanted to think it over, so no rush at all.',
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    'Your signed contract should be with you by Friday, thanks for signing so quickly!',
    "You're all set for the class tomorrow; bring a towel and some water.",
    'When you call the bank to report the fraud, have your card handy so they can cancel it.',
    // session 35 (dev 19): hard negatives
    'The documents you asked for will be with you on Monday.',
    "Have your questions ready and we'll go through them.",
    "You're down as the contact for the survey, as you asked.",
    // session 35: the paperwork offered on their yes, said before it: hard negatives
    "If you're happy with it, I'll send the contract.",
    "When you're ready, I'll send the contract.",
    "Once you've had a look, I'll send the contract.",
    "Once your legal team signs off, we'll send the agreement over.",
    "If that works for you, I'll send the contract.",
    "If you'd like to go ahead, I'll send the contract.",
    // review of session 34: false alarms of the new cues: hard negatives
    "Thanks for signing up! Here's the link to start your onboarding whenever suits.",
    "Our account manager, Sarah, is handing in her notice, so I'll be your contact from May.",
    "Great to hear you're happy to go ahead. The contract will come over tomorrow for e-signature.",
    // session 34 (dev 18): hard negatives
    "Once you're happy, the contract comes over for e-sign.",
    // session 34 (dev 16, dev 17): hard negatives
    'If the trial works for you, our coordinator can call to kick off your onboarding.',
    "If the quote works for you, I'll send over the deposit invoice.",
    'Our team drafted a first outline for the workshop; happy to change anything.',
    // session 33 (review): hard negatives
    'Your March invoice will be with you on Monday.',
    'Following our call, the revised NDA is ready for your signature.',
    'Our engineer will be round on Thursday morning to fit the replacement part you ordered.',
    'Your annual service is already booked in for your usual Tuesday slot.',
    "As soon as the deposit clears, we'll start on your bathroom refit from the 4th.",
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    'Once you give the go-ahead, our design team has started on similar booths in a week.',
    "If you'd like, our team can start on the drawings next week.",
    'The invoice will be with you on Monday, as you asked.',
    "Thanks for signing the contract. Your account's set up on our side and ready to go.",
    // session 32 (self-centred sets): their team gave or asked for what we added
    "Ahead of our call on Tuesday, I've added the churn numbers your team sent into our shared doc.",
    'I kept your 18-month term and I added a version without onboarding fees, since I know your team is doing the setup in-house.',
    // session 31 (review): their own form submitted; an invite for what they booked
    "Thanks for sending the signed form. I'll go ahead and submit it to the council today.",
    'Sent you the calendar invite for the onboarding call you booked on our site.',
    // session 31 (dev 15): an invite they asked for; going ahead once they confirm
    'Sent the invite for Thursday as you asked.',
    "I'll go ahead and book it once you confirm the date.",
    // session 29 (dev 14: work started on a quote, set up, confirmed, the contract expected): hard negatives
    "I'll make a start on Monday.",
    "Thanks for approving the quote! I'll make a start on Monday; the invoice follows.",
    "I've set you up with a guest login for the portal.",
    'Thanks for saying yes! Delighted to confirm you as our keynote.',
    "I'm thrilled to accept! When should I expect the contract?",
    // session 27 (team voice; dev 13): hard negatives
    "We know how much the launch means to your team, so we've added two extra staff on the day.",
    "We've already added a second standby server, and we'll credit one week of your subscription on your next bill.",
    // session 25: work under way for them, in a draft that asks for no payment, or after their yes
    "I've booked the photographer for Thursday, so the house can go live on the 22nd.",
    'Your espresso machine ships Monday. Any questions about setting it up?',
    'As agreed, our install team will be at your Leicester yard next Tuesday; the invoice follows.',
    "Thanks for your order! We're preparing the pallets now and the invoice is attached.",
    "I've reserved the Tuesday slot for you; I'll free it up if the date doesn't work. Deposit details are below.",
    'The crates could arrive Thursday. Who should I send the invoice to?',
    // session 25: their yes thanked for, anywhere in the draft: the work after it is service
    'Thank you for your order. Your espresso machine ships Monday and the invoice is attached.',
    "Thanks for signing! I've booked your onboarding for the 3rd; the first invoice goes out on the 1st.",
    "Great to have you on board. I've scheduled your kickoff for Tuesday; the invoice is attached.",
    'Thank you for the PO. We have already started production and will send the invoice on dispatch.',
    'Per your PO 4471, the pallets ship Monday; invoice to follow.',
    "Thanks for the go-ahead yesterday. I've reserved the crane for the 9th and the deposit invoice is attached.",
    'Thank you for the go-ahead. Our crew will be at your Derby site on Monday; the invoice follows.',
    "Thanks for your payment. I've reserved the crane for the 9th; the receipt and final invoice are attached.",
    "Thanks for your booking! I've reserved the van for the 14th; the deposit invoice is attached.",
    // session 25 review: a service fix, no payment asked, a condition, a question, a quote
    "Sorry for the mix-up — I've asked our finance team to reissue the invoice.",
    'Your replacement ships Monday; no invoice for it.',
    'Once the deposit clears, your espresso machine ships Monday.',
    "I've reserved the Tuesday slot for your install — does that work for you? The deposit is separate.",
    "I'm preparing the quote you asked for; the invoice for the audit follows separately.",
    // session 24: sent because they asked, or for them to read
    'As you asked, I will send the order form for you to sign.',
    "I'll send the draft over so you can review it first.",
    'Happy to send the terms for you to look over whenever suits.',
    // session 22 review: innocent wording the new patterns must leave alone
    'If the pilot goes well, the contract will follow.',
    'Thanks for your order – invoice to follow.',
    'Your first invoice arrives on the 1st of each month.',
    "Could you send me the PO number so we can invoice for March's work?",
    "I've raised a work order for the leak you reported.",
    // session 22 (dev 12): hard negatives
    'The contract will follow once you confirm the dates.',
    'The invoice will follow this format from now on.',
    'Following your request, I have booked 30 minutes with our lead for Wednesday.',
    // session 15 (dev 10): the deal stated as signed; welcoming them is service
    'Welcome aboard! Now that the agreement is signed, here is what the next two weeks look like.',
    // session 13 (dev 9): offers, and a yes given on the call
    'Happy to put you down for the starter box if you like.',
    'I can put you down for a demo slot.',
    "As agreed on the call, I've set up your workspace.",
    // session 13 (dev 9): confirming what the two of you arranged
    'Confirming what we set up on Monday: two trainers for your team, 9am to noon.',
    // session 11 (dev 8): their yes is in the quoted reply
    "Hi Claire,\n\nThank you. I'll send the contract over this afternoon.\n\nBest,\nAnja\n\nOn Tue, 8 Apr 2025 at 14:22, Claire <c@x.com> wrote:\n> We'd like to go ahead. Please send over the contract.",
    // session 8
    "The invite is on its way if Thursday still suits; if not, just say and I'll move it.",
    // session 7: hard negatives (stock set)
    "If you'd like, I can have legal send the MSA for your review.",
    'Shall I add you to our newsletter?',
    // a hold offered back on their terms (dev set 6)
    "I've pencilled a tentative press slot for that week, which I'll release without any fuss if your plans change.",
    "I've reserved the Tuesday slot for you; I'll free it up if the date doesn't work.",
    'When you start hiring those 15 new reps, this checklist may help.',
    // false positives found on the dev sets (session 5)
    'As you suggested, I have sent her a summary and copied you.',
    "I've put the steps into a short timeline, and our onboarding team can adapt.",
    // fifth round: hard negatives
    "As agreed on Tuesday, I've assigned Maria to your building for the trial week.",
    // cue patterns, fourth round: hard negatives
    "I've booked my flight for your conference.",
    'Would Tuesday at 10am work for a call?',
    "I can send the contract if you'd like to move ahead.",
    "I've put together a short guide for your team.",
  ],
  fail: [
    // code review of session 36: gates, windows and pence
    {
      text: "All that's left is your sign-off.",
      findings: [{ at: "All that's left is your sign-off" }],
    },
    {
      text: 'The contract is drawn up with your name on it.',
      findings: [{ at: 'contract is drawn up with your name on' }],
    },
    // review of session 36: pressure the dev-20 cues missed
    {
      text: "I know you're still weighing it up, but your install date is locked in for the 9th.",
      findings: [{ at: 'your install date is locked in' }],
    },
    {
      text: 'Your welcome pack is already in the post.',
      findings: [{ at: 'Your welcome pack is already in the post' }],
    },
    {
      text: "The paperwork's ready with your details filled in, so all that's left is your signature.",
      findings: [{ at: "all that's left is your signature" }],
    },
    {
      text: 'Your engineers are all set up on our platform so we can get going Monday.',
      findings: [{ at: 'Your engineers are all set up on our platform so we can get going' }],
    },
    // session 36 (dev 20)
    {
      text: "I know you said you'd need to check with your partner, but to save you time I've drawn up the order.",
      findings: [
        { at: "I know you said you'd need to check with your partner, but to save you time" },
        { at: "I've drawn up" },
      ],
    },
    {
      text: "I've set you up as a customer and put you on our Thursday route.",
      findings: [{ at: "I've set you up as a customer" }],
    },
    {
      text: "I've set your membership to start on the 1st.",
      findings: [{ at: "I've set your membership to start" }],
    },
    {
      text: 'I already ordered the laptops with our supplier.',
      findings: [{ at: 'I already ordered the' }],
    },
    {
      text: "I've put your company name on the stand plan.",
      findings: [{ at: "I've put your company name on" }],
    },
    {
      text: "I've added your two admins so we can start the migration on Monday.",
      findings: [{ at: 'added your two admins so we can start' }],
    },
    {
      text: 'Your first delivery slot is set for the 3rd.',
      findings: [{ at: 'Your first delivery slot is set for' }],
    },
    {
      text: "Mia's first lesson is down for Tuesday at 4.",
      findings: [{ at: "Mia's first lesson is down for" }],
    },
    { text: 'Fitters pencilled in for the 9th.', findings: [{ at: 'Fitters pencilled in for' }] },
    { text: 'First month invoiced tonight!', findings: [{ at: 'First month invoiced tonight' }] },
    {
      text: 'The finance paperwork is printed with your name on it.',
      findings: [{ at: 'paperwork is printed with your name on' }],
    },
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse
    {
      text: "Assuming you're happy with everything, I'll send the contract over tomorrow.",
      findings: [{ at: "I'll send the contract" }],
    },
    {
      text: "Even if you'd like more time, I'll send the contract tonight.",
      findings: [{ at: "I'll send the contract" }],
    },
    {
      text: "If you'd like to talk first, just say; otherwise I'll send the contract tomorrow.",
      findings: [{ at: "I'll send the contract" }],
    },
    {
      text: "If you cannot decide, I'll send the contract.",
      findings: [{ at: "I'll send the contract" }],
    },
    {
      text: "If you've read this far, I'll send the contract tonight.",
      findings: [{ at: "I'll send the contract" }],
    },
    // session 35 (dev 19)
    {
      text: "Our counsel is already drawing up the side letter with your fund's name on it.",
      findings: [{ at: 'already drawing up the side letter' }],
    },
    {
      text: 'The transfer forms will be with you on Monday.',
      findings: [{ at: 'forms will be with you on' }],
    },
    {
      text: "You're down for the survey next Wednesday at 10am.",
      findings: [{ at: "You're down for the survey" }],
    },
    {
      text: "I'll pencil in the final numbers meeting for early May.",
      findings: [{ at: "I'll pencil in the final numbers meeting" }],
    },
    // session 35: the paperwork offered on their yes, said before it
    {
      text: "If you're not happy, I'll send the contract anyway.",
      findings: [{ at: "I'll send the contract" }],
    },
    {
      text: "If you haven't had a look, I'll send the contract anyway.",
      findings: [{ at: "I'll send the contract" }],
    },
    {
      text: "When you're back from leave I'll send the contract, and we'll start Monday.",
      findings: [{ at: "I'll send the contract" }],
    },
    {
      text: "If I don't hear back, I'll send the contract.",
      findings: [{ at: "I'll send the contract" }],
    },
    // session 34 (dev 18): "pencilled in" keeps one "in"
    {
      text: "I've pencilled in your spring order.",
      findings: [{ at: "I've pencilled", replacement: 'I could pencil' }],
    },
    // session 34 (dev 18)
    {
      text: 'Ive set u up for weekly collections from Monday.',
      findings: [{ at: 'Ive set u up for' }],
    },
    {
      text: 'Contract comes over tonight for e-sign.',
      findings: [{ at: 'Contract comes over tonight for e-sign' }],
    },
    // session 34 (dev 16, dev 17)
    {
      text: "We've designed your first three labels already, proofs attached.",
      findings: [{ at: "We've designed your first three labels already" }],
    },
    {
      text: 'Our coordinator will call tomorrow to kick off your onboarding.',
      findings: [{ at: 'will call tomorrow to kick off your onboarding' }],
    },
    {
      text: "I've told her to expect an offer by Friday.",
      findings: [{ at: 'told her to expect an offer' }],
    },
    {
      text: "So she's handing in her notice next week.",
      findings: [{ at: "So she's handing in her notice" }],
    },
    {
      text: 'Sam will visit on Tuesday and send over the deposit invoice.',
      findings: [{ at: 'send over the deposit invoice' }],
    },
    // session 33 (review)
    // session 33 (dev 16, pressure in the writer's own words)
    {
      text: 'Based on what we saw, our engineering team has started on the layout drawings.',
      findings: [{ at: 'our engineering team has started on' }],
    },
    {
      text: 'Our research team has already started mapping candidates for your VP Operations role.',
      findings: [{ at: 'Our research team has already started mapping' }],
    },
    {
      text: 'The first invoice will be with you on Monday.',
      findings: [{ at: 'The first invoice will be with you' }],
    },
    {
      text: "It'll be with you Wednesday along with the first month's invoice.",
      findings: [{ at: "along with the first month's invoice" }],
    },
    {
      text: 'Our engagement letter will arrive this afternoon, ready for your signature.',
      findings: [{ at: 'ready for your signature' }],
    },
    {
      text: "Your company's logo is now on the sponsor wall for the Lisbon Fintech Forum.",
      findings: [{ at: "Your company's logo is now on the sponsor wall" }],
    },
    {
      text: 'Our guy Sipho will be round Thursday morning to start surveying the doors.',
      findings: [{ at: 'Our guy Sipho will be round Thursday morning to start' }],
    },
    {
      text: "I'll start on your March listings from the 4th.",
      findings: [{ at: "I'll start on your March listings from the 4th" }],
    },
    {
      text: 'The admin training sessions for your team leads are already lined up.',
      findings: [{ at: 'for your team leads are already lined up' }],
    },
    // session 31 (review)
    {
      text: 'Dropping you an invite for Thursday at 2pm, so just hit accept.',
      findings: [{ at: 'Dropping you an invite' }],
    },
    // session 31 (dev 15): an invite dropped in unasked; going ahead and submitting; their loads
    // routed through us; the paperwork drafted; a merge field pencilled in
    {
      text: 'Dropped an invite in your inbox for Thursday 2pm to kick off the shoot. See you then!',
      findings: [{ at: 'Dropped an invite' }],
    },
    {
      text: "I'll go ahead and submit the application to the carrier Monday so we're ready to bind.",
      findings: [{ at: "I'll go ahead and submit" }],
    },
    {
      text: "I'll start routing your Chicago loads through us next week.",
      findings: [{ at: "I'll start routing your Chicago loads through us" }],
    },
    {
      text: "I'll have the binder paperwork drafted for {{company}} by Monday so we can hit the ground running.",
      findings: [{ at: "I'll have the binder paperwork drafted" }],
    },
    {
      text: "I've penciled {{company}} in for our Reno-to-Phoenix lane starting the 1st.",
      findings: [{ at: 'penciled {{company}} in for' }],
    },
    // session 29 (dev 14: work started on a quote, set up, confirmed, the contract expected)
    {
      text: "I'll make a start on Monday and send the invoice after.",
      findings: [{ at: "I'll make a start" }],
    },
    {
      text: "I'll be round Thursday about 8 to make a start; I'll drop the invoice through the door.",
      findings: [{ at: "I'll be round Thursday about 8 to make a start" }],
    },
    {
      text: "I've set you up on a standing order of six cases every fortnight.",
      findings: [{ at: "I've set you up on a standing order" }],
    },
    {
      text: 'Delighted to confirm you as our closing keynote!',
      findings: [{ at: 'Delighted to confirm you as our' }],
    },
    {
      text: 'When should I expect the contract?',
      findings: [{ at: 'When should I expect the contract', replacement: null }],
    },
    // session 27 (team voice; dev 13)
    {
      text: 'The order form will land in your inbox tomorrow so we can keep things moving.',
      findings: [{ at: 'order form will land' }],
    },
    // session 26: an adverb between the words ("just"; the robustness sweep lost it)
    {
      text: "I've just added our strategist Jo to your Slack and booked the workshop for Tuesday. Please send the PO.",
      findings: [{ at: "I've just added our strategist Jo to your" }],
    },
    // session 25 review: thanked for something that is no yes to this deal
    {
      text: "Thanks for booking the demo! I've reserved 10 seats for your team; just sign the order form.",
      findings: [{ at: "I've reserved", replacement: 'I could reserve' }],
    },
    {
      text: "Thanks for signing the NDA. I've reserved 10 seats for you; deposit invoice attached.",
      findings: [{ at: "I've reserved", replacement: 'I could reserve' }],
    },
    // …and a second "-ed" that is no second thing done for them
    {
      text: "I've scheduled your kickoff for the 9th and the signed contract is attached.",
      findings: [{ at: "I've scheduled", replacement: 'I could schedule' }],
    },
    {
      text: "I've booked the crane for the 9th and Dave confirmed the crew. Deposit invoice attached.",
      findings: [{ at: "I've booked", replacement: 'I could book' }],
    },
    {
      text: 'Your order is now being prepared and scheduled for Monday delivery. I will also need your PO number.',
      findings: [{ at: 'is now being prepared', replacement: 'could be prepared' }],
    },
    {
      // thanked for their time, not for a yes
      text: "Thanks for your time on the call. I've booked the crane for the 9th and the deposit invoice is attached.",
      findings: [{ at: "I've booked", replacement: 'I could book' }],
    },
    // session 25 (dev 5, 6, 7, 10, 11): the order under way before any yes, and the money asked for
    {
      text: "I've reserved 200 pallet positions starting the 15th. Just reply with a PO number and we're set.",
      findings: [{ at: "I've reserved", replacement: 'I could reserve' }],
    },
    {
      text: "I've asked our installers to block out the weekend of the 9th. I'll raise the invoice today.",
      findings: [
        { at: "I've asked our installers to", replacement: 'I could ask our installers to' },
      ],
    },
    {
      text: 'We have already started the production of the 450 polos. Please send the billing address.',
      findings: [{ at: 'We have already started', replacement: 'We could start' }],
    },
    {
      text: "Hi Derek, we're preparing the artwork now; I'll send the proforma tonight.",
      findings: [{ at: "we're preparing the", replacement: 'we could prepare the' }],
    },
    {
      text: 'The crates arrive Thursday. Who should I send the invoice to?',
      findings: [{ at: 'arrive Thursday', replacement: 'could arrive Thursday' }],
    },
    {
      text: 'Your espresso machine ships Monday. Just need the deposit and a delivery address.',
      findings: [{ at: 'ships Monday', replacement: 'could ship Monday' }],
    },
    {
      text: 'Our install team will be at your Leicester yard next Tuesday. Who should get the invoice?',
      findings: [
        { at: 'will be at your Leicester yard', replacement: 'could be at your Leicester yard' },
      ],
    },
    {
      text: 'Your order is now being prepared. I will also need your PO number.',
      findings: [{ at: 'is now being prepared', replacement: 'could be prepared' }],
    },
    {
      // (also where the booking names the call: not "I could schedule… and booked")
      text: "I've scheduled the call for the 18th and booked your training, so sign page 3 when you can.",
      findings: [
        {
          at: "I've scheduled the call for the 18th and booked",
          replacement: 'I could schedule the call for the 18th and book',
        },
      ],
    },
    {
      // the offer takes in the second thing done
      text: "I've scheduled delivery for the 18th and booked your training. Please sign page 3.",
      findings: [
        {
          at: "I've scheduled delivery for the 18th and booked",
          replacement: 'I could schedule delivery for the 18th and book',
        },
      ],
    },
    {
      // …or has none, where that verb has no known base form
      text: "I've scheduled delivery for the 18th and fooed your team. Please sign page 3.",
      findings: [{ at: "I've scheduled", replacement: null }],
    },
    {
      text: "I'll send it over this afternoon for you to esign.",
      findings: [{ at: "I'll send it over this afternoon for you to esign" }],
    },
    // session 24 (dev 10): the paperwork sent for them to sign, unasked; our work together
    {
      text: "I'll send through our terms of business this arvo for you to sign.",
      findings: [{ at: "I'll send through our terms of business this arvo for you to sign" }],
    },
    {
      text: "I'll send across the order confirmation and deposit invoice this afternoon for you to sign off.",
      findings: [
        {
          at: "I'll send across the order confirmation and deposit invoice this afternoon for you to sign",
        },
      ],
    },
    {
      text: 'Really looking forward to our work together on the programme.',
      findings: [{ at: 'looking forward to our work together' }],
    },
    // session 22 review: more of the same
    {
      text: 'The contract will follow this Friday.',
      findings: [{ at: 'The contract will follow' }],
    },
    {
      text: 'Our driver’ll be with you on Monday to collect the chairs.',
      findings: [{ at: 'Our driver’ll be with you on Monday to collect' }],
    },
    {
      text: 'We start Monday (contract follows (DocuSign)). Questions welcome.',
      findings: [{ at: ' (contract follows (DocuSign))', replacement: '' }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'Thanks for the tour. The agreement will follow this afternoon.',
      findings: [{ at: 'The agreement will follow' }],
    },
    {
      text: 'The hire terms are attached for signature.',
      findings: [{ at: 'attached for signature' }],
    },
    {
      text: 'Looking forward to having Redfern Dental on board!',
      findings: [
        {
          at: 'Looking forward to having Redfern Dental on board',
          replacement: 'Would be glad to work with Redfern Dental',
        },
      ],
    },
    {
      text: 'Our engineer will be with you on the 3rd to install the unit.',
      findings: [{ at: 'Our engineer will be with you on the 3rd to install' }],
    },
    {
      text: 'I have put through the order for 20 licences.',
      findings: [{ at: 'I have put through the order' }],
    },
    {
      text: 'I have put your first delivery on Friday’s van.',
      findings: [{ at: 'I have put your first delivery on Friday’s van' }],
    },
    {
      text: 'I have added your 12 sites to our maintenance schedule.',
      findings: [
        {
          at: 'I have added your 12 sites to our maintenance schedule',
          replacement: 'I could add your 12 sites to our maintenance schedule',
        },
      ],
    },
    {
      text: 'Just send me the PO number to invoice.',
      findings: [{ at: 'send me the PO number to invoice' }],
    },
    {
      text: 'I have asked our data team to start mapping your records before onboarding.',
      findings: [
        {
          at: 'I have asked our data team to start',
          replacement: 'I could ask our data team to start',
        },
      ],
    },
    {
      text: 'I went ahead and reserved 12 seats for your team.',
      findings: [{ at: 'went ahead and reserved', replacement: 'could reserve' }],
    },
    {
      text: 'We start Monday (the invoice will follow by post).',
      findings: [{ at: ' (the invoice will follow by post)', replacement: '' }],
    },
    // session 13 (dev 9): done before they said yes, said other ways; 'you asked about pricing'
    // and 'agreed in principle' are no yes
    {
      text: 'The agreement follows for your signature, just a formality.',
      findings: [{ at: 'The agreement follows' }, { at: 'just a formality' }],
    },
    {
      text: "To save you the trouble, I've put Janine on the calendar for the 14th.",
      findings: [{ at: "To save you the trouble, I've put" }],
    },
    {
      text: 'We have already raised the invoice and scheduled delivery for Monday.',
      findings: [{ at: 'We have already raised the invoice' }],
    },
    {
      text: 'Welcome to the Hive fam, your desks are ready.',
      findings: [{ at: 'Welcome to the Hive fam' }],
    },
    {
      text: 'So I went ahead and reserved the rooms for your team since you asked about pricing.',
      // (session 22: after "I", an offer; "Went ahead and…" alone still reads "happy to…")
      findings: [{ at: 'went ahead and reserved', replacement: 'could reserve' }],
    },
    {
      text: 'As agreed in principle on the phone, we have already begun with the configuration of your license.',
      findings: [{ at: 'have already begun with the configuration of your' }],
    },
    {
      text: 'Put you down for the starter box.',
      findings: [{ at: 'Put you down for', replacement: 'Happy to put you down for' }],
    },
    // session 11: the quoted reply holds no yes
    {
      text: "Hi Claire,\n\nThank you. I'll send the contract over this afternoon.\n\nBest,\nAnja\n\nOn Tue, 8 Apr 2025 at 14:22, Claire <c@x.com> wrote:\n> Could you tell me more about the pricing?",
      findings: [{ at: "I'll send the contract" }],
    },
    {
      text: 'Our scheduler has already allocated your site to the Tuesday route. Once you return the signed copy, we will issue the first invoice.',
      findings: [{ at: 'has already allocated your' }],
    },
    // session 8: doing it for them, as we speak
    {
      text: "I'm putting you down for the annual plan starting May 1.",
      findings: [{ at: "I'm putting you down for", replacement: 'I could put you down for' }],
    },
    // session 7: blind stock set (tests/data/stock-blind.jsonl)
    {
      text: "I'm putting you down for the annual plan starting May 1.",
      findings: [{ at: "I'm putting you down for" }],
    },
    {
      text: "I've added you to our onboarding cohort.",
      findings: [{ at: "I've added you to our" }],
    },
    {
      text: "I'll have legal send the MSA tomorrow.",
      findings: [{ at: "I'll have legal send the MSA" }],
    },
    {
      text: "I'll take it we're moving forward with the 12-month agreement.",
      findings: [{ at: "I'll take it we're moving forward" }],
    },
    {
      text: 'Calendar invite is on its way, see you there!',
      findings: [
        {
          at: 'Calendar invite is on its way, see you there',
          replacement: 'I can send a calendar invite if that suits you',
        },
      ],
    },
    {
      text: 'Great talking today. The invite is on its way for Thursday at 2pm, see you there.',
      findings: [
        {
          at: 'The invite is on its way for Thursday at 2pm, see you there',
          replacement: 'I can send an invite for Thursday at 2pm if that suits you',
        },
      ],
    },
    // cue patterns, sixth round (dev set 6)
    {
      text: "I've put your name down for the spring intake.",
      findings: [{ at: 'put your name down for the' }],
    },
    // cue patterns, fifth round (dev set 5)
    {
      text: "I've assigned two engineers to your project from Monday.",
      findings: [{ at: "I've assigned two engineers to your project" }],
    },
    {
      text: 'Our team has already started on the floor plans.',
      findings: [{ at: 'has already started on' }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    {
      text: "It only needs your signature and we're live.",
      findings: [{ at: 'only needs your signature' }],
    },
    {
      text: 'I pencilled Harlow Foods in for the March run.',
      findings: [{ at: 'pencilled Harlow Foods in for' }],
    },
    {
      text: 'I told the venue to expect your group on the 9th.',
      findings: [{ at: 'told the venue to expect your' }],
    },
    // cue patterns, third round (lib/coach/cues/)
    {
      text: "I've already told the listing agent we'll be submitting tomorrow.",
      findings: [{ at: "I've already told the listing agent we'll" }],
    },
    {
      text: 'I took the liberty of drafting the order form.',
      findings: [{ at: 'took the liberty of' }],
    },
    { text: 'Welcome to the team!', findings: [{ at: 'Welcome to the team', replacement: '' }] },
    {
      text: 'Which day is easier to finalize your policy, Monday or Tuesday?',
      findings: [{ at: 'Which day is easier to finalize' }],
    },
    {
      text: "I've added our strategist to your Slack.",
      findings: [
        {
          at: "I've added our strategist to your",
          replacement: 'I could add our strategist to your',
        },
      ],
    },
    {
      text: 'She is already drafting the launch plan for your team.',
      findings: [{ at: 'already drafting the launch plan for your' }],
    },
    // rewordings that keep the facts
    {
      text: 'We look forward to welcoming Parrot Freight as a client.',
      findings: [
        {
          at: 'look forward to welcoming Parrot Freight as a client',
          replacement: 'would be glad to work with Parrot Freight',
        },
      ],
    },
    {
      text: "I've already set up your workspace for the trial.",
      findings: [
        { at: "I've already set up your workspace", replacement: 'I could set up your workspace' },
      ],
    },
    {
      text: 'Went ahead and put you down for 12 seats.',
      findings: [{ at: 'Went ahead and put', replacement: 'Happy to put' }],
    },
    {
      text: "I've already set up your workspace and migrated your contacts.",
      findings: [{ at: "I've already set up your workspace", replacement: null }],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: "I've already set up your workspace and imported your contacts.",
      findings: [{ at: "I've already set up your workspace" }],
    },
    {
      text: 'The invoice should land in your inbox tomorrow.',
      findings: [{ at: 'invoice should land' }],
    },
    {
      text: "I've booked us a call for Thursday at 2pm.",
      findings: [{ at: "I've booked", replacement: 'I could book' }],
    },
    {
      text: "I'll send the contract tonight so we can start Monday.",
      findings: [{ at: "I'll send the contract", replacement: 'I can send the contract' }],
    },
    {
      text: 'When we start, your team will get full access.',
      findings: [{ at: 'When we start', replacement: 'If we start' }],
    },
    { text: 'Welcome aboard!', findings: [{ at: 'Welcome aboard', replacement: '' }] },
    {
      text: "I'll put you down for the Enterprise tier.",
      findings: [{ at: "I'll put you down" }],
    },
    {
      text: "I've taken the liberty of scheduling the training.",
      findings: [{ at: "I've taken the liberty of" }],
    },
    {
      text: 'All that remains is for you to sign page 4.',
      findings: [{ at: 'All that remains is for you to sign' }],
    },
  ],
});
