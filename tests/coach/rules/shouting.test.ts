import { shouting } from '../../../lib/coach/rules/shouting';
import { ruleTable } from './table';

ruleTable(shouting, {
  pass: [
    // review of session 34: the signature between the sign-off and a postscript is not read
    'Hi Jo,\n\nThe proposal is attached.\n\nBest regards,\nKieran Doyle\nHEAD OF SALES\nAcme Ltd\n+44 20 7946 0000\n\nP.S. the price list for next year is attached too.',
    // review of session 34: false alarms of the new cues: hard negatives
    'Terms are NET 30 as agreed, and the LED panels ship Monday.',
    'Including the ACT, and all kits follow WHO guidance.',
    'Our CAT dealer uses the ARM board.',
    // session 34 (dev 16, dev 17): hard negatives
    'Terms are NET 30 for the first order and NET 60 after.',
    'The ACT office opens at nine.',
    // session 32: their exclamation marks in a reply's subject are theirs too
    'Subject: Re: STILL NOT FIXED!!\n\nHi Amy, sorry about this. The patch ships tonight.',
    // session 31 (review): a customer's subject with everyday words keeps its exemption
    'Subject: Re: URGENT - question about our renewal\n\nHi Amy, the renewal date is 3 May.',
    'Subject: Re: URGENT - invoice needed by end of month\n\nHi Amy, it is attached.',
    // session 30 (dev 14): a reply's subject line holds their words
    'Subject: Re: URGENT DELIVERY QUERY\n\nHi Amy, the cake will arrive at 2pm on Saturday.',
    // session 17: ASAP is how the acronym is spelt; alone it is not shouting
    'I can start ASAP once the brief is in.',
    // session 11 (dev 8): hard negatives
    'I loved the NASA!',
    'Our SMART goals template is attached.',
    // session 10: one capitalised everyday word may be a name or an acronym
    'We run the SMART framework with every client.',
    'Our GAME-CHANGING SAMPLE-BASED report is attached.',
    'Still waiting on the courier, no rush.',
    'Our team at IBM and AWS reviewed the GDPR notes.',
    'Thanks! Here is the report.',
    'The NASA case study is attached.',
  ],
  fail: [
    // session 34 (dev 16, dev 17)
    { text: "Your MOT is DUE. DON'T leave it.", findings: [{ at: 'DUE' }, { at: "DON'T" }] },
    // session 34 (dev 16): a postscript under the signature is read, its first word keeps a capital
    {
      text: 'Here it is.\n\nBest regards,\nKieran\n\nP.S. THIS PRICING WILL NOT BE OFFERED AGAIN!!',
      findings: [
        {
          at: 'THIS PRICING WILL NOT BE OFFERED AGAIN',
          replacement: 'This pricing will not be offered again',
        },
        { at: '!!' },
      ],
    },
    // session 32 (review): our own bump under "Re:" is no subject of theirs
    {
      text: 'Subject: Re: Did you see my last email?!?!\n\nHi Sam,\nThe patch ships tonight.',
      findings: [{ at: '?!?!' }],
    },
    // session 32: a shouted subject opens with a capital after "Subject:" and "Re:"; our own
    // offer's "!!!" in a reply's subject is still shouting
    {
      text: 'Subject: LAST CHANCE TO SAVE\n\nHi Amy, prices rise next week.',
      findings: [{ at: 'LAST CHANCE TO SAVE', replacement: 'Last chance to save' }],
    },
    {
      text: 'Subject: Re: LAST CHANCE TO SAVE!!!\n\nHi Amy, prices rise next week.',
      findings: [
        { at: 'LAST CHANCE TO SAVE', replacement: 'Last chance to save' },
        { at: '!!!', replacement: '!' },
      ],
    },
    // session 31 (review): a "Re:" does not make our own offer theirs, nor the body on the same line
    {
      text: 'Subject: Re: URGENT – LAST CHANCE TO SAVE\n\nHi Amy, prices rise next week.',
      findings: [{ at: 'URGENT' }, { at: 'LAST CHANCE TO SAVE' }],
    },
    {
      text: 'Subject: Re: delivery times for the wedding order next month Hi Amy, the van leaves at 9 so PLEASE SIGN TODAY.',
      findings: [{ at: 'PLEASE SIGN TODAY' }],
    },
    // session 30: the subject of a new message, or the body under a reply's subject
    {
      text: 'Subject: URGENT DELIVERY QUERY\n\nHi Amy, the cake will arrive at 2pm.',
      findings: [{ at: 'URGENT DELIVERY QUERY' }],
    },
    {
      text: 'Subject: Re: your quote\n\nHi Amy, PLEASE SIGN TODAY.',
      findings: [{ at: 'PLEASE SIGN TODAY' }],
    },
    // session 29: "VALID" in a shouted run is an everyday word, not a name
    {
      text: 'The price is ONLY VALID THIS WEEK.',
      findings: [{ at: 'ONLY VALID THIS WEEK', replacement: 'only valid this week' }],
    },
    // session 24 review: a capital that only opens a sentence, or a web address, is no spelling;
    // "-es" only where English adds it
    {
      text: 'Onboarding takes a week. BOOK YOUR ONBOARDING CALL NOW.',
      findings: [
        { at: 'BOOK YOUR ONBOARDING CALL NOW', replacement: 'Book your onboarding call now' },
      ],
    },
    {
      text: 'CALL ACME TODAY. See www.acme.com for the specs.',
      findings: [{ at: 'CALL ACME TODAY', replacement: 'Call Acme today' }],
    },
    {
      text: 'CALL JAMES TODAY about the BOXES.',
      findings: [{ at: 'CALL JAMES TODAY', replacement: 'Call James today' }],
    },
    // session 24: a name the draft spells elsewhere keeps that spelling; forms of common words
    // ("LANDED", "SAMPLES") go to lower case, not Title case
    {
      text: 'NEW CROP KENYA AA JUST LANDED. Our Kenya lots went fast last year.',
      findings: [
        { at: 'NEW CROP KENYA AA JUST LANDED', replacement: 'New crop Kenya AA just landed' },
      ],
    },
    {
      text: 'Kenya first: NEW CROP KENYA IS HERE. Our Kenya lots sell out.',
      findings: [{ at: 'NEW CROP KENYA IS HERE', replacement: 'new crop Kenya is here' }],
    },
    {
      text: 'FREE SHIPPING ON ALL SAMPLES ORDERED THIS WEEK.',
      findings: [
        {
          at: 'FREE SHIPPING ON ALL SAMPLES ORDERED THIS WEEK',
          replacement: 'Free shipping on all samples ordered this week',
        },
      ],
    },
    {
      text: 'We met at DELOITTE LAST WEEK.',
      findings: [{ at: 'DELOITTE LAST WEEK', replacement: 'Deloitte last week' }],
    },
    // session 11 (dev 8): the kind, in new words
    {
      text: 'The roof is INSANE! Want to see it?',
      findings: [{ at: 'INSANE' }],
    },
    // session 10 (dev set 7): lone capitalised everyday words, two or more in a draft
    {
      text: 'Your listeners WILL notice, so do it BEFORE the next season.',
      findings: [
        { at: 'WILL', replacement: 'will' },
        { at: 'BEFORE', replacement: 'before' },
      ],
    },
    // session 8: nouns after a determiner go to lower case, short acronyms stay
    {
      text: 'JUST WANTED TO MAKE SURE YOU SAW OUR NEW PRICING.',
      findings: [
        {
          at: 'JUST WANTED TO MAKE SURE YOU SAW OUR NEW PRICING',
          replacement: 'Just wanted to make sure you saw our new pricing',
        },
      ],
    },
    {
      text: 'PLEASE CALL ME ABOUT THE AWS MIGRATION TODAY.',
      findings: [
        {
          at: 'PLEASE CALL ME ABOUT THE AWS MIGRATION TODAY',
          replacement: 'Please call me about the AWS migration today',
        },
      ],
    },
    {
      text: 'It is STILL waiting for your signature.',
      findings: [{ at: 'STILL', replacement: 'still' }],
    },
    { text: 'This is a FREE offer.', findings: [{ at: 'FREE', replacement: 'free' }] },
    {
      text: 'I NEED YOUR ANSWER TODAY.',
      findings: [{ at: 'I NEED YOUR ANSWER TODAY', replacement: 'I need your answer today' }],
    },
    { text: 'Great news!!!', findings: [{ at: '!!!', replacement: '!' }] },
    { text: 'Are you in?!', findings: [{ at: '?!', replacement: '?' }] },
  ],
});
