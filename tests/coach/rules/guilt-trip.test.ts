import { guiltTrip } from '../../../lib/coach/rules/guilt-trip';
import { ruleTable } from './table';

ruleTable(guiltTrip, {
  pass: [
    // code review of session 36: gates, windows and pence: hard negatives
    // review of session 36: pressure the dev-20 cues missed: hard negatives
    'My phone went quiet on me after the update, and I felt daft when I found the setting.',
    "Nothing back from the lab yet, so I'll chase them.",
    // review of session 36: false alarms of the dev-20 cues: hard negatives
    'Text me when you land; it would be nice to know you are there safely.',
    'It would be nice to hear someone is listening at the council, but at least your letter got a reply.',
    'I wonder if anyone reads the terms and conditions before clicking agree!',
    "I was wondering if you read the book I lent you; no rush, I'd love to hear what you thought.",
    "It's not a big thing to ask your landlord for a copy of the inventory; they have to give you one.",
    "Could you water the plants while I'm away? If it's not a big thing to ask, I'll bring you back some cheese.",
    'I felt a bit silly for having held the door for so long, but he was miles away.',
    'I feel a bit daft now for having kept the receipt in the wrong drawer; found it, refund sorted!',
    "I'd have thought a promise was worth something to the builder, but he's walked off the job; any tips for a new one?",
    "Thanks for your patience with my unanswered emails last week. I spent the whole weekend at the hospital with Dad, but he's home now.",
    "The driver knocked twice but got no answer from your end, so he's left the parcel at the post office. I know you took the day off for it, which must feel like a kick in the teeth.",
    "I'd have thought a handshake still meant something in the building trade, but the roofer's gone silent; any recommendations?",
    "It's not such a big thing to ask the landlord to fix the boiler, so don't feel bad about chasing them.",
    // session 36 (dev 20): hard negatives
    'I spent my whole Sunday in the garden, bliss.',
    "Sorry, we went quiet on you over the holidays; here's the update.",
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    "Our old supplier cancelled the order without so much as a word, so we've switched.",
    'I had hoped it warranted a refund, but the airline said no.',
    'You deserve at least a word of thanks for all the work you put into the fair.',
    'A quick word with the neighbours is the polite thing to do before the party.',
    'The bank has declined a few payments for your security, so please give them a call.',
    // session 35 (dev 19): hard negatives
    "I'd have hoped the rain would hold off for the tasting.",
    'Either way is fine, and a quick no is completely okay.',
    // review of session 34: false alarms of the new cues: hard negatives
    'Your team stayed late on Friday to help us with the install, so it would be lovely to take you all for lunch.',
    "I didn't want you being left hanging, so here's where your refund stands.",
    "Don't be surprised not to hear anything until Friday; the lab takes three days.",
    'I thought this might buy us a few days while the part is on order.',
    "I've lost track of whether you ever got back to me on the colour, so could you remind me?",
    'We put together a summary of the changes for you, and no reply needed if it all looks fine.',
    // session 34 (dev 18): hard negatives
    "I was surprised not to see the invoice in the portal, so I've re-sent it.",
    // session 34 (dev 17): a way out that trails a hurt or a cost leaves the guilt: hard negatives
    "No worries at all if you haven't had a chance to look at it yet.",
    'No pressure either way: we stayed late on the mock-ups, so it would be great to hear what you think.',
    // session 34 (dev 16, dev 17): hard negatives
    "I stayed late to finish the report, so you'll have it first thing.",
    'She asked if you ever got the parcel, as the courier lost two.',
    // session 33 (review): hard negatives
    'Let me explain the silence: our lead engineer was off sick all week.',
    'Tom in our warehouse keeps asking me whether the courier ever got back to us about the pallets.',
    "Our engineers spent most of the night restoring your feed. I'll update you on where things stand by 9am.",
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    'We gave up two weekends to finish the mural for the opening, and it looks great.',
    'Here is where things stand with your order: it ships Monday.',
    'My manager keeps asking me whether the new timetable works for your drivers.',
    // session 31 (review): chasing suppliers is the reader's problem we solve
    'It can be frustrating to keep chasing suppliers for updates, which is exactly what our portal fixes.',
    // session 30 (review): hard negatives
    "We've sent the engineer three times now and the fault keeps coming back, so we're replacing the boiler free of charge.",
    "I'm really embarrassed that your order is late again, and I still don't know for sure when the courier will collect it.",
    "We still don't know if the ferry will run on Saturday, so it's a bit awkward planning the delivery.",
    // session 30: a delivery count is no count of chasers
    "We've sent the samples three times this year and the feedback has been great.",
    // session 30 (dev 14): counting on them, awkward, with no silence beside it
    'We were counting on you for the keynote, so thank you so much for saying yes!',
    "It's a bit awkward to ask, but could you send the invoice again?",
    "I still don't know which room we're in. It's been a bit embarrassing with the caterers, to be honest.",
    // session 29 (dev 14: the silence read as a no): hard negatives
    "I haven't heard back on the rebrand proposal, so I'll assume priorities have shifted and close this on our side.",
    // session 28 (review: not the reader's own details, agents or invoices): hard negatives
    "We haven't heard back from your insurer about the claim; we'll chase them on Monday.",
    // session 28 (review items: service news): hard negatives
    "We've tried to contact you about your missed delivery; the driver will try again tomorrow.",
    "We've sent you three emails about the recall, so here it is once more in short: stop using batch 14.",
    "We're waiting for your bank to confirm the transfer, then the keys are yours.",
    "We haven't heard back from DHL yet, so we've opened a claim on your behalf.",
    "We haven't heard back from your insurer about the claim; we'll chase them on Monday.",
    // session 27 (review of the team-voice guards): hard negatives
    "We're disappointed that your order arrived late, and we've credited your account.",
    "We know you're busy, so here is a one-page summary.",
    // session 27 (team voice; dev 13): hard negatives
    "We haven't heard back from the landlord yet, so the install date is still open.",
    "We're still waiting for a response from the manufacturer about the replacement part.",
    "We haven't seen anything unusual on your account since the update.",
    "We know you're busy with the year-end, so we've kept the report to one page.",
    "We're frustrated by the delay too, and we've chased the supplier twice today.",
    "We're surprised by how much your team saved.",
    "We're glad nobody was hurt.",
    "We haven't heard back since March, so we'll close the loop here.",
    // session 16 (dev 11): hard negatives
    "I'm disappointed for you that the grant fell through. It's been three weeks since the panel, I know.",
    'We spent the week on your pilot data. No reply needed; the summary is attached.',
    'I was sad to see the Harbour Street shop close. We have not heard back from the landlord either.',
    // session 15 (dev 10): hard negatives
    'I was disappointed to hear about the flood at your site; take all the time you need.',
    'We have not heard anything from the council yet, so the dates may move.',
    'It is a question of fit, not price, so here are two options.',
    'The coffee went cold while we talked through the floor plan.',
    'Our team has written three blog posts on this; here is the best one.',
    // session 13 (dev 9): the breakup that makes itself the last note; silence read as a no
    'This is my fourth email, and I will make it the last, as I do not wish to clutter your inbox.',
    "I've written a few times without hearing back, which usually means the timing isn't right.",
    // session 11 (dev 8): hard negatives
    "I haven't heard back since May, which is completely fine.",
    // session 11: fairness about the reader or the deal, not our trouble
    'We want the split to be fair to you, so here are both options.',
    "If the price isn't fair for your budget, say so and I'll look again.",
    'I have written a few times about the trial and not heard back, which I take as a sign the timing is not right.',
    // session 7: hard negatives (stock set)
    'As promised, here are the notes.',
    'You promised to send the logo, so no rush on anything else.',
    // session 7: hard negatives
    'We take data protection seriously, so nothing leaves your browser.',
    'You can ignore this if the timing is wrong.',
    // sixth round: hard negatives
    "We did so much testing that I'm sad to retire the old model.",
    'It was worth a quick look, I thought.',
    // false positives found on the dev sets (session 5)
    "I've reached out a few times and don't want to crowd your inbox, so I'll leave it here.",
    // fifth round: hard negatives
    'It was hard to hear about the flooding at your depot; I hope everyone is safe.',
    'The least I can do is send the full report.',
    // cue patterns, fourth round: hard negatives
    'Not a single word of the contract changes.',
    'Would it be too hard to move the call to 3pm?',
    // cue patterns (lib/coach/cues/): hard negatives
    'Sad to hear the launch slipped, hope the team gets a breather.',
    "I'm sorry if my notes missed the mark; what would be more useful?",
    "Since I haven't heard back, I'll assume the timing isn't right and won't follow up again.",
    'You mentioned the team was busy with the launch, so here is a short summary.',
  ],
  fail: [
    // code review of session 36: gates, windows and pence
    {
      text: 'The evenings we put in on your proposal. Not a word since.',
      findings: [{ at: 'The evenings we put in on your' }],
    },
    {
      text: 'I drove to Leeds and back twice for that demo, a kick in the teeth. Not a word since.',
      findings: [{ at: 'a kick in the teeth' }],
    },
    // review of session 36: pressure the dev-20 cues missed
    { text: 'Is anyone even reading these?', findings: [{ at: 'Is anyone even reading these' }] },
    {
      text: 'I turned away two other couples for your date, and not a word since.',
      findings: [{ at: 'turned away two other couples for your' }],
    },
    {
      text: 'After the weekend I spent on your proposal, a total silence is hard to take.',
      findings: [{ at: 'the weekend I spent on your' }],
    },
    // session 36 (dev 20)
    {
      text: 'Spent my whole Saturday building your plan, and then total silence.',
      findings: [{ at: 'Spent my whole Saturday building your' }],
    },
    {
      text: "Would be nice to know someone's reading.",
      findings: [{ at: "Would be nice to know someone's reading" }],
    },
    {
      text: "I'm starting to wonder whether anyone reads these.",
      findings: [{ at: 'wonder whether anyone reads these' }],
    },
    {
      text: 'It is not so big thing to ask for a few words back.',
      findings: [{ at: 'not so big thing to ask for a few words' }],
    },
    {
      text: "I'd have thought a handshake still meant something.",
      findings: [{ at: "I'd have thought a handshake still meant" }],
    },
    {
      text: 'I feel a bit daft having turned down another job for those dates.',
      findings: [{ at: 'feel a bit daft having turned down another job for those' }],
    },
    // session 35 (dev 19)
    {
      text: 'Three follow-ups since March, all without so much as an acknowledgement.',
      findings: [{ at: 'follow-ups since March, all without so much as an acknowledgement' }],
    },
    {
      text: "I'd have hoped that deserved a reply.",
      findings: [{ at: "I'd have hoped that deserved a reply" }],
    },
    {
      text: "I'd hope we deserve at least a line back.",
      findings: [{ at: "I'd hope we deserve at least a line" }],
    },
    {
      text: 'Even a no would be the decent thing to do.',
      findings: [{ at: 'a no would be the decent thing' }],
    },
    {
      text: 'Hearing nothing back for weeks really wears you down.',
      findings: [{ at: 'Hearing nothing back for weeks really wears you down' }],
    },
    {
      text: 'I said no to another couple for your date while I waited to hear from you.',
      findings: [{ at: 'I said no to another couple for your' }],
    },
    {
      text: "I've turned other people away for you all week.",
      findings: [{ at: "I've turned other people away for you" }],
    },
    // session 34 (dev 18)
    {
      text: 'I was a bit surprised not to hear anything after the site visit.',
      findings: [{ at: 'I was a bit surprised not to hear anything' }],
    },
    {
      text: "I'd hoped that would earn us a quick call.",
      findings: [{ at: 'hoped that would earn us a quick call' }],
    },
    {
      text: 'I did stay up late on those drawings, so even a thumbs up would be nice.',
      findings: [{ at: 'I did stay up late on those drawings, so even a thumbs up would be nice' }],
    },
    // session 34 (dev 17): a way out that trails a hurt or a cost leaves the guilt
    {
      text: 'Honestly it stings a bit to get ghosted after such a good call, but no worries, the offer stands.',
      findings: [{ at: 'ghosted' }],
    },
    {
      text: "The team worked late three nights on your samples, so it would be lovely to hear what you thought, even if it's a no.",
      findings: [
        { at: 'The team worked late three nights on your samples, so it would be lovely' },
      ],
    },
    // session 34 (dev 16, dev 17)
    {
      text: 'We stayed late three nights on your mock-ups, so it would be lovely to hear what you think.',
      findings: [{ at: 'We stayed late three nights on your mock-ups, so it would be lovely' }],
    },
    {
      text: "I'd be grateful not to be left hanging after all that.",
      findings: [{ at: 'grateful not to be left hanging' }],
    },
    {
      text: 'Mum keeps asking whether the buyer from the deli ever got back to us.',
      findings: [{ at: 'whether the buyer from the deli ever got back to us' }],
    },
    // session 33 (review)
    // session 33 (dev 16, pressure in the writer's own words)
    {
      text: 'It would mean a great deal to hear back from you, rather than having to explain the silence to the people who agreed to it.',
      findings: [{ at: 'explain the silence to' }],
    },
    {
      text: 'He does keep asking me if the lady from the gallery ever got back to us.',
      findings: [{ at: 'keep asking me if the lady from the gallery ever got back' }],
    },
    {
      text: "Heard nothing since, so I'm left wondering if I put my foot in it somewhere.",
      findings: [{ at: 'put my foot in it' }],
    },
    {
      text: 'Our team gave up two weekends to prepare the massing, so we would appreciate knowing where things stand.',
      findings: [{ at: 'gave up two weekends' }],
    },
    {
      text: "I turned down another job for that Thursday slot to keep it free for you. It'd be a kindness to hear either way.",
      findings: [
        { at: 'I turned down another job for that Thursday slot to keep it free for you' },
      ],
    },
    // session 31 (dev 15): ghosted like this; discouraging to keep writing
    {
      text: "I honestly don't know what I did to get ghosted like this.",
      findings: [{ at: 'ghosted' }],
    },
    {
      text: "It's been a bit discouraging to keep writing without hearing anything back.",
      findings: [{ at: 'discouraging to keep writing' }],
    },
    // session 30: the same thing sent N times
    {
      text: "I've sent the proposal three times now.",
      findings: [{ at: "I've sent the proposal three times" }],
    },
    // session 30 (dev 14): embarrassed before others, who were counting on them, beside their silence
    {
      text: "The committee was counting on you for the panel, and I still don't know. It's been a bit embarrassing, to be honest.",
      findings: [{ at: 'was counting on you' }, { at: "It's been a bit embarrassing" }],
    },
    {
      text: "It's getting harder to look them in the eye and say we haven't even had an acknowledgement.",
      findings: [{ at: 'harder to look them in the eye' }],
    },
    // session 28 (review: not the reader's own details, agents or invoices)
    {
      text: "We're still waiting for your bank details.",
      findings: [{ at: 'still waiting for your' }],
    },
    {
      text: "I've tried to contact you about your overdue invoice.",
      findings: [{ at: "I've tried to contact you" }],
    },
    {
      text: "I haven't heard back from ANYONE on your team.",
      findings: [{ at: "I haven't heard back" }],
    },
    {
      text: "I haven't heard back from your solicitor yet, and the offer expires Friday.",
      findings: [{ at: "I haven't heard back" }],
    },
    // session 28 (review items: service news)
    {
      text: "I haven't heard back from YOU in weeks.",
      findings: [{ at: "I haven't heard back" }],
    },
    {
      text: "I've sent you three emails about the renewal.",
      findings: [{ at: "I've sent you three emails" }],
    },
    {
      text: "We're still waiting for your decision on the quote.",
      findings: [{ at: 'still waiting for your' }],
    },
    // session 27 (review of the team-voice guards)
    {
      text: "We're still waiting for a response from the decision-makers on your side.",
      findings: [{ at: 'still waiting for a response' }],
    },
    {
      text: "I'm frustrated by the delay in your reply.",
      findings: [{ at: "I'm frustrated by " }],
    },
    {
      text: "I know you're busy, so I've attached the contract again and need it signed today.",
      findings: [{ at: "I know you're busy" }],
    },
    // session 27 (team voice; dev 13)
    {
      text: "We've reached out several times now and we're starting to feel ignored.",
      findings: [{ at: "We've reached out several times" }],
    },
    {
      text: "We've chased you a few times since and haven't heard a word.",
      findings: [{ at: "We've chased you a few times" }],
    },
    {
      text: "We don't want to be a nuisance, but after going out of our way like that, a quick reply would really be appreciated.",
      findings: [{ at: 'after going out of our way like that, a quick reply' }],
    },
    {
      text: 'It would be great to know whether all that work was for anything.',
      findings: [{ at: 'whether all that work was for anything' }],
    },
    {
      text: "We know you're busy but we did go out of our way for you.",
      findings: [{ at: "We know you're busy" }],
    },
    // session 26: a reason clause keeps its words ("As I hope all is well since…" read wrongly)
    {
      text: 'As I have not heard from you since the proposal on 2 May, I wanted to let you know the file closes on 31 May.',
      findings: [{ at: 'I have not heard from you', replacement: null }],
    },
    // session 26: an adverb between the words ("just"; the robustness sweep lost it)
    {
      text: "I've just reached out several times now.",
      findings: [{ at: "I've just reached out several times" }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'After the model I built for you, I figured I would at least get a yes or no.',
      findings: [{ at: 'built for you, I figured I would at least get' }],
    },
    {
      text: 'I drove over on Saturday with samples, and not a word since.',
      findings: [{ at: 'drove over on Saturday with samples, and not a word since' }],
    },
    {
      text: 'I put two weekends into it, so the total silence has been hard to take.',
      findings: [{ at: 'the total silence has been hard' }],
    },
    { text: 'A simple no would have been kinder.', findings: [{ at: 'would have been kinder' }] },
    {
      text: 'That evening meant more to me than it did to you.',
      findings: [{ at: 'meant more to me than it did to you' }],
    },
    // session 16 (dev 11): the same tactics in our own words
    {
      text: "We rebuilt the whole rota around your two sites. Since then, nothing at all. Honestly, it's a bit disheartening.",
      findings: [{ at: "it's a bit disheartening" }],
    },
    {
      text: 'I have emailed twice and I have no answer. I am a little sad about this.',
      findings: [{ at: 'I am a little sad' }],
    },
    {
      text: "It's now been a month since the audit pack went over. Rather surprised not to hear even a thank-you.",
      findings: [{ at: 'Rather surprised not to hear' }],
    },
    {
      text: 'Our team put in three late nights on the pilot. It has been very quiet on your side since, which leaves me in an awkward spot with my partners.',
      findings: [{ at: 'leaves me in an awkward spot' }],
    },
    {
      text: 'I keep refreshing my inbox for your answer.',
      findings: [{ at: 'refreshing my inbox' }],
    },
    // session 15 (dev 10): hurt set against silence in other words, and what we did not deserve
    {
      text: "Did up those mock-ups on my own time and haven't heard a peep since, bit gutted.",
      findings: [{ at: "haven't heard a peep since, bit gutted" }],
    },
    {
      text: "I'm honestly not sure what I've done wrong here.",
      findings: [{ at: "not sure what I've done wrong" }],
    },
    {
      text: 'I do not think we have deserved this.',
      findings: [{ at: 'I do not think we have deserved this' }],
    },
    {
      text: 'A short feedback would be a question of fairness.',
      findings: [{ at: 'question of fairness' }],
    },
    {
      text: 'I would have really appreciated a quick note if your plans had changed.',
      findings: [{ at: 'would have really appreciated a quick note' }],
    },
    {
      text: "It's starting to feel a bit one-sided.",
      findings: [{ at: 'feel a bit one-sided' }],
    },
    {
      text: "I'd have thought that was worth at least a two-line reply.",
      findings: [{ at: 'worth at least a two-line reply' }],
    },
    {
      text: "Starting to feel like I'm writing to myself over here.",
      findings: [{ at: 'writing to myself' }],
    },
    // session 13 (dev 9): written on N occasions, never heard a thing, into the void, went cold
    // after the effort, asking whether they were offended
    {
      text: 'We have since written on three occasions.',
      findings: [{ at: 'We have since written on three occasions' }],
    },
    {
      text: 'I sent the samples you asked about in March and never heard a thing, which honestly kind of hurt.',
      findings: [{ at: 'never heard a thing, which honestly kind of hurt' }],
    },
    {
      text: 'I have personally written to you five times.',
      findings: [{ at: 'I have personally written to you five times' }],
    },
    {
      text: 'Is it that our company has offended you in some way?',
      findings: [{ at: 'our company has offended you' }],
    },
    {
      text: 'guess my msgs r going straight into the void, kinda stings',
      findings: [{ at: 'into the void, kinda stings' }],
    },
    {
      text: "I paid the overnight shipping out of my own pocket, and I assumed I'd hear something back.",
      findings: [{ at: "out of my own pocket, and I assumed I'd hear something" }],
    },
    {
      text: 'Is there a reason this went cold after I drove out twice to measure the room?',
      findings: [{ at: 'went cold after I drove' }],
    },
    {
      text: 'Still crickets, my ego is only mildly bruised.',
      findings: [{ at: 'crickets, my ego is only mildly bruised' }],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: 'I was a bit sad with the lack of answer after two site visits.',
      findings: [{ at: 'sad with the lack of answer' }],
    },
    {
      text: 'It stung to hear nothing after we prepared the full plan.',
      findings: [{ at: 'stung to hear nothing' }],
    },
    // session 11: our trouble held against them as unfair
    {
      text: 'I refused other clients for this. I hope you understand this is not very fair for us.',
      findings: [{ at: 'is not very fair for us' }],
    },
    {
      text: "I'd simply be grateful if that goodwill could earn a short reply.",
      findings: [{ at: 'earn a short reply' }],
    },
    {
      text: 'It would be nice to at least know it was opened.',
      findings: [{ at: 'at least know' }],
    },
    {
      text: 'Now nothing comes back and I feel a bit forgotten.',
      findings: [{ at: 'I feel a bit forgotten' }],
    },
    // session 7: blind stock set (tests/data/stock-blind.jsonl)
    {
      text: 'You promised me an answer by the end of last month.',
      findings: [{ at: 'You promised me an answer' }],
    },
    { text: "I've been waiting ever since.", findings: [{ at: "I've been waiting ever since" }] },
    // session 7: the stock examples, short drafts
    { text: "You can't ignore me forever!", findings: [{ at: "can't ignore me forever" }] },
    { text: 'Please stop ignoring my emails.', findings: [{ at: 'ignoring my' }] },
    {
      text: "I'm starting to think you're not taking this seriously.",
      findings: [{ at: 'not taking this seriously' }],
    },
    // cue patterns, sixth round (dev set 6)
    {
      text: "Honestly I'm a bit sad, because we did so much for your team.",
      findings: [{ at: 'sad, because we did so much for your' }],
    },
    {
      text: 'I was disappointed not to hear anything back after the site visit.',
      findings: [{ at: 'disappointed not to hear anything' }],
    },
    {
      text: "After everything we've put in, I hoped for a short reply.",
      findings: [{ at: "After everything we've put in" }],
    },
    {
      text: "I'd have expected to hear something by now.",
      findings: [{ at: 'expected to hear something by now' }],
    },
    {
      text: 'Surely that was worth a quick reply at least?',
      findings: [{ at: 'worth a quick reply at least' }],
    },
    { text: 'A little courtesy would be nice.', findings: [{ at: 'A little courtesy' }] },
    {
      text: "I'm rather stuck without an answer from you.",
      findings: [{ at: "I'm rather stuck without an answer" }],
    },
    // cue patterns, fifth round (dev set 5)
    {
      text: 'It has been hard to hear nothing since the site visit.',
      findings: [{ at: 'been hard to hear nothing' }],
    },
    {
      text: 'Hearing nothing since is a bit hard to take.',
      findings: [{ at: 'Hearing nothing since is a bit hard to take' }],
    },
    {
      text: "I'm not sure what I did to deserve the silence.",
      findings: [{ at: 'deserve the silence' }],
    },
    { text: "A reply is the least I'd hope for.", findings: [{ at: "the least I'd hope for" }] },
    {
      text: 'Your silence puts us in a difficult position.',
      findings: [{ at: 'puts us in a difficult position' }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    {
      text: 'Three emails in and not a single reply, which is a little disheartening.',
      findings: [{ at: 'not a single reply' }],
    },
    {
      text: "It feels like my time doesn't matter to you.",
      findings: [{ at: "my time doesn't matter" }],
    },
    { text: 'Could you at least acknowledge my note?', findings: [{ at: 'at least acknowledge' }] },
    {
      text: 'We bent over backwards on the pricing for you.',
      findings: [{ at: 'bent over backwards' }],
    },
    { text: 'I suppose the extra samples went unnoticed.', findings: [{ at: 'went unnoticed' }] },
    // cue patterns, third round (lib/coach/cues/)
    {
      text: "I'd appreciate the courtesy of a yes or a no.",
      findings: [{ at: 'courtesy of a yes' }],
    },
    { text: 'Would it be so hard to reply?', findings: [{ at: 'Would it be so hard to reply' }] },
    {
      text: "I'm starting to wonder if I did something to put you off.",
      findings: [{ at: 'did something to put you off' }],
    },
    {
      text: 'Honestly, the silence has left me a little let down.',
      findings: [{ at: 'the silence has left me a little let down' }],
    },
    {
      text: 'I rearranged my whole Friday for your demo and heard nothing since.',
      findings: [{ at: 'rearranged my whole Friday for your demo and heard nothing' }],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: 'Honestly it stings that my last three notes went unanswered.',
      findings: [{ at: 'stings that my last three notes went unanswered' }],
    },
    {
      text: 'I spent the whole weekend on your custom model and heard nothing back.',
      findings: [{ at: 'spent the whole weekend on your custom model and heard nothing' }],
    },
    { text: 'We deserve to know where we stand.', findings: [{ at: 'We deserve to know' }] },
    {
      text: "I haven't heard back from you about the proposal.",
      findings: [{ at: "I haven't heard back" }],
    },
    {
      text: 'I know you must be busy, but this is my third email.',
      findings: [{ at: 'I know you must be busy' }, { at: 'this is my third email' }],
    },
    {
      text: "I've tried to reach you several times and I'm still waiting for your answer.",
      findings: [{ at: "I've tried to reach you" }, { at: 'still waiting for your' }],
    },
    { text: "Why haven't you replied?", findings: [{ at: "Why haven't you" }] },
    {
      text: "I guess you're too busy for me.",
      findings: [{ at: "I guess you're too busy" }],
    },
    {
      text: "It's a shame you haven't found a moment to respond.",
      findings: [{ at: "It's a shame you haven't" }],
    },
    {
      text: "I haven't heard back since our call on May 2.",
      findings: [{ at: "I haven't heard back", replacement: 'I hope all is well' }],
    },
    {
      text: "I'm rather surprised not to hear back after the demo on the 12th.",
      findings: [
        { at: "I'm rather surprised not to hear back", replacement: 'I hope all is well' },
      ],
    },
    {
      text: 'Could you at least let me know?',
      findings: [{ at: 'at least let me know', replacement: 'let me know' }],
    },
  ],
});
