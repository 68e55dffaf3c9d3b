import { surveillance } from '../../../lib/coach/rules/surveillance';
import { ruleTable } from './table';

ruleTable(surveillance, {
  pass: [
    // code review of session 36: gates, windows and pence: hard negatives
    'Our portal shows your team downloaded the latest VAT invoice.',
    // review of session 36: pressure the dev-20 cues missed: hard negatives
    "I got an alert that you'd paid the invoice, thank you.",
    // review of session 36: false alarms of the dev-20 cues: hard negatives
    'The tracking system says the driver visited at 2pm, but you were out, so he left a card.',
    "I've visited Lisbon three times and I'd go back tomorrow.",
    'We visited the flat two times before we signed, and the agent was very patient.',
    "I'm told someone at the depot opened your parcel by mistake, so we're sending a replacement today.",
    "I'm told someone from the council visited your street on Monday about the potholes.",
    'I saw you looking at the timetable at the station; did you make your train?',
    'I noticed you were looking at the schedule on the noticeboard; the Thursday class has moved to the big hall.',
    "The tracking site says the driver went through your street at noon but couldn't find the house; can you send a phone number?",
    "The booking system shows you accessed your tickets from the app, so you're all set for tonight.",
    'I saw your team looking at the menu for the Christmas party; here are the veggie options too.',
    'Noticed you were having a look at our timetable on the door; the Tuesday yoga class is free for first-timers.',
    // session 36 (dev 20): hard negatives
    "The portal shows your team downloaded the invoice PDF, so you're all set.",
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    "The data room says it's down for maintenance until 6pm.",
    'The file has been opened in read-only mode by mistake.',
    'The fundraising link got lots of love on Instagram, thank you so much for sharing it!',
    // session 35 (dev 19): hard negatives
    'The data room is open to your team from Monday.',
    'The link has been updated to the new version.',
    // review of session 34: false alarms of the new cues: hard negatives
    'The claim was opened on your side last week.',
    "The ticket was opened a couple of times by mistake, so I've merged them.",
    'Looking forward to looking at the proposal at 2pm together.',
    "We'll be reading the contract at 10am with your lawyer as agreed.",
    'I saw you had a good look round the kitchens.',
    'I saw you visiting the site on Tuesday.',
    "We've kept an eye on your account activity since the card was stolen.",
    "The portal shows your team downloaded the invoice PDF, so you're all set for the audit.",
    // session 34 (dev 18): hard negatives
    'I saw you checking in at the expo desk, lovely to meet you.',
    "Take a look round the showroom whenever you're passing.",
    // session 34 (dev 16, dev 17): hard negatives
    'The link was opened for the first time when we fixed the server.',
    'The order was viewed by our warehouse team on your behalf.',
    // session 33 (review): hard negatives
    'The staff survey drew plenty of attention from your team: 84 responses in two days.',
    'The failed downloads from your office network look like a firewall issue.',
    "The notes from Tuesday's workshop have been shared around the team.",
    "I'm so sorry you've returned the unit twice now, that isn't good enough.",
    'Good news: your new starter logged in yesterday, so the account is working.',
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    'Open questions from your side: the budget and the start date.',
    'This needs attention from your finance team before Friday.',
    "You've been back to us three times this year with great referrals.",
    'Our engineers logged in at 9 this morning to run the upgrade you asked for.',
    // session 31 (review): where to find my profile
    'You can check my registration by visiting my profile on the RICS website.',
    // session 31 (dev 15): a viewing in person is no tracking
    "You've viewed the flat on Mill Lane twice now, so here's the floor plan.",
    // session 29 (dev 14: "I can see", the read receipt): hard negatives
    "I can see why you'd want to wait, the page was redesigned.",
    // session 27 (review): hard negatives
    'Our system shows the parcel was returned to the depot on Monday.',
    // session 22 (dev 12): hard negatives
    'I noticed you ran the Leeds marathon, congratulations!',
    // session 16 (dev 11): hard negatives
    'Your name popped up in the trade press this week, congratulations.',
    // session 15: a tool's records that are not their looking; "as you have seen" is no count of looks
    'My system shows ENA delivered 130,000 to the depot on Monday.',
    'Our records show your contract renews in May.',
    'As you have seen twice this year, freight rates move fast.',
    'You may have seen our ad.',
    // session 14 (dev 9): hard negatives
    'The deck was opened from the shared drive by our team.',
    'I saw you posted about the new depot, congratulations.',
    // session 11 (dev 8): hard negatives
    'Someone on your team asked about our pricing page at the expo.',
    'I saw your post and I clicked the link to the pricing page.',
    'I saw your talk on the conference site, great slides.',
    // session 10: hard negatives
    'I was pleased to see your team won the regional award.',
    'The webinar was played from your office, so everyone could join.',
    'LinkedIn tells me you have moved to Berlin, congratulations!',
    // cue patterns, fourth round: hard negatives
    'You were on holiday when we last spoke; I hope it was restful.',
    'I got a notification from LinkedIn that you changed roles, congratulations!',
    // cue patterns (lib/coach/cues/): hard negatives
    'I saw you spoke at the logistics summit last week.',
    'I saw your post about the new warehouse.',
    "You mentioned you'd looked at the pricing page.",
    'Here is the link to the deck.',
  ],
  fail: [
    // code review of session 36: gates, windows and pence
    {
      text: 'Our portal logs tell us the previous version was forwarded to five of your staff.',
      findings: [{ at: 'Our portal logs tell us the previous version was forwarded' }],
    },
    {
      text: 'We got notifications that you opened the proposal again.',
      findings: [{ at: 'We got notifications that you opened the proposal again' }],
    },
    // review of session 36: pressure the dev-20 cues missed
    {
      text: 'Our tracking picked up that you opened the proposal again last night.',
      findings: [{ at: 'Our tracking picked up that you opened the proposal again last night' }],
    },
    {
      text: 'I got an alert that you were back on the configurator.',
      findings: [{ at: 'I got an alert that you were back on' }],
    },
    {
      text: 'Your team has looked at the deck five times now.',
      findings: [{ at: 'Your team has looked at the deck five times' }],
    },
    // session 36 (dev 20)
    {
      text: 'Our portal shows your team downloaded the response pack three times.',
      findings: [{ at: 'Our portal shows your team downloaded' }],
    },
    {
      text: 'I note from our records that the price list I sent was accessed on three separate occasions.',
      findings: [{ at: 'I note from our records that the price list I sent was accessed' }],
    },
    {
      text: 'Noticed the proposal has been open on your end all morning.',
      findings: [{ at: 'Noticed the proposal has been open' }],
    },
    {
      text: "I'm told someone at your office downloaded our brochure.",
      findings: [{ at: "I'm told someone at your office downloaded our brochure" }],
    },
    {
      text: 'Saw you checking out the pricing page last night.',
      findings: [{ at: 'Saw you checking out the pricing' }],
    },
    // session 35 (dev 19)
    {
      text: 'Our data room shows someone at your firm went through the model three times.',
      findings: [{ at: 'data room shows someone' }],
    },
    {
      text: "The link's been opened from a few different places this week.",
      findings: [{ at: "link's been opened from" }],
    },
    // session 34 (dev 18)
    {
      text: 'Noticed you had another look round our site this morning.',
      findings: [{ at: 'Noticed you had another look round our site' }],
    },
    {
      text: 'spotted u checking my profile again',
      findings: [{ at: 'spotted u checking my profile' }],
    },
    {
      text: 'Thanks for grabbing the price list at 11pm last night!',
      findings: [{ at: 'Thanks for grabbing the price list at 11pm' }],
    },
    {
      text: "I've kept an eye on your account activity this week.",
      findings: [{ at: "I've kept an eye on your account activity" }],
    },
    {
      text: 'Our portal shows you downloaded the lease PDF twice.',
      findings: [{ at: 'you downloaded the lease PDF twice' }],
    },
    // session 34 (dev 16, dev 17)
    {
      text: 'Looks like the pricing page got clicked a few times on your end.',
      findings: [{ at: 'page got clicked a few times' }],
    },
    {
      text: 'I can see from our portal that you went back to the video tour twice.',
      findings: [{ at: 'I can see from our portal that you went back to the video' }],
    },
    {
      text: 'I saw your finance colleague downloaded the quote again last night.',
      findings: [{ at: 'I saw your finance colleague downloaded the quote' }],
    },
    // session 33 (review)
    // session 33 (dev 16, pressure in the writer's own words)
    {
      text: 'I noticed the link to my pricing page got a fair few clicks from your office this morning.',
      findings: [{ at: 'got a fair few clicks from your office' }],
    },
    {
      text: 'Funny, our little email tracker says that quote got forwarded round your office a couple of times.',
      findings: [{ at: 'got forwarded round your office' }],
    },
    {
      text: "By my count you've been back to it three times since Sunday.",
      findings: [{ at: "you've been back to it three times" }],
    },
    {
      text: 'Glad to see somebody over there logged into it at 11 last night.',
      findings: [{ at: 'somebody over there logged into it at 11 last night' }],
    },
    // session 31 (review)
    {
      text: 'Thanks for looking at our company page on LinkedIn last week.',
      findings: [{ at: 'looking at our company page' }],
    },
    // session 31 (dev 15): their visit to my profile; their clicks counted
    {
      text: "Thanks for checking out my profile, Devon! (Twice this week, not that I'm counting.)",
      findings: [{ at: 'checking out my profile' }],
    },
    {
      text: "Since you clicked into the sponsor prospectus a couple of times yesterday, I'm guessing you're keen.",
      findings: [{ at: 'you clicked into the sponsor prospectus a couple of times' }],
    },
    // session 29 (review)
    {
      text: "Read receipts show you've seen it.",
      findings: [{ at: 'Read receipts show' }],
    },
    {
      text: 'I got a read receipt on Monday.',
      findings: [{ at: 'got a read receipt' }],
    },
    // session 29 (dev 14: "I can see", the read receipt)
    {
      text: "I can see you've been back in the gallery a few times this week.",
      findings: [{ at: "I can see you've been back in the gallery" }],
    },
    {
      text: 'I can see it was forwarded and opened by three different people at Copperleaf yesterday.',
      findings: [{ at: 'I can see it was forwarded' }],
    },
    {
      text: 'The read receipt came back on Tuesday morning.',
      findings: [{ at: 'The read receipt came back' }],
    },
    // session 27 (dev 13)
    {
      text: "Our system shows you've been back to the demo video four times since Monday.",
      // (session 33: the returns counted are a finding of their own)
      findings: [
        { at: 'Our system shows' },
        { at: "you've been back to the demo video four times" },
      ],
    },
    {
      text: 'Our records show you started a quote on our website last Thursday.',
      findings: [{ at: 'Our records show' }],
    },
    // session 24 (dev 3): "St." inside the place name does not end the sentence
    {
      text: "I saw someone from St. Luke's spent twenty minutes on our evidence page yesterday.",
      findings: [{ at: "I saw someone from St. Luke's spent" }],
    },
    // session 22 review: more of the same
    {
      text: 'I couldn’t help seeing you opened the deck twice.',
      findings: [{ at: 'you opened the deck twice' }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'Noticed someone at Fenwick ran our savings calculator twice.',
      findings: [{ at: 'Noticed someone at Fenwick ran our' }],
    },
    {
      text: 'I couldn’t help noticing that someone at Orla spent a while on our pricing page.',
      findings: [{ at: 'I couldn’t help noticing that someone at Orla spent' }],
    },
    {
      text: 'I saw that my last two emails were opened on a phone.',
      findings: [{ at: 'I saw that my last two emails were opened' }],
    },
    {
      text: 'I noticed you have been back on our pricing page this week.',
      findings: [{ at: 'I noticed you have been back on our' }],
    },
    // session 16 (dev 11): the same tactics in our own words
    {
      text: 'Your team keeps popping up on our pricing page.',
      findings: [{ at: 'Your team keeps popping up on our' }],
    },
    {
      text: 'The demo link we sent you got clicked from four accounts.',
      findings: [{ at: 'link we sent you got clicked' }],
    },
    // session 15: a count of their looks, even as a guess, or with the count before the page
    {
      text: 'You may have seen the quote link three times last night, so I wanted to follow up.',
      findings: [{ at: 'You may have seen the quote link three times' }],
    },
    {
      text: 'Good to see you visited two times our website.',
      findings: [{ at: 'you visited two times our' }],
    },
    { text: "You've opened it twice already.", findings: [{ at: "You've opened it twice" }] },
    {
      text: 'Our logs indicate your team accessed the pricing page on Friday.',
      findings: [{ at: 'Our logs indicate' }],
    },
    // session 14: a count of opens that would stay in the sentence is no "may have seen"
    {
      text: "I noticed you've opened the proposal five times since Tuesday, so you must be interested.",
      findings: [{ at: "I noticed you've opened" }],
    },
    // session 14: the tool that told on them goes with the looking
    {
      text: 'Our system shows you downloaded the spec sheet for the V400.',
      findings: [
        {
          at: 'Our system shows you downloaded the spec sheet for the V400',
          replacement: 'You may have seen the spec sheet for the V400',
        },
      ],
    },
    {
      text: 'Hi Victor, I can see from our tracking that you downloaded the cleaning schedule.',
      findings: [
        {
          at: 'I can see from our tracking that you downloaded the cleaning schedule',
          replacement: 'you may have seen the cleaning schedule',
        },
      ],
    },
    {
      text: 'My tracker says you opened the quote 5 times.',
      findings: [{ at: 'My tracker says' }, { at: 'you opened the quote 5 times' }],
    },
    // session 14 (dev 9): a peek at my profile, a click on the quote link, opened from four places
    {
      text: 'I saw you peeked at my profile twice this week.',
      findings: [{ at: 'saw you peeked at my profile' }],
    },
    {
      text: 'Saw u clicked the pricing link a few times, any questions?',
      findings: [{ at: 'Saw u clicked the pricing' }],
    },
    {
      text: 'Looks like the deck has been opened from three different locations since Monday.',
      findings: [{ at: 'been opened from three different locations' }],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: "Our analytics is nosy, and it tells me you've opened the pricing PDF five times.",
      findings: [{ at: "you've opened the pricing PDF five times" }],
    },
    {
      text: 'Someone on your company network was on our pricing page this morning.',
      findings: [{ at: 'Someone on your company network was on our' }],
    },
    {
      text: 'I saw you went back to our pricing page twice this week.',
      findings: [{ at: 'I saw you went back to our pricing' }],
    },
    // session 10 (dev set 7): where the looking was traced to, and looking told in other words
    {
      text: 'The proposal was opened four times from your office network yesterday.',
      findings: [{ at: 'opened four times from your office' }],
    },
    {
      text: 'I was glad to see that you went through the pricing page on Monday.',
      findings: [{ at: 'I was glad to see that you went through' }],
    },
    {
      text: 'Hubspot tells me you stopped by our case studies twice.',
      findings: [{ at: 'Hubspot tells me you stopped by' }],
    },
    {
      text: 'Hi Dan, saw you had a look at my profile yesterday.',
      findings: [{ at: 'saw you had a look' }],
    },
    // cue patterns, sixth round (dev set 6)
    {
      text: 'Noticed your CFO visited the pricing page twice today.',
      findings: [{ at: 'Noticed your CFO visited' }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    {
      text: 'I got an alert that you were on our pricing page this morning.',
      findings: [{ at: 'got an alert that you were on' }],
    },
    {
      text: 'I can see your team logged into the sandbox twice.',
      findings: [{ at: 'I can see your team logged into' }],
    },
    // cue patterns, third round (lib/coach/cues/)
    {
      text: "Looks like you've had our pricing calculator open all afternoon.",
      findings: [{ at: "Looks like you've had our pricing calculator open" }],
    },
    {
      text: 'I saw someone from Acme spent twenty minutes on our case study.',
      findings: [{ at: 'I saw someone from Acme spent' }],
    },
    {
      text: 'Our analytics flagged a visit from your office this morning.',
      findings: [{ at: 'analytics flagged a visit from your' }],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: 'Our dashboard shows you clicked the pricing link twice.',
      findings: [
        {
          at: 'Our dashboard shows you clicked the pricing link twice',
          replacement: 'You may have seen the pricing link',
        },
      ],
    },
    {
      text: 'I noticed you spent some time on the case study yesterday.',
      findings: [{ at: 'I noticed you spent' }],
    },
    {
      text: 'I saw you opened my email yesterday.',
      findings: [
        { at: 'I saw you opened my email yesterday', replacement: 'You may have seen my email' },
      ],
    },
    {
      text: 'I noticed you viewed my profile.',
      findings: [
        { at: 'I noticed you viewed my profile', replacement: 'You may have seen my profile' },
      ],
    },
    {
      text: 'Hi Dan, I saw you opened the Q3 deck three times. Worth a call?',
      findings: [
        {
          at: 'I saw you opened the Q3 deck three times',
          replacement: 'you may have seen the Q3 deck', // lower case after "Hi Dan," on the same line,
        },
      ],
    },
    {
      // a count in digits is a number the rewrite must keep: no rewording
      text: 'We noticed you clicked the link 4 times.',
      findings: [{ at: 'We noticed you clicked', replacement: null }],
    },
    {
      // "you may have seen it to your team" would not read: no rewording
      text: 'I see you forwarded it to your team.',
      findings: [{ at: 'I see you forwarded', replacement: null }],
    },
    {
      text: 'My tracking shows the deck was opened twice.',
      findings: [{ at: 'My tracking shows', replacement: null }],
    },
    {
      text: 'Someone from Castleford has visited our pricing page twice this week.',
      findings: [{ at: 'has visited our pricing page' }],
    },
  ],
});
