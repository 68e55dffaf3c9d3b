import { valueFirst } from '../../../lib/coach/rules/value-first';
import { ruleTable } from './table';

ruleTable(valueFirst, {
  pass: [
    // session 33 (review): hard negatives
    'Hi Ana,\n\nFurther to my visit to your site on Tuesday, I noticed your loading bay doors lose a lot of heat.',
    // session 33 (self-centred set 1): a specific observation of their business, a referral that
    // names their need, a measured fact, a customer like them
    'Hi Ana,\n\nDrove past your Kingsford warehouse yesterday and noticed the roof faces north.',
    'Hi Ana,\n\nI had lunch at Ardoise last week and noticed the halibut dish has come off the menu.',
    'Hi Ana,\n\nAisha Bello at Greenvale Foods mentioned you are trying to hire two engineers.',
    'Hi Ana,\n\nYour spring catalogue weighs 212g, just over the 200g postal break.',
    'Hi Ana,\n\nOn your mobile site, three of the five banner products show as out of stock.',
    'Hi Ana,\n\nA dental group running the same imaging software as yours was losing 40 minutes a day.',
    'Hi Megan and Luis,\n\nYour client portal takes about nine seconds to load on a phone.',
    'What would a good peak season look like for your Memphis DC this year?',
    "Hi Ana,\n\nHere's the checklist you asked for: https://example.com/list",
    "Hi Ana,\n\nHope you're well. Your post on churn made me think of this study.",
    'Congrats on the Series B!',
    'How is your team handling the move to usage-based billing?',
    {
      text: 'Hi Ana,\n\nSorry for all the notes. Could you tell me if I should stop?',
      context: { kind: 'feedback' },
    },
  ],
  fail: [
    // session 33 (review)
    {
      text: 'Hi Ana,\n\nDo you have 15 minutes this week for a quick call?',
      findings: [{ at: 'Do you have 15 minutes this week for a quick call?' }],
    },
    {
      text: 'Hi Ana,\n\nCould I grab ten minutes of your time on Thursday?',
      findings: [{ at: 'Could I grab ten minutes of your time on Thursday?' }],
    },
    {
      text: 'Hi Ana,\n\nOur starter plan is now just £49 a month.',
      findings: [{ at: 'Our starter plan is now just £49 a month.' }],
    },
    {
      text: 'Hi Ana,\n\nAll our plans now come with 100GB of storage.',
      findings: [{ at: 'All our plans now come with 100GB of storage.' }],
    },
    {
      text: "Hi Ana,\n\nI'd love to redesign your website.",
      findings: [{ at: "I'd love to redesign your website." }],
    },
    {
      text: 'Hi Ana,\n\nI noticed that the contract is still sitting unsigned in DocuSign.',
      findings: [{ at: 'I noticed that the contract is still sitting unsigned in DocuSign.' }],
    },
    {
      text: "Hi Ana,\n\nI'll be driving past your office on Thursday, so could I drop in for ten minutes?",
      findings: [
        { at: "I'll be driving past your office on Thursday, so could I drop in for ten minutes?" },
      ],
    },
    {
      text: "Hi Ana,\n\nI've mentioned you to our partnerships lead, who would like to set up a call.",
      findings: [
        { at: "I've mentioned you to our partnerships lead, who would like to set up a call." },
      ],
    },
    // session 33 (self-centred set 1): value words about ourselves, a boast or our feature list,
    // the earlier note, guilt with a number in it, our own years in the trade
    {
      text: 'Hi Ana,\n\nQuick share: our summit had its biggest year ever, 2,400 people.',
      findings: [{ at: 'Quick share: our summit had its biggest year ever, 2,400 people.' }],
    },
    {
      text: 'Hi Ana,\n\nAs promised, here are the details on the Sunvale range: 430W panels, 22.3% efficiency, a 25-year warranty, hybrid inverters, modular batteries and app monitoring.',
      findings: [
        {
          at: 'As promised, here are the details on the Sunvale range: 430W panels, 22.3% efficiency, a 25-year warranty, hybrid inverters, modular batteries and app monitoring.',
        },
      ],
    },
    {
      text: "Hi Ana,\n\nI thought I'd share a little more about my background, since we ran out of time.",
      findings: [
        { at: "I thought I'd share a little more about my background, since we ran out of time." },
      ],
    },
    {
      text: 'Hi Ana,\n\nPicking up from my note last week.',
      findings: [{ at: 'Picking up from my note last week.' }],
    },
    {
      text: "Hi Ana,\n\nI'm sure you're very busy, but it's been three weeks and I still haven't received a response.",
      findings: [
        {
          at: "I'm sure you're very busy, but it's been three weeks and I still haven't received a response.",
        },
      ],
    },
    {
      text: "Hi Ana,\n\nI've been a commercial photographer for 15 years and I still love it.",
      findings: [{ at: "I've been a commercial photographer for 15 years and I still love it." }],
    },
    {
      text: 'Hi Ana,\n\nJust checking in on my last email.',
      findings: [{ at: 'Just checking in on my last email.' }],
    },
    {
      text: 'I wanted to introduce our company.',
      findings: [{ at: 'I wanted to introduce our company.' }],
    },
    {
      text: 'Hi Ana,\n\nWe are a leading provider of HR software. Do you have 15 minutes?',
      findings: [{ at: 'We are a leading provider of HR software.' }],
    },
  ],
});
