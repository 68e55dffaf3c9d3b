import { emptyBump } from '../../../lib/coach/rules/empty-bump';
import { ruleTable } from './table';

ruleTable(emptyBump, {
  pass: [
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    'Where things ended up with my proposal is a question for the board now, so no action needed from you.',
    // session 35 (dev 19): hard negatives
    "Wondering whether you'd like the blue or the grey?",
    // review of session 34: false alarms of the new cues: hard negatives
    "Your email came in while I was away and it's been sitting unread for two weeks. The answer is yes.",
    'Our courier says the package was delivered. Did it get to you in one piece?',
    'I wanted to make sure our letter reached you, as it contains your new account number.',
    'Following on from the message we sent last week, your new card is now in the post.',
    'Did my last email come through, as I know things have changed since the merger, and we can now offer the lower tier at the same price?',
    // session 34 (dev 18): hard negatives
    'Following on from the message I sent, here are the new floor plans.',
    'Did the courier reach you before noon?',
    // session 34 (dev 16): an excuse for the nudge is no news: hard negatives
    "I wanted to make sure the prospectus didn't slip through the cracks; I know the new tier launched on Monday, so here it is.",
    // session 34 (dev 16, dev 17): hard negatives
    'The email below has the delivery times you asked for.',
    'The samples have been sitting in customs for a week, sorry about that.',
    // session 33 (review): hard negatives
    'Can you confirm the delivery note made it to you with the pallets?',
    'Quick update on where things stand with the samples we sent: two have arrived.',
    // session 33 (dev 16, pressure in the writer's own words): hard negatives
    'Here is where things stand with the pilot: 40 users, two open tickets.',
    'The new brochure made it to the printer on Monday.',
    // session 32 (self-centred set 1): a nudge in front of a pitch is not an empty follow-up
    'Following up with more detail on FleetLens. Our platform includes GPS tracking, geofencing, driver scorecards, fuel cards, ELD compliance and maintenance.',
    "Following up! We're the #1 ranked SEO agency in Manchester on ClutchList.",
    // session 31 (dev 15): following up on their questions, with the answers
    'Following up on your security questions: we completed our SOC 2 audit in January.',
    // session 30: a note to every customer about a topic is news
    'Checking in with all our clients about the new opening hours: from Monday we open at 8.',
    // session 28 (review item): hard negatives
    "We're just checking in on our new customers to see how the first week went.",
    // session 27 (review): hard negatives
    'Just a quick reminder that installation is booked for Tuesday at 9.',
    // session 27 (team voice; dev 13): hard negatives
    "I'm following up on the fault you reported on the 3rd: the engineer found a loose fuse and fixed it.",
    "A quick reminder that HMRC's online filing deadline for your return is 31 January.",
    // session 24 review: a delivery check
    'Wanted to ask if you got them, the samples arrived Tuesday.',
    // session 24: near the new cues, not bumps
    'We refer to our previous email of 3 March: the price list is attached.',
    'Did the parcel get lost in the post? I can send another today.',
    'I would like to ask if you have received the samples we sent to Leeds.',
    // session 17 (real email): a question about theirs, not my message
    'Where did you get yours?',
    // session 16 (dev 11): hard negatives
    'Did the parcel arrive safely?',
    // session 15 (dev 10): a reminder of their own timeline, not of my mail
    "Just a friendly reminder of the timeline you'll find in your booking pack: numbers are due by 6 September.",
    "Quick reminder about your seat at Thursday's webinar.",
    // session 14: someone else's email is no bump of mine
    'I wanted to remind you of the email from HR about open enrolment, which closes soon.',
    // session 11 (dev 8): hard negatives
    'You asked me to check back after the board met: any thoughts on the below?',
    // session 10: hard negatives
    'I will write to you again once the pilot figures are in.',
    'The report is attached; it covers the Leeds and York sites.',
    'This will be my last email; I won’t keep following up.',
    // sixth round: hard negatives
    'Following the cracks in the road survey, here are the repair costs.',
    // false positives found on the dev sets (session 5)
    "Following up with something new: we've added Portuguese support to the dashboard.",
    "I'm following up because we've just released version 5 of the app.",
    // fifth round: hard negatives
    'Happy to give the team a nudge on our side if the delivery is late.',
    'Further to my last email, I must advise that the pilot dates have moved.',
    // cue patterns (lib/coach/cues/): hard negatives
    'Following up on your question about SSO: yes, we support Okta and Azure AD.',
    'Following up on our call: here are the three options we discussed.',
    "I won't follow up again after this.",
    "I'll follow up next week with the pricing.",
  ],
  fail: [
    // session 35 (dev 19)
    {
      text: "I was wondering whether you'd had a moment to look at what I sent a couple of weeks ago.",
      findings: [{ at: "wondering whether you'd had a moment to look at what I sent" }],
    },
    {
      text: 'Wondering where things landed with my email from last week.',
      findings: [{ at: 'Wondering where things landed with my email' }],
    },
    {
      text: 'Wondering whether my message about the Maple Road flat made it to you?',
      findings: [{ at: 'whether my message about the Maple Road flat made it to you' }],
    },
    // session 34 (dev 18)
    {
      text: 'Just wanted to see where things landed on your end.',
      findings: [{ at: 'where things landed on your end' }],
    },
    { text: 'did this reach u?', findings: [{ at: 'did this reach u' }] },
    {
      text: 'I wanted to make sure my previous email reached you.',
      findings: [{ at: 'make sure my previous email reached you' }],
    },
    {
      text: 'Any word your end on the renewal?',
      findings: [{ at: 'Any word your end on the renewal?' }],
    },
    {
      text: 'Did my last couple of emails come through?',
      findings: [{ at: 'Did my last couple of emails come through' }],
    },
    // session 34 (dev 16): an excuse for the nudge is no news
    {
      text: "Making sure my note didn't slip through the cracks; I know how busy things get in March.",
      findings: [{ at: 'slip through the cracks' }],
    },
    // session 34 (dev 16, dev 17)
    {
      text: 'My email below is feeling a bit lonely.',
      findings: [{ at: 'My email below is feeling a bit lonely' }],
    },
    {
      text: "It's been sitting there all week, Jo.",
      findings: [{ at: "It's been sitting there all week" }],
    },
    // session 33 (review)
    // session 33 (dev 16, pressure in the writer's own words)
    {
      text: "Hi Theo, I'm wondering whether my message from the 3rd ever made it to you.",
      findings: [{ at: 'my message from the 3rd ever made it to you' }],
    },
    {
      text: 'Wondering where things landed with what I sent over a while back?',
      findings: [{ at: 'where things landed with what I sent' }],
    },
    {
      text: 'Another wee note from me about those brochures.',
      findings: [{ at: 'Another wee note from me' }],
    },
    // session 32 (review): bumps piled up before a feature list are still bumps; "more on this"
    {
      text: 'Following up again on my last three emails. Just circling back one more time in case this got buried. Our platform includes SSO, audit logs, CSV export, dark mode and API access.',
      findings: [
        { at: 'Following up again on my last three emails.' },
        { at: 'Just circling back' },
      ],
    },
    // session 32: a bump that asks about the earlier mail stays one, boast or not
    {
      text: 'Dr. Cho, have you had a chance to look at the trial results? They are game-changing for a lab like yours.',
      findings: [{ at: 'have you had a chance to look' }],
    },
    // session 31: "bumping this up", "nudging it back": no thing named to say "No rush on"
    {
      text: 'Just bumping this up for {{company}}.',
      findings: [{ at: 'Just bumping this up', replacement: null }],
    },
    // session 31 (dev 15): in case my two emails ended up buried; the same question as before
    {
      text: "I'm reaching out one more time in case my previous two emails ended up buried. Same question as before, whenever you get a chance.",
      findings: [
        { at: 'in case my previous two emails ended up buried' },
        { at: 'Same question as before' },
      ],
    },
    // session 30 (review)
    {
      text: 'Just checking in with all my clients about where things stand.',
      findings: [{ at: 'Just checking in with' }],
    },
    {
      text: 'Just checking in with all my clients about the quotation I sent.',
      findings: [{ at: 'Just checking in with' }],
    },
    // session 29: who the nudge goes to is not the thing ("No rush on all my clients" was left)
    {
      text: 'Checking in with all our clients this week.',
      findings: [{ at: 'Checking in with', replacement: null }],
    },
    {
      text: 'Just checking in with all my clients before the quarter ends on 31 March.',
      findings: [{ at: 'Just checking in with', replacement: null }],
    },
    // session 30: a topic that is the sale, or the mail, is still a nudge
    {
      text: 'Checking in with all our clients about the renewal, have you decided?',
      findings: [{ at: 'Checking in with' }],
    },
    {
      text: 'Checking in with all my clients about my last email.',
      findings: [{ at: 'Checking in with' }],
    },
    // session 28 (review: care only for new customers)
    {
      text: 'Just checking in with all my clients before the quarter ends.',
      findings: [{ at: 'Just checking in with' }],
    },
    // session 27 (review)
    {
      text: 'Hi Capt. Lee, just bringing this back up.',
      findings: [{ at: 'just bringing this back up' }],
    },
    // session 27 (team voice; dev 13)
    {
      text: 'We wanted to follow up on our quote from March 3.',
      findings: [
        {
          at: 'We wanted to follow up on our quote from March 3.',
          replacement: 'No rush on our quote from March 3.',
        },
      ],
    },
    {
      text: 'Did our note from the 3rd get buried?',
      findings: [
        {
          at: 'Did our note from the 3rd get buried?',
          replacement: 'No rush on our note from the 3rd.',
        },
      ],
    },
    {
      text: "Dear Ms. Lee,\n\nI would like to ask if you've received it?",
      findings: [{ at: "ask if you've received it" }],
    },
    // session 24 (dev 10): lost in the shuffle, popping it back up, asking whether they received it
    {
      text: 'Hi Fiona,\n\nDid this one get lost in the shuffle?',
      findings: [{ at: 'Did this one get lost in the shuffle' }],
    },
    {
      text: 'Hi Stephen,\n\nPopping this back up for you — any thoughts?',
      findings: [{ at: 'Popping this back up' }],
    },
    {
      text: 'Dear Mr. Jones,\n\nI refer to my below e-mail and would like to ask if you have received it?',
      findings: [{ at: 'ask if you have received it' }],
    },
    {
      text: 'We refer to our previous offer. Has my email got lost in the mix?',
      findings: [{ at: 'We refer to our previous offer' }, { at: 'Has my email got lost' }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'Bringing this back up. Any news?',
      findings: [{ at: 'Bringing this back up' }, { at: 'Any news' }],
    },
    // session 18: a trailing "again" names nothing, so no "No rush on again."
    // session 18: a bump that gives its reason keeps the reason, not the nudge
    {
      text: 'Hi Sam, following up because the pilot starts in March. Would Tuesday work?',
      findings: [
        {
          at: 'following up because the pilot starts in March.',
          replacement: 'the pilot starts in March.',
        },
      ],
    },
    {
      text: 'Wanted to follow up one more time because this could save your team 12 hours a week.',
      findings: [
        {
          at: 'Wanted to follow up one more time because this could save your team 12 hours a week.',
          replacement: 'This could save your team 12 hours a week.',
        },
      ],
    },
    // session 18 review: "since" is a time; a reason about the silence is no message; a bare repeat
    {
      text: 'Following up since my last email on the 3rd.',
      findings: [{ at: 'Following up', replacement: null }],
    },
    {
      text: "Just checking in because I haven't heard back.",
      findings: [{ at: 'Just checking in', replacement: null }],
    },
    {
      text: 'Following up because I wanted to make sure you saw my proposal.',
      findings: [{ at: 'Following up', replacement: null }],
    },
    {
      text: 'Just checking in once more.',
      findings: [{ at: 'Just checking in', replacement: null }],
    },
    // "because of" has no clause of its own: no rewording
    {
      text: 'Following up because of the news.',
      findings: [{ at: 'Following up', replacement: null }],
    },
    {
      text: 'Just checking in again.',
      findings: [{ at: 'Just checking in again', replacement: null }],
    },
    {
      text: 'Following up once more on the renewal quote, again.',
      findings: [
        {
          at: 'Following up once more on the renewal quote, again.',
          replacement: 'No rush on the renewal quote.',
        },
      ],
    },
    {
      text: 'Just circling back again on the Q3 deck.',
      findings: [
        { at: 'Just circling back again on the Q3 deck.', replacement: 'No rush on the Q3 deck.' },
      ],
    },
    // session 17 review: plural messages
    { text: 'Did you see my emails?', findings: [{ at: 'Did you see my emails' }] },
    // session 16 (dev 11): the same tactics in our own words
    {
      text: 'Did my note about the spring menu come through?',
      findings: [{ at: 'Did my note about the spring menu come through' }],
    },
    {
      text: 'Just popping this back into your inbox.',
      findings: [{ at: 'popping this back into your inbox' }],
    },
    // session 15: a reminder of my proposal is still a bump
    {
      text: 'Just a friendly reminder about the proposal.',
      findings: [{ at: 'friendly reminder' }],
    },
    // session 14 (dev 9): a reminder of my earlier mail, said formally or translated
    {
      text: 'This is to kindly remind you of our earlier mail on the fleet cameras.',
      findings: [
        {
          at: 'This is to kindly remind you of our earlier mail on the fleet cameras.',
          replacement: 'No rush on our earlier mail on the fleet cameras.',
        },
      ],
    },
    {
      text: 'This is the third reminder regarding my mail dated 5th.',
      findings: [
        {
          at: 'This is the third reminder regarding my mail dated 5th.',
          replacement: 'No rush on my mail dated 5th.',
        },
      ],
    },
    {
      text: 'I permit myself to relaunch you concerning my email of 9 May.',
      findings: [
        {
          at: 'I permit myself to relaunch you concerning my email of 9 May.',
          replacement: 'No rush on my email of 9 May.',
        },
      ],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: 'Sending this again in case my note from the 14th about the shrinkage-reducing admixture trial slipped past you.',
      findings: [
        {
          at: 'in case my note from the 14th about the shrinkage-reducing admixture trial slipped past you',
        },
      ],
    },
    {
      text: 'Any thoughts on the below?',
      findings: [{ at: 'Any thoughts on the below' }],
    },
    {
      text: 'Did any of these reach you?',
      findings: [{ at: 'Did any of these reach you' }],
    },
    {
      text: "Wanted to check my note didn't get lost.",
      findings: [{ at: "didn't get lost" }],
    },
    // session 10 (dev set 7): writing again, back to their attention, the spam folder
    {
      text: 'I write to you again about my offer of last month.',
      findings: [{ at: 'I write to you again' }],
    },
    {
      text: 'Just bringing my note back to your attention.',
      findings: [{ at: 'back to your attention' }],
    },
    {
      text: 'Maybe my email ended up in your spam folder?',
      findings: [{ at: 'in your spam folder' }],
    },
    // session 8
    {
      text: 'Just wanted to make sure you saw our new pricing.',
      findings: [
        {
          at: 'Just wanted to make sure you saw our new pricing.',
          replacement: 'No rush on our new pricing.',
        },
      ],
    },
    // session 7: the thing the bump names, not the clause ("No rush on to see if…" was left)
    {
      text: 'Just checking in to see if you had a chance to look at my email about the Q3 campaign.',
      findings: [
        {
          at: 'Just checking in to see if you had a chance to look at my email about the Q3 campaign.',
          replacement: 'No rush on my email about the Q3 campaign.',
        },
      ],
    },
    {
      text: 'Just checking in to ask whether Q3 still works.',
      findings: [{ at: 'Just checking in', replacement: null }],
    },
    // cue patterns, sixth round (dev set 6)
    { text: 'Me again about the quote!', findings: [{ at: 'Me again' }] },
    {
      text: 'Just popping into your inbox about the quote.',
      findings: [{ at: 'popping into your inbox' }],
    },
    {
      text: "I want to be sure it didn't slip through the cracks.",
      findings: [{ at: 'slip through the cracks' }],
    },
    { text: "I'm sending you my email again.", findings: [{ at: 'sending you my email again' }] },
    {
      text: "Perhaps you didn't see my last message.",
      findings: [{ at: "Perhaps you didn't see my last message" }],
    },
    // cue patterns, fifth round (dev set 5)
    {
      text: 'Popping back into your inbox about the quote.',
      findings: [{ at: 'Popping back into your' }],
    },
    {
      text: 'I am writing once more regarding my earlier note.',
      findings: [{ at: 'writing once more regarding' }],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: 'Did my note from Monday get buried?',
      findings: [
        {
          at: 'Did my note from Monday get buried?',
          replacement: 'No rush on my note from Monday.',
        },
      ],
    },
    {
      text: 'Gentle reminder for my email sent on the 5th.',
      findings: [
        {
          at: 'Gentle reminder for my email sent on the 5th.',
          replacement: 'No rush on my email sent on the 5th.',
        },
      ],
    },
    { text: 'Any update on this one?', findings: [{ at: 'Any update on this' }] },
    {
      text: 'Just checking in on my previous email.',
      findings: [{ at: 'Just checking in on my' }],
    },
    { text: 'Bumping this to the top of your inbox.', findings: [{ at: 'Bumping this' }] },
    { text: 'Did you get my email?', findings: [{ at: 'Did you get my email' }] },
    { text: 'Any update?', findings: [{ at: 'Any update' }] },
    {
      text: 'Circling back on my note from March 3.',
      findings: [
        {
          at: 'Circling back on my note from March 3.',
          replacement: 'No rush on my note from March 3.',
        },
      ],
    },
    {
      text: 'Did you get a chance to look at the Acme proposal?',
      findings: [
        {
          at: 'Did you get a chance to look at the Acme proposal?',
          replacement: 'No rush on the Acme proposal.',
        },
      ],
    },
    {
      text: 'Sending the Q3 quote again in case it got buried.',
      findings: [{ at: 'in case it got buried', replacement: '' }],
    },
  ],
});
