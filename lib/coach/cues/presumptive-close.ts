/** Tactic cues for presumptive close: done on their behalf, or welcomed as a customer already. */
import { both } from '../lexicon';
import type { Cues } from '../types';

const r = String.raw;

// (session 32, self-centred sets: not their team doing or giving something, "the churn numbers your
// team sent", "since I know your team is doing the setup")
const FOR_THEM = r`\byour (?:[\w-]+ ){0,2}?(?:logo|company|account|workspace|team|seats?|licen[cs]es?|order|onboarding|contract|subscription|plan|kick-?off|details|data|users|procurement|building|site|office|manuals?|project)\b(?<!\bteam(?= (?:sent|flagged|shared|asked|requested|mentioned|provided|gave|raised|reported|logged|described|prefers?|(?:is|are) (?:doing|handling|reviewing|running))\b))|\byou (?:down|up|in) for\b`;
/** (session 33) not said on a condition earlier in the sentence: "once you give the go-ahead, …" */
const NOT_ON_CONDITION = r`(?<!\b(?:if|once|when|should|after|as soon as)\b[^.?!]{0,80})`;
export const PRESUMPTIVE_CUES: Cues = [
  [
    'added registered enrolled set spun created activated provisioned arranged filled prefilled pre-filled completed migrated upgraded ordered processed issued generated assigned',
    both(
      // (session 27: not our own people or kit added for them: "so we've added two extra staff on the
      // day", "we've already added a second standby server")
      r`\b(?:i|we)(?:'ve| have)? (?:already |just )?(?:added|registered|enrolled|set up|spun up|created|activated|provisioned|arranged|filled in|pre-?filled|completed|migrated|upgraded|ordered|processed|issued|generated|assigned)\b(?! (?:[\w-]+ ){0,2}?(?:extra|additional|more|second|another|standby|backup|spare) (?:[\w-]+ )?(?:staff|people|engineers|crew|hands|cover|drivers|technicians|stewards|security|servers?|capacity|monitoring|checks?|safeguards?)\b)`,
      FOR_THEM,
      60,
    ),
  ],
  ['partners', r`\b(?:as|now that) we(?:'re| are) (?:now )?partners\b`],
  // session 13 (dev 9): the contract as a formality; done "to save you the trouble"; the invoice
  // already raised; put down for it; welcomed into the family by name
  ['formality', r`\b(?:just|only|merely|purely) a formality\b`],
  [
    'begun started commenced',
    r`\b(?:have|has|'ve|'s) already (?:begun|started|commenced)(?: with)? (?:the )?(?:configuration|setup|set-up|onboarding|migration|installation|production|build|preparation) (?:of|for) your\b`,
  ],
  [
    'trouble hassle bother moving rolling',
    r`\b(?:to save you the (?:trouble|hassle|bother)|to keep things moving|to get the ball rolling),? (?:i|we)(?:'ve| have|'ll| will)? (?:already |gone ahead and |go ahead and )?(?:put|booked|reserved|scheduled|set up|started|ordered|registered|pencil(?:l)?ed|arranged|blocked)\b|\bto keep things moving,? here(?:'s| is) how we(?:'ll| will) proceed\b`,
  ],
  [
    'raised issued generated',
    r`\b(?:i|we)(?:'ve| have) already (?:raised|issued|generated) (?:the|your|an?) (?:invoice|proforma|pro forma|purchase order|order confirmation)\b`,
  ],
  [
    'put',
    r`(?<!\b(?:can|could|shall|should|will|'ll|to|may|might|and) )\bput you (?:down|up|in) for\b`,
  ],
  [
    'welcome & fam family crew club community tribe',
    r`\bwelcome to the (?:[\w-]+ )?(?:fam|family|crew|club|community|tribe)\b`,
  ],
  ['welcome aboard', r`\bwelcome (?:aboard|to the family)\b`],
  [
    'welcoming having onboarding wait',
    r`\b(?:look(?:ing)? forward to|can't wait to) (?:welcoming|having|have|onboarding) (?:you|[A-Z]\w+(?: [A-Z]\w+)?) (?:on ?board|as (?:a |our )?(?:client|customer|partner))\b`,
  ],
  [
    'invoice contract docusign agreement paperwork form',
    r`\b(?:invoice|contract|docusign|agreement|order form|paperwork) (?:should|will) (?:land|arrive|hit|be in)\b|\b(?:we'll|we will|i'll|i will) send (?:you )?(?:the|your) first invoice\b`,
  ],
  ['went', r`\bwent ahead and (?:\w+)\b`],
  [
    'sign',
    r`\bjust sign\b[^.?!\n]{0,30}\band (?:we're|you're|we are|you are) (?:good to go|all set|done)\b`,
  ],
  ['kickoff kick', r`\bkick-?off(?:'s| is) (?:penciled|pencilled|booked|scheduled|set)\b`],
  [
    'told let informed notified',
    r`\b(?:i've|i have|we've|we have) (?:already |just |now )?(?:told|let|informed|notified) (?:the |your )?(?:(?:\w|'|-)+ ){0,4}?(?:know )?(?:that )?(?:we'll|we will|you'll|you will|you're|you are)\b`,
  ],
  ['liberty', r`\btook the liberty of\b`],
  // round 4 (dev 4): only a signature missing; booked for them; the other side told to expect it
  [
    'need needs & esign e signature signatures signoff sign',
    r`\b(?:just|only) needs? (?:a |your )?(?:quick )?(?:e-?sign\w*|signatures?|sign-?off)\b`,
  ],
  [
    'scheduled booked released reserved blocked penciled pencilled & staff team order account lab clinic office people engineers nurses crew',
    both(
      r`\b(?:i|we)(?:'ve| have) (?:already |just )?(?:scheduled|booked|released|reserved|blocked|pencil(?:l)?ed)\b`,
      r`\bfor your (?:[\w-]+ ){0,3}?(?:staff|team|order|account|lab|clinic|office|people|engineers|nurses|crew)\b`,
      60,
    ),
  ],
  ['penciled pencilled', r`\bpencil(?:l)?ed (?:(?:\w|&|'|-|[{}\[\].])+ ){1,3}?in for\b`],
  ['told', r`\btold (?:the |your )?(?:[\w-]+ ){0,3}?to expect (?:it|them|the|your)\b`],
  ['welcome', r`\bwelcome to the (?:next chapter|team)\b`],
  [
    'which',
    r`\bwhich (?:day|date|time|color|colour|option|plan|package|one) (?:is easier|works better|do you want|would you like|suits you)\b[^?]*?\b(?:to finali[sz]e|for your order|to sign|to start your)\b`,
  ],
  [
    'added',
    r`\b(?:i've|i have|we've|we have) (?:already |just )?added (?:our |my )?\w+(?: \w+)? to your\b`,
  ],
  [
    'already',
    r`\balready (?:drafting|preparing|working on|building|setting up)\b[^.?!]{0,40}\bfor your\b`,
  ],
  // round 5 (dev 5): work already started on their behalf
  ['already', r`\b(?:have|has|'ve|'s) already started (?:on|work on|working on)\b`],
  // session 7 (stock drafts): signed up for them, the paperwork already on its way
  [
    'putting down added',
    r`\b(?:i'm|i am|we're|we are) (?:putting|signing) you (?:down|up) for\b|\b(?:i've|i have|we've|we have) (?:already |just |gone ahead and )?added you to (?:our|the)\b`,
  ],
  [
    'have',
    r`\b(?:i'll|i will|we'll|we will) have (?:legal|our legal team|accounts|finance|our team|my team|the team|procurement|ops) (?:send|draw up|draft|prepare|issue) (?:you )?(?:the|your|over the) (?:contract|msa|agreement|invoice|paperwork|order form|sow|po)\b`,
  ],
  [
    'take',
    r`\bi(?:'ll| will) take it (?:that )?(?:we're|we are|you're|you are) (?:moving forward|going ahead|proceeding|on board|in|good to go)\b`,
  ],
  [
    'invite invites',
    r`\b(?:(?:the|an?|your|my) )?(?:calendar |meeting )?invite(?:'s| is) on its way\b[^.?!]{0,60}?\bsee you (?:there|then|on \w+)\b`,
  ],
  // round 6 (dev 6): their name already down for it
  [
    'name',
    r`\b(?:put|written|pencilled|penciled|booked) your name (?:down )?(?:on|for|against) the\b`,
  ],
  // session 22 (dev 12): the paperwork follows, attached for signature; the van booked to collect;
  // the order put through or on the van; their things in our register; billing details to invoice
  [
    'follow follows lands land arrives arrive',
    r`\b(?:the |your |our )?(?:[\w-]+ ){0,2}?(?:(?:contract|agreement|paperwork|order form|msa|sow) (?:will |should )?(?:follows?|lands?|arrives?|to follow)|invoice (?:will |should )?(?:follows?|to follow))\b(?! (?:once|when|if|after|as soon as) you\b| (?:the|a|an|our|your|its|their|these|those|standard|usual|normal|net)\b| (?:this|that) (?!afternoon|morning|evening|week|weekend|\w+day\b)\w)`,
  ],
  [
    'attached enclosed',
    r`\b(?:attached|enclosed) for (?:your )?(?:e-?)?(?:signature|countersignature|sign-?off)\b`,
  ],
  ['having', r`\blooking forward to having (?:[\w&'-]+ ){1,4}?on ?board\b`],
  [
    'van driver engineer crew technician installer installers courier truck lorry fitter fitters surveyor & collect install deliver start fit begin drop unload pick',
    r`\b(?:our|the|my) (?:[\w-]+ ){0,2}?(?:van|driver|engineer|crew|technician|installers?|courier|truck|lorry|fitters?|surveyor)(?: will|'ll) be (?:with you|on site|onsite|there|at your [\w-]+(?: [\w-]+)?)\b[^.?!]{0,40}?\bto (?:collect|install|deliver|start|fit|begin|drop|unload|pick up)\b`,
  ],
  [
    'put placed raised submitted',
    r`\b(?:i|we)(?:'ve| have) (?:already |just )?(?:put through|placed|raised|submitted) (?:the|your|an?) (?:[\w-]+ ){0,2}?order\b`,
  ],
  [
    'put',
    r`\b(?:i|we)(?:'ve| have) (?:already |just )?put (?:your|the) (?:[\w-]+ ){0,2}?(?:order|allocation|delivery|shipment|cases?|pallets?|units?) on (?:the |our |\w+(?:'s|’s) )?(?:van|truck|lorry|delivery|run|schedule|route|manifest)\b`,
  ],
  [
    'added entered loaded registered',
    r`\b(?:i|we)(?:'ve| have) (?:already |just )?(?:added|entered|loaded|registered) your (?:[\w-]+ ){1,3}?(?:to|on|into|in|onto) our (?:asset register|system|platform|portal|schedule|rota|books|database|billing|service (?:plan|schedule)|maintenance (?:plan|schedule|programme|program))\b`,
  ],
  [
    'invoice bill charge',
    r`(?<!\b(?:could|can|would|will) you (?:please )?)\b(?:send|give|share|pass|drop) (?:me|us) (?:over )?(?:the|your) (?:cost cent(?:re|er)|po number|purchase order number|billing (?:details|address|contact|email)|invoice (?:address|details)|bank details|card details)\b[^.?!]{0,30}?\b(?:to|so (?:i|we) can|and (?:i|we)(?:'ll| will)) (?:invoice|bill|charge)\b`,
  ],
  // session 24 (dev 10): the paperwork sent "for you to sign", unasked
  [
    'sign countersign signature esign',
    r`\b(?:i|we)(?:'ll| will|'m going to|'re going to|'m| are) (?:just )?(?:send|sending|pop|popping|email|emailing|forward|get|getting|drop|dropping)\b[^.?!\n]{1,70}?\bfor you to (?:sign|countersign|e-?sign|sign off|sign and return|add your signature)\b`,
  ],
  // session 31 (dev 15): an invite dropped in, unasked; going ahead and submitting; routing their
  // loads through us; the paperwork drafted so we can hit the ground running
  [
    'dropped dropping sent sending popped popping fired firing & invite',
    r`^(?:just )?(?:dropped|dropping|sent|sending|popped|popping|fired|firing)(?: over)?(?: you)? (?:an?|the) (?:calendar |meeting |zoom |teams )?invite\b(?![^.?!]*\b(?:as (?:you )?(?:asked|requested|agreed|discussed)|per your|you asked|(?:you|we) (?:booked|registered|signed up|agreed|discussed|requested|chose|picked))\b)`,
  ],
  [
    'ahead',
    r`(?<!\b(?:unless|if|otherwise|once|when|should)\b[^.?!]{0,80})\b(?:i|we)(?:'ll| will) (?:just )?go ahead and (?:submit|send|book|order|bind|file|place|process|start|schedule|set up|lock|reserve|draw up|issue|raise|sign)\b(?! (?:it|them|this|these|that|those)\b)(?![^.?!]*\b(?:if|once|when|unless|as soon as|after) (?:you|it|that|this|we hear)\b)`,
  ],
  [
    'start begin & through with via',
    r`\b(?:i|we)(?:'ll| will) (?:start|begin) (?:routing|moving|shipping|sending|running|handling|processing|billing|servicing|managing) your\b[^.?!]{0,40}?\b(?:through|with|via) (?:us|our)\b`,
  ],
  [
    'drafted ready prepared drawn & paperwork contract agreement binder policy sow documents docs',
    r`\b(?:i|we)(?:'ll| will) have (?:the|your) (?:[\w-]+ ){0,2}?(?:paperwork|contract|agreement|binder|policy|sow|statement of work|docs|documents) (?:drafted|ready|drawn up|prepared)\b(?![^.?!]*\b(?:if|once|when|should) (?:you|it|that|this)\b)`,
  ],
  // session 33 (dev 16): work on their order already under way, unasked ("our engineering team has
  // started on the layout drawings", "our research team has already started mapping candidates for
  // your role"), the invoice on its way, the letter "ready for your signature", their account or
  // logo already in place, our man round on a day to start, our start date on their work
  [
    'started begun kicked',
    r`${NOT_ON_CONDITION}\b(?:our|my|the) (?:[\w-]+ ){0,2}?(?:team|engineers?|designers?|researchers?|studio|department|crew|lads|people)(?:'s| has| have)? (?:already |now )?(?:started|begun|kicked off)(?: work)? (?:on|mapping|drafting|designing|building|preparing|sourcing|drawing)\b(?![^.?!]*\b(?:if|once|when|as soon as) you\b)`,
  ],
  [
    'invoice bill',
    r`\b(?:the |your |our )?first (?:[\w-]+ )?invoice (?:will be|'ll be|is) (?:with you|on its way|in your inbox)\b|\balong with (?:the|your) first (?:month's |quarter's |week's )?(?:invoice|bill)\b`,
  ],
  [
    'ready',
    r`(?<!\b(?:following|after|per|as (?:discussed|agreed|promised|requested))\b[^.?!]{0,80})\bready for your (?:e-?)?signature\b(?![^.?!]*\b(?:as (?:you )?(?:asked|requested|agreed)|you asked)\b)`,
  ],
  [
    'logo account',
    r`\byour (?:company's |company |firm's |team's )?(?:logo|account)(?:'s| is| has been) (?:now |already |all )?(?:on (?:the|our) (?:sponsor|partner|client|supporter)s? (?:wall|page|board|list)|set up on our (?:side|end|system))\b`,
  ],
  [
    'guy lad lads man engineer fitter surveyor team installer',
    r`\b(?:our|my) (?:guy|lad|lads|man|engineer|fitter|surveyor|team|installer)(?: [A-Z]\w+)? (?:will be|'ll be|is) (?:round|over|out|on site)\b[^.?!]{0,30}?\bto (?:start|begin|survey|measure|fit|install)\w*\b(?![^.?!]*\b(?:you|your team) (?:ordered|booked|requested|asked for|reported)\b)`,
  ],
  [
    'start begin going crack',
    r`${NOT_ON_CONDITION}\b(?:i|we)(?:'ll| will) (?:start|begin|get going|crack on) (?:on|with) your (?:[\w-]+ ){1,3}?from (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next week)\b`,
  ],
  [
    'already',
    r`\bfor your (?:[\w-]+ ){1,3}?(?:is|are) already (?:lined up|pencilled in|penciled in)\b`,
  ],
  // session 34 (dev 17): their first month's work drafted already; their onboarding kicked off; a
  // candidate told to expect an offer; the deposit invoice on its way, all before any yes
  [
    'already',
    r`\b(?:i|we)(?:'ve| have) (?:drafted|started|built|prepared|designed|produced|printed|ordered|created|written|mocked up) your first (?:[\w-]+ ){1,3}?already\b`,
  ],
  [
    'onboarding',
    r`${NOT_ON_CONDITION}\b(?:will|'ll) (?:[\w-]+ ){0,4}?to (?:kick off|start|begin) your onboarding\b`,
  ],
  [
    'offer notice',
    r`\b(?:told|let) (?:him|her|them|the candidate)(?: know)? (?:to expect|that (?:he|she|they)(?:'ll| will) (?:get|receive|have)) (?:an|the|your|a written) offer\b|\bso (?:he|she|they)(?:'s| is|'re| are) handing in (?:his|her|their) notice\b`,
  ],
  [
    'deposit',
    r`${NOT_ON_CONDITION}\b(?:send|sending|issue|issuing|raise|raising) (?:over |across |you )?(?:the|your|a|our) deposit invoice\b`,
  ],
  // session 34 (dev 18): "Ive set u up"; the contract coming over tonight for e-sign
  [
    'set',
    r`\b(?:ive|weve) (?:just |already )?set (?:u|you) up (?:for|on)\b|\b(?:i've|we've|i have|we have) (?:just |already )?set u up (?:for|on)\b`,
  ],
  [
    'sign esign signature signing esignature esigning',
    r`${NOT_ON_CONDITION}\b(?:contract|agreement|paperwork|order form)s? (?:comes|is coming|will come|goes|is going|will go) (?:over|out|across) (?:tonight|today|tomorrow|this afternoon|shortly|later(?: today)?) for (?:e-?sign(?:ing|ature)?|signature|signing|you to sign)\b`,
  ],
  // session 35 (dev 19): counsel "already drawing up the side letter", "the transfer forms will be with you on Monday", "you're down for the survey", "have your bank card handy", "I'll pencil in the final numbers meeting"
  [
    'drawing drafting preparing putting & letter contract agreement paperwork sheet order',
    r`\b(?:already|now|currently) (?:drawing up|drafting|preparing|putting together) (?:the|your) (?:[\w-]+ ){0,2}?(?:side letter|contract|agreement|paperwork|term sheet|engagement letter|order form)\b`,
  ],
  [
    'forms paperwork contract agreement & with',
    r`\b(?<!\bsigned )(?:forms|paperwork|contract|agreement) (?:will be|are going to be|should be) with you (?:on|by|first thing|tomorrow|next)\b`,
  ],
  [
    'down booked pencilled penciled',
    r`\byou(?:'re| are) (?:now )?(?:down|booked in|pencilled in|penciled in) for (?:the|a|your) (?:[\w-]+ ){0,2}?(?:survey|visit|viewing|appointment|session|class|fitting|consultation|panel|trial|tour|assessment)\b`,
  ],
  [
    'pencil',
    r`\b(?:i'll|i will|we'll|we will) (?:go ahead and )?pencil in (?:the|a|your) (?:[\w-]+ ){0,3}?(?:meeting|call|session|visit|date|slot|tasting|fitting|appointment)\b`,
  ],
  // session 36 (dev 20): their hesitation heard and overridden ("I know you wanted to think about
  // it with Stefan, but to save you time, the first delivery…", "I know you said you'd need to think
  // it over, but I know what's best for your shop floor")
  [
    'know understand realise realize appreciate mentioned said & but',
    r`(?:\b(?:i know|i understand|i realise|i realize|i appreciate) (?:that )?you(?: said| wanted| want| were| are| needed| need| had|'d| would)[\w' ]{0,25}? (?:think|consider|mull|sleep on|discuss|talk|check|wait|decide|hold off|weighing)\b|\byou (?:mentioned|said) (?:you )?(?:needing|needed|need|wanted|want)(?: (?:more|some))? (?:time|to think)\b)[^.?!]{0,40}?\bbut (?:your (?:[\w-]+ ){0,3}?(?:is|are) (?:already )?(?:on the|locked in|booked|scheduled|set)|to save you (?:time|the trouble)|to make (?:it|things|life) easy|i know what's best|(?:i|we)(?:'ve| have)? (?:already |gone ahead and |went ahead and )?(?:booked|ordered|reserved|scheduled|set (?:you|it) up|put you down|drawn up|started|arranged|sent the (?:contract|order|invoice|paperwork))|the first (?:delivery|order|invoice|shipment))\b`,
  ],
  // set up as a customer, the membership set to start, the kit already ordered,
  // their name on the stand, their engineers added so the work can start
  [
    'set put signed added enrolled registered',
    r`\b(?:i've|i have|we've|we have|i|we) (?:already |just |also |gone ahead and )?(?:set|put|signed|added|enrolled|registered) you (?:up )?(?:as|on|onto|down|in|for) (?:a |an |our |the )?(?:[\w-]+ )?(?:customer|client|account)\b`,
  ],
  [
    'set booked scheduled',
    r`\b(?:i've|i have|we've|we have) (?:already |also |just |gone ahead and )?(?:set|booked|scheduled) your (?:[\w-]+ ){0,2}?(?:membership|subscription|plan|account|start|order|install|installation|delivery|service) (?:to start|to begin|to go live|from)\b(?![^.?!]*\b(?:once your|after your|when your|as you (?:asked|chose|requested)|thanks for)\b)`,
  ],
  [
    'ordered bought purchased reserved',
    r`\b(?:i|we)(?:'ve| have)? already (?:ordered|bought|purchased|reserved)(?<!\bas you (?:asked|requested|wanted)\b[^.?!]{0,40}(?:i|we)(?:'ve| have)? already (?:ordered|bought|purchased|reserved)) (?:the|your)\b(?![^.?!]*\b(?:you (?:asked|requested|chose|picked|ordered)|replacement|warranty|free|no cost|no charge|pay me back|last year|tickets)\b)(?=[^.?!]{0,80}?\b(?:so (?:that )?(?:the (?:delivery|install\w*|order|kit)|we can)|with our|from our|in advance|to save)\b)`,
  ],
  [
    'put',
    r`\b(?:i've|i have|we've|we have) (?:already |also |just |gone ahead and )?put your (?:company |firm |business |brand )?(?:name|logo|company) (?:on|in|down for|onto)\b`,
  ],
  [
    'added & start begin kick',
    r`\badded your (?:[\w-]+ ){0,3}?(?:engineers|team|staff|colleagues|people|developers|managers|admins) so (?:we|i) can (?:start|begin|kick off)\b`,
  ],
  // the first delivery or lesson already fixed ("your first inbound slot is set for the 3rd", "Leo's
  // first lesson is down for Tuesday at 4"), fitters pencilled in, the first block invoiced, the
  // paperwork printed with their name on it; not a confirmation of what they chose, thanked for or
  // had repaired ("as you chose at checkout", "Welcome to the practice", "under your warranty"), an
  // appointment, a class, a collection, a friend's favour (review of session 36)
  [
    'first & set down booked pencilled penciled',
    r`\b(?:your|[a-z]+'s) first (?:[\w-]+ ){0,2}?(?:slot|delivery|lesson|session|run|install|installation|fitting|shipment) (?:is |are )?(?:already )?(?:set|down|booked|pencilled|penciled) (?:in )?for\b(?![^.?!]*\b(?:as (?:you )?(?:chose|booked|picked|asked|requested|agreed|discussed|arranged)|warranty|repair|replace|faulty|fault|at no cost|free of charge|from the lender|now that)\b)(?<!\b(?:welcome|congratulations|thanks for|thank you for|now that)\b[^.?!]*)(?<!\b(?:chemo|physio|treatment|scan|surgery|dentist|hospital)\b[^.?!]*)(?![^.?!]*\b(?:chemo|physio|treatment|scan|surgery|dentist|hospital)\b)`,
  ],
  [
    'pencilled penciled booked scheduled',
    r`^(?:the )?(?:fitters?|installers?|engineers?|crew|builders?|decorators?) (?:pencilled|penciled|booked|scheduled) (?:in )?for\b(?![^.?!]*\b(?:as (?:you )?(?:chose|booked|picked|asked|requested|agreed|discussed|arranged)|warranty|repair|replace|faulty|fault|at no cost|free of charge|from the lender|now that)\b)`,
  ],
  [
    'invoiced',
    r`\bfirst (?:[\w-]+ ){0,3}?invoiced (?:today|tonight|tomorrow|this week)\b(?<!\b(?:thanks for|thank you for)\b[^.?!]*)`,
  ],
  [
    'printed drawn',
    r`\b(?:paperwork|contract|agreement|order form)(?: [\w-]+){0,2}? (?:is |are )?(?:printed|drawn up) with your name on\b(?<!\b(?:thanks for|thank you for)\b[^.?!]*)`,
  ],
  // review of session 36: "your install date is locked in for the 9th", "Your welcome pack is
  // already in the post", "all that's left is your signature", "Your engineers are all set up on
  // our platform so we can get going Monday"
  [
    'locked schedule',
    r`\byour (?:[\w-]+ ){0,2}?(?:date|slot|delivery|install|installation|start|order|booking) (?:is|are|has been) (?:already )?(?:locked in|on the (?:van|delivery|install|fitting) schedule)\b`,
  ],
  [
    'welcome & already',
    r`\byour welcome (?:pack|kit|box|email|letter) (?:is |has )?already (?:in the post|on its way|been sent|sent|gone out)\b`,
  ],
  [
    'left & signature sign signoff deposit',
    r`\ball (?:that's|that is) left is (?:your|a|the) (?:signature|sign-off|signoff|deposit)\b`,
  ],
  [
    'set & start begin going kick',
    r`\byour (?:[\w-]+ ){0,2}?(?:engineers|team|staff|users|admins|people) (?:are|is) (?:all )?set up on (?:our|the) (?:platform|system|portal|account|tool)\b[^.?!]{0,20}?\bso (?:we|i) can (?:get going|start|begin|kick off)\b`,
  ],
];
