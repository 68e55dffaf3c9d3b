import { silenceAsConsent } from '../../../lib/coach/rules/silence-as-consent';
import { ruleTable } from './table';

ruleTable(silenceAsConsent, {
  pass: [
    // session 36: a reassurance and help for the reader's own session: hard negatives
    'Hi Sam, no reply means no charge: the trial simply ends on the 30th.',
    'No answer means no invoice, and nothing more from us.',
    // review of session 35: false alarms of the new cues, and pressure the new exemptions must not excuse: hard negatives
    "I won't take no reply as a yes, so do tell me either way.",
    'No reply means the email bounced, so double-check the address.',
    'Bin collections restart on Monday after the holiday and nothing changes unless we hear from you.',
    'Your paused delivery resumes on 1 March, as you chose when pausing, unless we hear from you before then.',
    // session 35 (dev 19): hard negatives
    'No reply needed: nothing happens until you say yes.',
    "We'll restart the order from March once you confirm.",
    // review of session 34: false alarms of the new cues: hard negatives
    'The backup starts automatically every night unless the laptop is switched off.',
    "Your new plan starts automatically on 1 June as you asked, unless you'd like to change the date.",
    'No action or reply is needed from you; your unused days roll over into next year.',
    "Thanks for the thumbs-up emoji, I'll take that as a thumbs-up and book Tuesday as you suggested.",
    // session 34 (dev 18): hard negatives
    'Not heard back from the council yet, so the permit is still pending.',
    // session 34 (dev 16, dev 17): hard negatives
    'Your plan renews on 1 May; you can change it any time.',
    "I'll take it as a compliment, thank you!",
    // session 31: listing and confirming are plans only when made for the reader
    "If I don't hear back, I'll list the other options in my next note.",
    'I have not yet received a response and wanted to confirm the address is right.',
    // session 30 (review): hard negatives
    "The neighbours didn't object to the planning application, so we'll start work on the 3rd.",
    "If we don't push back the launch, we'll send the invites on Monday.",
    // session 30: "don't disagree" with findings, with no plan read from their silence
    "If you don't disagree with the findings, we can move on to the next section.",
    // session 29 (review: others' silence, logistics, a threat after the way out): hard negatives
    "We're not hearing back from the courier, so I'll book another one for you.",
    "No changes have come back from the printer yet, so we'll send the proofs on Monday.",
    "I'll assume the old access code still works when I arrive on Monday.",
    "We'll assume the usual loading bay suits the driver.",
    // session 29 (dev 14: other words for the silence and the yes): hard negatives
    "No changes needed on your side; we'll ship on Monday.",
    "No concerns on our side, so we'll send the report Friday.",
    // session 29 (dev 14: the silence read as a no): hard negatives
    "I haven't heard back on the rebrand proposal, so I'll assume priorities have shifted and close this on our side.",
    // session 27 (team voice): hard negatives
    "We haven't heard back from the council about the permit; we'll let you know as soon as we do.",
    "Since we haven't heard otherwise from the building manager, the work goes ahead Monday as you planned.",
    // session 26 (review): only "didn't/haven't/hasn't…" read as "not", not "can't" or "don't"
    "Don't worry if you can't reply this week; I'll send the recording either way.",
    "Don't worry if you reply late; I'll send the recording either way.",
    // session 22 review: innocent wording the new patterns must leave alone
    "No news from the courier yet, but we'll continue chasing it.",
    // session 22 (dev 12): hard negatives
    'We will keep the deliveries going as usual.',
    // session 22: "let me know" is the reader acting, not a step I take on their silence
    'Should we not receive the parcel by Friday, please let me know.',
    "If I haven't heard by Friday, could you let us know either way?",
    // session 16 (dev 11): hard negatives
    "If I don't hear back, I'll assume the timing is off; no need to reply.",
    // session 14 (dev 9): hard negatives
    'Silence is golden on a Sunday morning.',
    'Since nobody objected at the meeting, we are proceeding with the plan you approved.',
    'We have had no reply from the council yet, so we are proceeding with the survey as planned.',
    "I'll take your silence as a sign the timing is off.",
    "We read the lack of a reply as a no, and that's fine.",
    // session 11 (dev 8): hard negatives
    'If this timeline is acceptable, could you reply with a yes?',
    'We have received no objections from the council, so the permit is through.',
    // session 10: hard negative
    'I have heard nothing to the contrary from the auditors, so the report stands as sent.',
    'I have written twice without a reply, so I will take it that this is not a priority for you.',
    // session 8: "file" and "order" as nouns are no step taken on their silence
    "If I don't hear back by Friday, I'll assume the timing isn't right and close your file.",
    "If I don't hear back by Friday, I'll close your file.",
    // session 7: hard negatives (stock set)
    'Since you said no to the add-on, I took it out of the quote.',
    // cue patterns, fourth round: hard negatives
    "Nobody objected in the meeting, so I've written up the notes for you to review.",
    // cue patterns (lib/coach/cues/): hard negatives
    "No reply needed, I'll send the recap on Friday.",
    "If I don't hear back, I'll assume the timing isn't right.",
    "If you don't reply, no problem at all.",
    "Unless you tell me otherwise, I'll leave it there.",
  ],
  fail: [
    // session 36: a reassurance and help for the reader's own session
    {
      text: "If I don't hear back, I'll charge the card on file.",
      findings: [{ at: "If I don't hear back, I'll charge the card on file." }],
    },
    // session 35 (dev 19)
    {
      text: "I'll take quiet from your side as a go-ahead.",
      findings: [{ at: 'take quiet from your side as a go-ahead' }],
    },
    { text: "No reply means Ruby's in!", findings: [{ at: "No reply means Ruby's in" }] },
    {
      text: 'Your gift will start again from 1 March unless we hear from you beforehand.',
      findings: [{ at: 'gift will start again from 1 March unless we hear from you' }],
    },
    // session 34 (dev 18)
    {
      text: "No reply = yes, so I'll book the van for Friday.",
      findings: [{ at: "No reply = yes, so I'll book the van for Friday." }],
    },
    {
      text: "Not heard back so I'm treating that as a go for the extra shift.",
      findings: [{ at: "Not heard back so I'm treating" }],
    },
    // session 34 (dev 16, dev 17)
    {
      text: "I'll take it as a nod and send the paperwork.",
      findings: [{ at: "I'll take it as a nod and send the paperwork." }],
    },
    {
      text: 'The weekly delivery starts automatically on Monday unless you stop it.',
      findings: [{ at: 'starts automatically on Monday unless you stop' }],
    },
    {
      text: 'If nothing comes back by noon, the menus go to the printers as they are.',
      findings: [{ at: 'If nothing comes back by noon, the menus go to the printers' }],
    },
    {
      text: "We'll roll your sample box into the monthly plan unless we hear otherwise.",
      findings: [
        { at: "We'll roll your sample box into the monthly plan unless we hear otherwise." },
      ],
    },
    // session 31: the plan first, the silence after
    {
      text: "I'll list your home at $689k on Thursday unless you tell me to hold off.",
      findings: [
        {
          at: "I'll list your home at $689k on Thursday unless you tell me to hold off.",
          replacement: 'If it suits you, I can list your home at $689k on Thursday.',
        },
      ],
    },
    // session 31 (dev 15): moving their cover over on their silence
    {
      text: "Unless you tell me otherwise, I'll move your coverage over to us with these limits on Friday.",
      findings: [
        {
          at: "Unless you tell me otherwise, I'll move your coverage over to us with these limits on Friday.",
          replacement:
            'If it suits you, I can move your coverage over to us with these limits on Friday.',
        },
      ],
    },
    // session 31 (review): a listing as a sponsor, "if we don't hear", a day before its month
    {
      text: "If you don't object by 3 May, we'll list Harbour Print as a Gold sponsor.",
      findings: [
        {
          at: "If you don't object by 3 May, we'll list Harbour Print as a Gold sponsor.",
          replacement:
            'If it suits you, we can list Harbour Print as a Gold sponsor; just let us know by 3 May.',
        },
      ],
    },
    {
      text: "If we don't hear back, we'll pencil you in for the stand.",
      findings: [
        {
          at: "If we don't hear back, we'll pencil you in for the stand.",
          replacement: "If we don't hear back, we'll assume the timing isn't right.",
        },
      ],
    },
    // session 30 (review)
    {
      text: "If I don't hear back by the 15th, I'll include the £40 late-payment charge on your next invoice.",
      findings: [
        {
          at: "don't hear back by the 15th, I'll include the £40 late-payment charge",
          replacement: null,
        },
      ],
    },
    // session 30 (dev 14): "if you don't object" is silence too; a listing is a plan; a postscript
    // keeps its label
    {
      text: "If you don't object by Friday, I'll confirm it and add the £2,000 deposit to your invoice.",
      findings: [
        {
          at: "If you don't object by Friday, I'll confirm it and add the £2,000 deposit to your invoice.",
          replacement:
            'If it suits you, I can confirm it and add the £2,000 deposit to your invoice; just let me know by Friday.',
        },
      ],
    },
    {
      text: "P.S. If we don't hear back by the 15th, we'll list Harbour Print as a Silver sponsor and send the £750 invoice.",
      findings: [
        {
          at: "If we don't hear back by the 15th, we'll list Harbour Print as a Silver sponsor and send the £750 invoice.",
          replacement:
            'If it suits you, we can list Harbour Print as a Silver sponsor and send the £750 invoice; just let us know by the 15th.',
        },
      ],
    },
    // session 29 (review: others' silence, logistics, a threat after the way out)
    {
      text: "Nothing has come back from you on the proofs, so I'll send them to print.",
      findings: [
        {
          at: "Nothing has come back from you on the proofs, so I'll send them to print.",
          replacement: 'If it suits you, I can send them to print.',
        },
      ],
    },
    {
      text: "I'm assuming Thursday at 2pm works for you, so I'll send the invite.",
      findings: [{ at: "I'm assuming Thursday at 2pm works for you" }],
    },
    {
      text: "I haven't heard back, so I'll assume priorities have shifted and give your slot to the next client on the list.",
      findings: [
        {
          at: "haven't heard back, so I'll assume",
          replacement: null,
        },
      ],
    },
    // session 29 (dev 14: other words for the silence and the yes)
    {
      text: "Since no concerns have come back on the proposal, I'll treat it as approved and start phase 1 on Monday 9 June.",
      findings: [
        {
          at: "Since no concerns have come back on the proposal, I'll treat it as approved and start phase 1 on Monday 9 June.",
          replacement: 'If it suits you, I can start phase 1 on Monday 9 June.',
        },
      ],
    },
    {
      text: "I haven't had any changes back from you on the menu, so I'm taking it as final.",
      findings: [{ at: "'t had any changes back from you on the menu, so I'm taking it as" }],
    },
    {
      text: "Hi Chris, not hearing back tells me you're in.",
      findings: [{ at: "not hearing back tells me you're in" }],
    },
    {
      text: "Hi Rachel, I'll assume Thursday at 2pm works for you and send the invite.",
      findings: [
        {
          at: "I'll assume Thursday at 2pm works for you and send the invite.",
          replacement: 'if Thursday at 2pm works for you, I can send the invite.',
        },
      ],
    },
    {
      text: "I'll assume Tuesday works.",
      findings: [{ at: "I'll assume Tuesday works.", replacement: 'Does Tuesday work for you?' }],
    },
    // session 28 (review)
    {
      text: "We haven't heard back from your bank yet, so we'll book the valuation for Monday.",
      findings: [
        { at: "We haven't heard back from your bank yet, so we'll book the valuation for Monday." },
      ],
    },
    // session 27 (review of the team-voice guards)
    {
      text: "Since we haven't heard otherwise from the account owner, we'll go ahead and renew the plan.",
      findings: [
        {
          at: "Since we haven't heard otherwise from the account owner, we'll go ahead and renew the plan.",
          replacement: 'If it suits you, we can renew the plan.',
        },
      ],
    },
    {
      text: "We'll assume you're happy with the quote and book the install for Monday.",
      findings: [
        {
          at: "We'll assume you're happy with the quote and book the install for Monday.",
          replacement: 'If it suits you, we can book the install for Monday.',
        },
      ],
    },
    // session 27 (team voice)
    {
      text: "Unless you tell us otherwise, we'll go ahead and renew your subscription for another 12 months.",
      findings: [
        {
          at: "Unless you tell us otherwise, we'll go ahead and renew your subscription for another 12 months.",
          replacement: 'If it suits you, we can renew your subscription for another 12 months.',
        },
      ],
    },
    // session 26: contracted ("didn't" read as "did not"; the robustness sweep lost it)
    {
      text: "We didn't receive your objections on the draft, so we will proceed with the signature.",
      findings: [
        {
          at: "We didn't receive your objections on the draft, so we will proceed with the signature.",
          replacement: 'If it suits you, we can proceed with the signature.',
        },
      ],
    },
    // session 22 (dev 12): the same tactics in our own words
    {
      text: 'If we dont receive any answer by the 20th we will consider it accepted.',
      findings: [{ at: 'dont receive any answer by the 20th we will consider' }],
    },
    {
      text: 'If you don’t say otherwise, we will keep the deliveries going from Monday.',
      findings: [
        {
          at: 'If you don’t say otherwise, we will keep the deliveries going from Monday.',
          replacement: 'If it suits you, we can keep the deliveries going from Monday.',
        },
      ],
    },
    {
      text: 'Tell me before then; otherwise I will take silence as agreement.',
      findings: [{ at: 'take silence as' }],
    },
    // session 22: telling someone else for them is still a step taken on their silence
    {
      text: "Should we not hear from you by Friday, we will let the team know you're in.",
      findings: [{ at: 'Should we not hear from you by Friday, we will let the team know' }],
    },
    // session 16 (dev 11): the same tactics in our own words
    {
      text: "If I don't hear back by the 10th I'll go ahead and upgrade the plan, so no need to reply if you're happy with it.",
      findings: [
        {
          at: "If I don't hear back by the 10th I'll go ahead and upgrade the plan, so no need to reply if you're happy with it.",
          replacement: "If I don't hear back by the 10th, I'll assume the timing isn't right.",
        },
      ],
    },
    // session 14 (dev 9): silence equated with a yes, deemed accepted, the quiet read as a go-ahead
    {
      text: "Silence by Monday = a yes from you, and I'll order the banners.",
      findings: [
        {
          at: "Silence by Monday = a yes from you, and I'll order the banners.",
          replacement: 'If it suits you, I can order the banners; just let me know by Monday.',
        },
      ],
    },
    {
      text: 'In the absence of any objection within five days, the quote shall be deemed accepted.',
      findings: [{ at: 'absence of any objection within five days, the quote shall be deemed' }],
    },
    {
      text: 'Since no contrary instructions have reached us, we are proceeding on the basis that the order stands.',
      findings: [
        { at: 'no contrary instructions have reached us, we are proceeding on the basis' },
      ],
    },
    {
      text: "Since no objections came in, I've read your silence as a green light and added the extra shift.",
      findings: [
        { at: "no objections came in, I've read your silence as a green light and added" },
      ],
    },
    {
      text: "I'll take your silence as a sign that you're happy with it.",
      findings: [{ at: 'your silence as a sign' }],
    },
    // session 13: the offer keeps who acts ("we'll migrate" -> "we can migrate"); switching or
    // moving the account over on their silence is the same step as sending the contract
    {
      text: "Unless you tell me otherwise, we'll migrate your data on Monday.",
      findings: [
        {
          at: "Unless you tell me otherwise, we'll migrate your data on Monday.",
          replacement: 'If it suits you, we can migrate your data on Monday.',
        },
      ],
    },
    {
      text: "We'll take your silence as a green light and release the order.",
      findings: [
        {
          at: "We'll take your silence as a green light and release the order.",
          replacement: 'If it suits you, we can release the order.',
        },
      ],
    },
    {
      text: "If I don't hear any objections from you this week, I'll switch the account over on the 1st.",
      findings: [
        {
          at: "If I don't hear any objections from you this week, I'll switch the account over on the 1st.",
          replacement:
            'If it suits you, I can switch the account over on the 1st; just let me know this week.',
        },
      ],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: 'Hence we are presuming the same is acceptable to you.',
      findings: [{ at: 'presuming the same is acceptable' }],
    },
    {
      // (session 26: "haven't" now reads as "not", so the whole sentence is offered back)
      text: "We haven't received any objections, so we'll proceed with the Monday start.",
      findings: [
        {
          at: "We haven't received any objections, so we'll proceed with the Monday start.",
          replacement: 'If it suits you, we can proceed with the Monday start.',
        },
      ],
    },
    // session 10 (dev set 7): silence read as a yes, said formally
    {
      text: 'Should I not hear to the contrary by Friday, I will instruct our depot to dispatch the order.',
      findings: [
        {
          at: 'Should I not hear to the contrary by Friday, I will instruct our depot to dispatch the order.',
          // the plan offered, the reply date kept as a plain request
          replacement:
            'If it suits you, I can instruct our depot to dispatch the order; just let me know by Friday.',
        },
      ],
    },
    {
      // "assume that's fine" is silence read as a yes, not a way out
      text: "If I don't hear from you by Wednesday, I'll assume that's fine and update the invoice.",
      findings: [
        {
          at: "If I don't hear from you by Wednesday, I'll assume that's fine and update the invoice.",
        },
      ],
    },
    {
      // "didn't say no" is no opt-out, with either apostrophe
      text: 'Figured since you didn’t say no, you’re in!',
      findings: [{ at: 'since you didn’t say no' }],
    },
    // session 7: blind stock set (tests/data/stock-blind.jsonl)
    {
      text: "Figured since you didn't say no, you're in!",
      findings: [{ at: "since you didn't say no" }],
    },
    // cue patterns, fourth round (lib/coach/cues/; dev set 4)
    {
      text: "Since nobody on your side objected, we'll start the rollout on Monday.",
      findings: [
        {
          at: "Since nobody on your side objected, we'll start the rollout on Monday.",
          replacement: 'If it suits you, we can start the rollout on Monday.',
        },
      ],
    },
    // cue patterns, third round (lib/coach/cues/)
    {
      text: "I'll take the silence as a yes and start on Monday.",
      findings: [
        {
          at: "I'll take the silence as a yes and start on Monday.",
          replacement: 'If it suits you, I can start on Monday.',
        },
      ],
    },
    // rewordings that keep the facts
    // session 12: any wording of silence, then the plan, offered (lib/coach/silence-offer.ts)
    {
      text: "Unless I hear otherwise by Monday, I'll proceed with renewing the Harbor Dental plan at $240 a month.",
      findings: [
        {
          at: "Unless I hear otherwise by Monday, I'll proceed with renewing the Harbor Dental plan at $240 a month.",
          replacement:
            'If it suits you, I can proceed with renewing the Harbor Dental plan at $240 a month; just let me know by Monday.',
        },
      ],
    },
    {
      // a vocative stays; "until" becomes "by"; "we" stays "we"
      text: 'Marta, if nothing comes back from you until Tuesday, we will ship the 12 pallets to Leeds.',
      findings: [
        {
          at: 'if nothing comes back from you until Tuesday, we will ship the 12 pallets to Leeds.',
          replacement:
            'if it suits you, we can ship the 12 pallets to Leeds; just let us know by Tuesday.',
        },
      ],
    },
    {
      // the reading names something of theirs: it becomes the condition
      text: "Since I haven't heard any objections, I'll assume you're happy with the draft for Orbit Labs, and we'll send it to print.",
      findings: [
        {
          at: "Since I haven't heard any objections, I'll assume you're happy with the draft for Orbit Labs, and we'll send it to print.",
          replacement: "If you're happy with the draft for Orbit Labs, we can send it to print.",
        },
      ],
    },
    {
      // said formally; the writer's own apostrophes stay
      text: 'Please note that unless we receive instructions to the contrary by Tuesday, we’ll proceed with Dana’s renewal.',
      findings: [
        {
          at: 'Please note that unless we receive instructions to the contrary by Tuesday, we’ll proceed with Dana’s renewal.',
          replacement:
            'If it suits you, we can proceed with Dana’s renewal; just let us know by Tuesday.',
        },
      ],
    },
    {
      // a loose reply time stays with the request
      text: "If I don't hear from you this week, I'll book the fitters for the 12th.",
      findings: [
        {
          at: "If I don't hear from you this week, I'll book the fitters for the 12th.",
          replacement:
            'If it suits you, I can book the fitters for the 12th; just let me know this week.',
        },
      ],
    },
    {
      // the plan said first
      text: "We'll start the install on Thursday unless you stop us before then.",
      findings: [
        {
          at: "We'll start the install on Thursday unless you stop us before then.",
          replacement: 'If it suits you, we can start the install on Thursday.',
        },
      ],
    },
    {
      // a plan that ends something for them is a threat: no offer is made of it
      text: "Since I haven't heard back, I'll release your slot on Friday to the next client.",
      findings: [{ at: "haven't heard back, I'll release", replacement: null }],
    },
    {
      // the reading of silence, then the plan: the plan is offered, with the condition's date
      text: "If I don't hear any objections by Monday I'll assume we're good and send it to your accounts team.",
      findings: [
        {
          at: "If I don't hear any objections by Monday I'll assume we're good and send it to your accounts team.",
          replacement: 'If it suits you, I can send it to your accounts team by Monday.',
        },
      ],
    },
    {
      text: "I'll treat no reply by the 20th as approval and schedule the first visit.",
      findings: [
        {
          at: "I'll treat no reply by the 20th as approval and schedule the first visit.",
          replacement: 'If it suits you, I can schedule the first visit by the 20th.',
        },
      ],
    },
    {
      text: "Since I haven't heard any objections, I'll take it that the 10-panel design works for you and go ahead and order the panels.",
      findings: [
        {
          at: "Since I haven't heard any objections, I'll take it that the 10-panel design works for you and go ahead and order the panels.",
          replacement: 'If the 10-panel design works for you, I can order the panels.',
        },
      ],
    },
    {
      text: "I'll take it that you're happy with the 200-seat plan and I can send the order form on Monday.",
      findings: [
        {
          at: "I'll take it that you're happy with the 200-seat plan and I can send the order form on Monday.",
          replacement:
            "If you're happy with the 200-seat plan, I can send the order form on Monday.",
        },
      ],
    },
    {
      text: "If I don't hear otherwise, I'll book a 30 minute demo for Wednesday at 2.",
      findings: [
        {
          at: "If I don't hear otherwise, I'll book a 30 minute demo for Wednesday at 2.",
          replacement: 'If it suits you, I can book a 30 minute demo for Wednesday at 2.',
        },
      ],
    },
    // cue patterns (lib/coach/cues/): the tactic in other words
    {
      text: 'Since there were no objections to the draft, I consider it approved and will forward it to legal.',
      findings: [
        {
          at: 'Since there were no objections to the draft, I consider it approved and will forward it to legal.',
          replacement: 'If it suits you, I can forward it to legal.',
        },
      ],
    },
    {
      text: "Didn't hear back, so I'll go ahead and book the workshop for Tuesday.",
      findings: [
        {
          at: "Didn't hear back, so I'll go ahead and book the workshop for Tuesday.",
          replacement: 'If it suits you, I can book the workshop for Tuesday.',
        },
      ],
    },
    {
      text: "I'll take your silence as a green light and release the order for 40 bearings.",
      findings: [
        {
          at: "I'll take your silence as a green light and release the order for 40 bearings.",
          replacement: 'If it suits you, I can release the order for 40 bearings.',
        },
      ],
    },
    {
      text: "Unless you tell me otherwise, I'll bind the policy effective June 1.",
      findings: [
        {
          at: "Unless you tell me otherwise, I'll bind the policy effective June 1.",
          replacement: 'If it suits you, I can bind the policy effective June 1.',
        },
      ],
    },
    {
      text: "If I don't hear back by Friday, I'll go ahead and send the contract.",
      findings: [
        {
          at: "If I don't hear back by Friday, I'll go ahead and send the contract.",
          replacement: "If I don't hear back by Friday, I'll assume the timing isn't right.",
        },
      ],
    },
    {
      text: "If I don't get a reply by Thursday I'll assume you're happy and send over the invoice.",
      findings: [
        {
          at: "If I don't get a reply by Thursday I'll assume you're happy and send over the invoice.",
          replacement: "If I don't get a reply by Thursday, I'll assume the timing isn't right.",
        },
      ],
    },
    { text: "I'll take that as a yes.", findings: [{ at: "I'll take that as a yes" }] },
    { text: 'No news is good news.', findings: [{ at: 'No news is good news' }] },
  ],
});
