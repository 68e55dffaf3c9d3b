import { optOutMissing } from '../../../lib/coach/rules/opt-out-missing';
import { ruleTable } from './table';

ruleTable(optOutMissing, {
  pass: [
    // session 27: the way out in a team's voice
    "Here's the guide. If it's not a priority, we'll close the loop.",
    "Here's the guide. If you'd rather we stopped, just say.",
    "Here's the guide. Should we hold off until spring?",
    "Here's the guide. If the timing is off, just let us know and we'll step back.",
    // session 25: the way out as other plans, gladly accepted
    "Here's the guide. If I don't hear back, I'll assume you've made other plans, which is completely fine.",
    "Here's the guide. Otherwise I'll assume you've gone another way.",
    'The brochure is attached; if you decide to pass, which is totally understandable, I will not write again.',
    "Here's the guide. If you'd rather not proceed, which is completely fine, just say so.",
    // session 22 review: innocent wording the new patterns must leave alone
    'Here is the guide. If it is not a fit, tell me and I’ll close your enquiry.',
    // session 22: the way out naming the company, or taking them off my list
    "Here's the guide. If I don't hear back, I'll assume Bellwether isn't a fit right now.",
    "Here's the guide. If not, I'll assume it's not a fit and remove your details from my list.",
    "Worth a look? If the timing isn't right, just tell me.",
    'No worries if not.',
    {
      text: 'Here it is. Happy to pause whenever you like.',
      context: { optOutLine: 'Happy to pause whenever you like.' },
    },
    "If it's not a priority this quarter, I'll close the loop.",
  ],
  fail: [
    // session 28: under a list item, not joined to it
    {
      text: '1. The pilot covers 40 seats.',
      findings: [
        {
          at: '40 seats.',
          point: 'after',
          replacement: "\n\nIf the timing isn't right, just tell me and I'll close the loop.",
        },
      ],
    },
    // session 27: the line in the draft's own voice, a team's or one writer's
    {
      text: 'We have attached the rota. We can start on the 3rd.',
      findings: [
        {
          at: 'the 3rd.',
          point: 'after',
          replacement: " If the timing isn't right, just tell us and we'll close the loop.",
        },
      ],
    },
    {
      text: 'I have attached the rota. We can start on the 3rd.',
      findings: [
        {
          at: 'the 3rd.',
          point: 'after',
          replacement: " If the timing isn't right, just tell me and I'll close the loop.",
        },
      ],
    },
    // session 27 (dev 13): a closed file that takes what was kept for them is a threat, not a way out
    {
      text: "Here's my quote. If I haven't heard from you by Friday, I'll close your file and release the crew I set aside for your building.",
      findings: [{ at: 'set aside for your building.', point: 'after' }],
    },
    {
      text: "Here's our quote. If we haven't heard from you by Friday, we'll close your file and release the crew we set aside for your building.",
      findings: [{ at: 'set aside for your building.', point: 'after' }],
    },
    // session 25 review: "which is fine" about something else, and silence read as a yes
    {
      text: "Here's the guide. We've moved delivery to the 9th, which is fine with our warehouse.",
      findings: [{ at: 'which is fine with our warehouse.', point: 'after' }],
    },
    {
      text: "Here's the guide. If I don't hear back, I'll assume you're all set and book the crew.",
      findings: [{ at: 'and book the crew.', point: 'after' }],
    },
    {
      // "which is fine" after their yes taken for granted is no way out
      text: "Here's the guide. If I don't hear back, I'll assume you're happy to sign, which is fine.",
      findings: [{ at: 'which is fine.', point: 'after' }],
    },
    // session 22: a way out that takes something of theirs is no way out
    {
      text: "Here's the guide. I'll assume it's not a fit and delete your trial workspace.",
      findings: [
        {
          at: "I'll assume it's not a fit and delete your trial workspace.",
          point: 'after',
          replacement: " If the timing isn't right, just tell me and I'll close the loop.",
        },
      ],
    },
    {
      text: "Hi Ana,\n\nHere's the guide. Worth a look?\n\nBest,\nTom",
      findings: [
        {
          at: 'Worth a look?',
          point: 'after',
          replacement: " If the timing isn't right, just tell me and I'll close the loop.",
        },
      ],
    },
    {
      text: "Here's the guide. Worth a look?",
      findings: [
        {
          at: 'Worth a look?',
          point: 'after',
          replacement: " If the timing isn't right, just tell me and I'll close the loop.",
        },
      ],
    },
    {
      text: "Here's the guide.",
      context: { optOutLine: 'No pressure either way.' },
      findings: [
        { at: "Here's the guide.", point: 'after', replacement: ' No pressure either way.' },
      ],
    },
  ],
});
