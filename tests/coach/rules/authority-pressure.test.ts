import { authorityPressure } from '../../../lib/coach/rules/authority-pressure';
import { ruleTable } from './table';

ruleTable(authorityPressure, {
  pass: [
    // session 34: a question about what they prefer, passed on
    "My manager asked whether you'd like the slides in PDF.",
    'Our director asked if you would prefer a call or a visit.',
    // review of session 34: false alarms of the new cues: hard negatives
    'My son loved the bike, and he rarely asks for anything!',
    'Our CEO wanted to pass on her thanks, and she rarely asks me to do that.',
    "Our director would love to see the extension done when you're back.",
    "I'll report it upstairs and come back to you with a fix.",
    "It might mean an awkward conversation with your board, so I've put together a summary you can share.",
    'The board is reviewing which proposals qualify for the grant.',
    "I didn't want your IT director to hear about it from someone else, so I'm letting you both know now.",
    // session 34 (dev 18): hard negatives
    'Management is reviewing what the new rules mean for all clients.',
    // session 34 (dev 16, dev 17): hard negatives
    'Our director would love to see you at the open day.',
    'She rarely asks for extras, so the basic plan fits.',
    // session 31 (review): their account manager is ours
    "I'll raise this with your account manager so the credit is applied.",
    // session 31 (dev 15): copying their boss because they asked
    "As you asked, I've copied your finance director so she has the invoice.",
    "I've also attached the ROI worksheet your CFO asked about.",
    // session 31 (dev 14): a rule for us relayed, their own view, our own people
    "She's been clear that all invoices must quote the PO number, so I've added it.",
    'You asked me for an update on your order, so here it is.',
    'Our engineer agrees the boiler should be replaced before winter.',
    // session 30 (dev 14): advice on their own life, their boss's view, a partner at a meeting
    'Our director thinks you should take a holiday after the launch.',
    'Your director believes you should accept the offer.',
    'Our senior partner will be at the meeting on Tuesday.',
    // session 27 (review of the team-voice guards): hard negatives
    "We'll contact the owner and let you know whether pets are allowed.",
    "We've been asked by our CEO to pass on his thanks for the visit.",
    // session 27 (team voice; dev 13): hard negatives
    'Our founder asked us to send you a signed copy of the book as a thank-you.',
    'Our CFO asked us to confirm the credit note reached your accounts team.',
    "We've spoken to your account manager at the bank, as you asked, and the transfer is confirmed.",
    'We may need to contact the owner to arrange access to the meter.',
    'Our CFO asked me to double-check the VAT number on your invoice before we send it.',
    // session 25: a step their own request needs
    'Our legal team needs the signed NDA before we can share the source code you asked to review.',
    // session 24 review: reporting to a team, not a boss
    "Reply once it's live so I can let finance know it's done.",
    // session 24: reporting back to the reader, or done because they asked
    "Send the form over whenever suits, so I can let you know it's done on our side.",
    "Once it's signed I'll tell him, so he can plan the rollout.",
    // session 22 review: innocent wording the new patterns must leave alone
    "My manager says you don't have to decide this quarter.",
    'Our founder always said support has to be human.',
    // session 22 (dev 12): hard negatives
    'My manager says you can keep the extra week.',
    'Samples are on their way to your head chef, as agreed.',
    // session 16 (dev 11): hard negatives
    "Your CEO asked for the deck, so here it is. She'll want the summary on page 2 most.",
    "You mentioned your CFO signs off in May. She'll want to see the ROI figures, so I've attached them for you.",
    // session 15 (dev 10): hard negatives
    'My manager will join the call in case you have questions before your decision.',
    'Our MD, Fiona, loved the photos from your offsite.',
    'Legal has confirmed that the template is the standard one.',
    // session 15 (dev 10): news of the reader from my boss; the reader speaking to their own boss
    'Hi Jamal, my director mentioned you are speaking on the fleet safety panel next week.',
    "I've attached the syllabus, in case it's useful when you speak to your manager.",
    // session 13 (dev 4): the boss's wish offered for, not leaned on
    'Our attestation is attached, in case your compliance team wants it.',
    // session 11 (dev 8): hard negatives
    'Our designer is keen to hear what you think of the mockups.',
    'Our board meeting went well, and they asked great questions about your pilot results.',
    'My manager, Claudia, asked me to pass along the certificates you requested.',
    // sixth round: hard negatives
    'Our CEO wants to say thank you for the referral.',
    // false positives found on the dev sets (session 5)
    "If your CEO would like a copy of the report, I'm glad to send one.",
    'Attached is the draft with the edits your legal team asked for.',
    "You'd said you wanted the quote before your board meets.",
    // fifth round: hard negatives
    'My manager asked me to share the benchmark with you, since it covers your region.',
    'Our CEO would like to thank you for hosting us last week.',
    // cue patterns, fourth round: hard negatives
    'Happy to get in touch with your CFO if that helps.',
    // cue patterns (lib/coach/cues/): hard negatives
    'You said your CTO wants to see the API docs first, so here they are.',
    'If it helps, I can include your CFO on the call.',
    'Would it help to loop in your manager?',
    "Your CTO's post on build times was great.",
    'Our founder wrote this guide: https://example.com/guide',
  ],
  fail: [
    // session 34 (dev 18)
    { text: "Our MD says he'll ring your CEO himself.", findings: [{ at: 'ring your CEO' }] },
    {
      text: "I'm sure your director would be uncomfortable knowing it was unsigned.",
      findings: [{ at: 'your director would be uncomfortable knowing' }],
    },
    {
      text: 'Head office are deciding which quotes to keep open.',
      findings: [{ at: 'Head office are deciding which quotes to keep' }],
    },
    {
      text: 'The owner has been on at me every day about it.',
      findings: [{ at: 'The owner has been on at me' }],
    },
    // session 34 (dev 16, dev 17)
    {
      text: 'Our managing partner would very much like to see it signed before the review.',
      findings: [{ at: 'Our managing partner would very much like to see it signed' }],
    },
    {
      text: 'Our director wants to find out what is holding up the order.',
      findings: [{ at: 'Our director wants' }],
    },
    {
      text: 'Sorting it now saves you an awkward conversation with your boss.',
      findings: [{ at: 'saves you an awkward conversation with' }],
    },
    {
      text: 'He wants it signed so he can report it upstairs on Monday.',
      findings: [{ at: 'so he can report it upstairs' }],
    },
    {
      text: 'My head of sales keeps asking where your team is on the renewal.',
      findings: [{ at: 'My head of sales keeps asking' }],
    },
    {
      text: "He asked me to confirm by Friday, and he doesn't often ask.",
      findings: [{ at: "asked me to confirm by Friday, and he doesn't often ask" }],
    },
    // session 31 (review)
    {
      text: "I've looped your CEO in on this thread so we can get it over the line.",
      findings: [{ at: "I've looped your CEO in" }],
    },
    // session 31 (dev 15): their boss copied in, taken over their head, uneasy to learn it; a merge
    // field naming their boss
    {
      text: "I've copied your finance director on this so she's in the loop.",
      findings: [{ at: "I've copied your finance director" }],
    },
    {
      text: "If you're not the right person, no problem, I'll take it straight to your managing partner.",
      findings: [{ at: "I'll take it straight to your managing partner" }],
    },
    {
      text: "I'd bet your CEO would be pretty uneasy to learn the backups haven't been tested.",
      findings: [{ at: 'your CEO would be pretty uneasy to learn' }],
    },
    {
      text: "I'd guess {{ceo_first_name}} will want this sorted before the next board meeting.",
      findings: [{ at: '{{ceo_first_name}} will want this sorted' }],
    },
    // session 31 (dev 14): someone above them asks for their decision, has been clear what every
    // branch should do, agrees it should be signed off
    {
      text: 'Councillor Patel is keen. She has asked me for an update on your decision before 3 July.',
      findings: [{ at: 'She has asked me for an update on your decision' }],
    },
    {
      text: "I spoke to Alan in the buying office. He's been clear that all branches should stock the range by 1 June.",
      findings: [{ at: "He's been clear that all branches should" }],
    },
    {
      text: 'I caught up with Dan Hughes and he agrees the review should be signed off before the 18th.',
      findings: [{ at: 'he agrees the review should be signed off' }],
    },
    // session 30 (dev 14): our boss's view of what they should do
    {
      text: 'Our senior partner Mr Hale has looked at your sale personally and believes you should accept the offer.',
      findings: [
        {
          at: 'Our senior partner Mr Hale has looked at your sale personally and believes you should accept',
        },
      ],
    },
    {
      text: 'Our director thinks you should take the offer.',
      findings: [{ at: 'Our director thinks you should take the offer' }],
    },
    // session 28 (review: a dash after the rank)
    {
      text: "I've attached the summary for your CFO—it covers the numbers. She'll want an answer from you before the board meets.",
      findings: [{ at: "She'll want an answer from you" }],
    },
    // session 27 (review of the team-voice guards)
    {
      text: 'Our CEO has asked us to send you a copy of the agreement so it can be signed this week.',
      findings: [{ at: 'Our CEO has asked' }],
    },
    // session 27 (team voice; dev 13)
    {
      text: 'Our Managing Director, Alhaji Bello, has personally instructed our team to conclude the haulage contract this week.',
      findings: [{ at: 'Our Managing Director, Alhaji Bello, has personally instructed' }],
    },
    {
      text: 'Should we go over your head, or will you take the meeting?',
      findings: [{ at: 'Should we go over your head' }],
    },
    {
      text: "Our agency's founder asked us to reach out: she wants Sugar Tide signed up before our launch.",
      findings: [
        { at: "Our agency's founder asked us to reach out: she wants Sugar Tide signed up" },
      ],
    },
    {
      text: "We'll go straight to your boss instead.",
      findings: [{ at: "We'll go straight to your boss" }],
    },
    {
      text: 'My manager asked me to confirm the signing date today, or we lose the install slot.',
      findings: [{ at: 'My manager asked' }],
    },
    {
      text: 'Our CFO asked me to confirm the deal closes this week.',
      findings: [{ at: 'Our CFO asked' }],
    },
    {
      text: 'Our legal team needs the signed NDA before we can go any further.',
      findings: [{ at: 'Our legal team needs' }],
    },
    // session 24 (dev 3): done so I can report back to the one who asked
    {
      text: "Can you sign the forms today so I can tell him it's handled?",
      findings: [{ at: "so I can tell him it's handled" }],
    },
    {
      text: "Can we get the agreement signed this week so I can let him know it's done?",
      findings: [{ at: "so I can let him know it's done" }],
    },
    // session 22 review: more of the same
    {
      text: 'I’ve got to report back to her by noon.',
      findings: [{ at: 'I’ve got to report back to her' }],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'She has asked me to get a firm yes from you this week.',
      findings: [{ at: 'She has asked me to get a firm yes' }],
    },
    {
      text: 'Can you confirm so I can report back to her?',
      findings: [{ at: 'so I can report back to her' }],
    },
    {
      text: 'Our MD says the new rates must have your signature first.',
      findings: [{ at: 'Our MD says the new rates must' }],
    },
    {
      text: 'This is his decision, not mine.',
      findings: [{ at: 'This is his decision, not mine' }],
    },
    // session 16 (dev 11): the same tactics in our own words
    {
      text: "I met your CFO, Dana Reyes, at the summit last week. I suspect she'll be asking you for an update on the pilot soon.",
      findings: [
        { at: 'your CFO, Dana Reyes,', replacement: 'Dana Reyes' },
        { at: "she'll be asking you" },
      ],
    },
    {
      text: 'Your owner told me at the trade show he loved the samples. Might be good to lock in the order before he checks in on it.',
      findings: [{ at: 'Your owner told' }, { at: 'before he checks' }],
    },
    {
      text: 'I spoke with your head of operations yesterday. Could you confirm a date, so I can tell him it is moving forward?',
      findings: [{ at: 'spoke with your head of operations' }, { at: 'tell him it is' }],
    },
    // session 15 (dev 10): the boss asks for their decision, every morning, on the desk, by instruction
    {
      text: 'Our Head of Sales Europe, Mr. Brandt, has asked me personally to bring him your decision this week.',
      findings: [{ at: 'Our Head of Sales Europe, Mr. Brandt, has asked me personally to bring' }],
    },
    {
      text: 'Our VP of Underwriting has taken an interest in your renewal and asked me to have your signed binder by Tuesday.',
      findings: [
        {
          at: 'Our VP of Underwriting has taken an interest in your renewal and asked me to have your signed binder',
        },
      ],
    },
    {
      text: 'My director asks me every morning about your company.',
      findings: [{ at: 'My director asks' }],
    },
    {
      text: "He wants your firm's number on his desk before Monday.",
      findings: [{ at: "wants your firm's number on his desk" }],
    },
    {
      text: 'Legal has instructed that the attached order be executed this month.',
      findings: [{ at: 'Legal has instructed that' }],
    },
    {
      text: 'I am instructed to inform you that the terms are final.',
      findings: [{ at: 'I am instructed to inform you' }],
    },
    {
      text: 'The Dean of International Affairs has personally asked me to secure your signature.',
      findings: [{ at: 'The Dean of International Affairs has personally asked me to secure' }],
    },
    {
      text: 'My regional director has made it very clear to me that your account needs to move this month.',
      findings: [{ at: 'My regional director has made it very clear to me that your' }],
    },
    // session 15: my boss's word on what the reader will do
    { text: "My manager said you'd sign by Friday.", findings: [{ at: "My manager said you'd" }] },
    // session 13 (dev 9): the boss's errand in more words, a department head, a manager on my back
    {
      text: 'Our regional head has asked me to let you know that he wishes to see this closed this month.',
      findings: [{ at: 'Our regional head has asked' }],
    },
    {
      text: 'Our Managing Director has instructed me to say that she expects to hear from your office.',
      findings: [{ at: 'Our Managing Director has instructed me to' }],
    },
    {
      text: 'my mgr is all over me about ur renewal, he wants it signed before his review',
      findings: [{ at: 'my mgr is all over me' }],
    },
    {
      text: 'The head of our department has charged me with getting your answer.',
      findings: [{ at: 'The head of our department has charged me with' }],
    },
    {
      text: 'Our CEO saw your booth and told me not to come back without a meeting.',
      findings: [{ at: 'Our CEO saw your booth and told me not to come back' }],
    },
    {
      text: "I mentioned it to your regional manager and he said he'd be asking you where things stand.",
      findings: [{ at: "your regional manager and he said he'd" }],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: 'She is waiting for your signal on this.',
      findings: [{ at: 'She is waiting for your' }],
    },
    {
      text: "I've also written to the mayor's office about the rollout.",
      findings: [{ at: "I've also written to the mayor's office" }],
    },
    {
      text: 'Their rule, not mine: after that the system reprices every account.',
      findings: [{ at: 'Their rule, not mine' }],
    },
    {
      text: 'I am writing on instruction from our Board of Directors.',
      findings: [{ at: 'on instruction from our Board' }],
    },
    {
      text: "My investors asked me yesterday why you haven't signed yet.",
      findings: [{ at: 'My investors asked' }],
    },
    // session 8: told to get it, asked in the writer's own voice
    {
      text: 'My director has told me I need to get final numbers for the Finch deal before the end of the week.',
      findings: [{ at: 'My director has told me I need to get', replacement: "I'd welcome" }],
    },
    // cue patterns, sixth round (dev set 6)
    {
      text: 'My director is breathing down my neck on this one.',
      findings: [{ at: 'breathing down my neck' }],
    },
    {
      text: 'The owner is on my case about your order.',
      findings: [{ at: 'is on my case about' }],
    },
    {
      text: "I've been instructed by our VP to get this closed.",
      findings: [{ at: 'instructed by our VP' }],
    },
    {
      text: 'Our CEO wants a decision from your side soon.',
      findings: [{ at: 'Our CEO wants' }],
    },
    // cue patterns, fifth round (dev set 5)
    {
      text: 'I have been asked by our CEO to settle this before the quarter ends.',
      findings: [{ at: 'I have been asked by our CEO' }],
    },
    {
      text: "I'd rather not go back to him empty-handed.",
      findings: [{ at: 'go back to him empty-handed' }],
    },
    {
      // the same request in the writer's own voice (session 7)
      text: 'My director asked me to get your sign-off this week.',
      findings: [{ at: 'My director asked me to get', replacement: "I'd welcome" }],
    },
    {
      text: 'My VP asked me to get a decision from you by Friday.',
      findings: [{ at: 'My VP asked me to get', replacement: "I'd welcome" }],
    },
    {
      text: 'Our CEO expects an answer this week.',
      findings: [{ at: 'Our CEO expects', replacement: "I'd welcome" }],
    },
    {
      text: "Frankly, he doesn't like to be kept waiting.",
      findings: [{ at: "doesn't like to be kept waiting" }],
    },
    {
      text: 'Our owner, Mr. Ashcroft, asked me to follow up.',
      findings: [{ at: 'Our owner, Mr. Ashcroft, asked me to follow up' }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    {
      text: 'Should I go over your head on this?',
      findings: [{ at: 'Should I go over your head' }],
    },
    {
      text: "I've been in touch with your VP of Sales and she is keen.",
      findings: [{ at: 'been in touch with your VP' }],
    },
    // a named boss keeps the name, loses the rank (a reference, P7)
    {
      text: 'I spoke with your CFO, Anita Lowe, yesterday, and she agreed the coverage is thin.',
      findings: [{ at: 'your CFO, Anita Lowe,', replacement: 'Anita Lowe' }],
    },
    {
      text: "I'm copying Daniel (your VP Engineering) on my next note.",
      findings: [{ at: ' (your VP Engineering)', replacement: '' }],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: 'Bumped into your CFO at the summit and he expects us to talk before the budget review.',
      findings: [{ at: 'Bumped into your CFO' }],
    },
    {
      text: "Not sure what else to try, so I'm going to reach out to your head of sales directly.",
      findings: [{ at: 'reach out to your head of sales' }],
    },
    {
      text: 'My CEO asked me to follow up with you personally.',
      findings: [{ at: 'My CEO asked' }],
    },
    { text: "Your VP said you'd sign off this week.", findings: [{ at: "Your VP said you'd" }] },
    {
      text: "If I don't hear back, I'll have to escalate this to your manager.",
      findings: [{ at: "I'll have to escalate this to your manager" }],
    },
    {
      text: "I'll loop in your VP of Sales to move the renewal along.",
      findings: [{ at: "I'll loop in your VP", replacement: 'If it helps, I can loop in your VP' }],
    },
    {
      text: 'Your CEO, Linda Park, asked me to reach out about the audit.',
      findings: [
        { at: 'Your CEO, Linda Park, asked me to', replacement: 'Linda Park suggested I' },
      ],
    },
    {
      text: "I've already spoken to your Chief Revenue Officer and she's very keen.",
      findings: [{ at: "I've already spoken to your Chief Revenue Officer and she's very keen" }],
    },
    {
      text: "No problem, I'll go straight to your boss instead.",
      findings: [{ at: "I'll go straight to your boss", replacement: null }],
    },
  ],
});
