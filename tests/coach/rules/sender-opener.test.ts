import { senderOpener } from '../../../lib/coach/rules/sender-opener';
import { ruleTable } from './table';

ruleTable(senderOpener, {
  pass: [
    // session 32 (review): updates on their account, their news, the weather
    "I've moved your training session to Thursday at 2pm as you asked.",
    'We launched the bulk-edit feature you asked for this morning.',
    'Good news: your refund went through this morning.',
    "It's been a wet spring, so it's worth checking your gutters.",
    "I thought you'd like to know your order shipped this morning.",
    "I'm a bit late with your quote, sorry.",
    'Thanks from all of us here for the referral to Dr Lee.',
    'Step 1 is done: your data is imported.\nWe review every import by hand.',
    // session 32 (self-centred set 2): an update on their issue
    'Quick update: we fixed the scanner sync problem your front desk reported on Monday.',
    // session 32: "a quick note" about their renewal is not about us; a subject line and the
    // greeting under it are not the opening line
    'A quick note so nothing comes as a surprise: your retainer renews on 1 October.',
    'Subject: Renewal\n\nHi Ana,\n\nYour post on churn made a good point about week three.',
    'Hi Ana,\n\nYour post on churn made a good point about week three.',
    "Hi Ana,\n\nHope you're well. Here's the checklist you asked for.",
    'Thanks for the call. The numbers you asked for are below.',
  ],
  fail: [
    // session 32 (self-centred set 2): news about us; "G'day" is a greeting; "Jack from X here"
    {
      text: "Hi Alison,\n\nHope you had a lovely Easter.\n\nIt's been a big few months for us at Meridian. We moved offices.",
      findings: [{ at: "It's been a big" }],
    },
    {
      text: "G'day Sharon, I'm Jake, I run a solar install business out of Perth.",
      findings: [{ at: "I'm Jake, I run" }],
    },
    {
      text: "G'day Sam, Jack from Brightside Solar here, commercial solar crew out of Geelong.",
      findings: [{ at: 'Jack from Brightside Solar' }],
    },
    {
      text: "Hello Nadia, I'm the founder of Fieldnote Research. We do qual and quant work for consumer brands.",
      findings: [{ at: "I'm the founder of" }, { at: 'We do' }],
    },
    // session 32 (self-centred set 1): the opening line under a subject; who the sender is, said
    // again in the next two sentences; news about us
    {
      text: "Subject: Introduction\n\nHi Lauren,\n\nI hope this email finds you well. My name is Josh Carter and I'm a rep at Brightline.",
      findings: [{ at: 'My name is Josh' }],
    },
    {
      text: "Hi Tom, I wanted to reach out and say hello. I'm Jake, a senior AE at Brightwave Software. Keen to connect!",
      findings: [
        { at: 'I wanted to reach' },
        { at: "I'm Jake", message: 'Introduces the sender again' },
      ],
    },
    {
      text: 'Hello, I am Rohit Sharma, Business Development Manager at Nexora. We are a software development company based in Noida.',
      findings: [{ at: 'I am Rohit Sharma,' }, { at: 'We are a software development company' }],
    },
    {
      text: "Hi Anna, I'm the founder of Tallyhoo, a small brand consultancy.",
      findings: [{ at: "I'm the founder of" }],
    },
    {
      text: "Hi Priyanka! Some personal news: I've joined Castellan Insurance as Head of Partnerships.",
      findings: [{ at: "Some personal news: I've" }],
    },
    {
      text: 'Hi Ana,\n\nI wanted to reach out and introduce myself.',
      findings: [{ at: 'I wanted to reach' }],
    },
    {
      text: "Hi Ana,\n\nI'm reaching out because your team is hiring SDRs.",
      findings: [{ at: "I'm reaching out because y", replacement: 'Y' }],
    },
    { text: 'My name is Kevin and I work at DataForge.', findings: [{ at: 'My name is Kevin' }] },
    {
      text: 'I wanted to share a report on churn.',
      findings: [{ at: 'I wanted to share ', replacement: "Here's " }],
    },
  ],
});
