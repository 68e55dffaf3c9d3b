import type { Analysis } from './types';

/** They already said yes: "As agreed on Tuesday, I've assigned Maria to your building". */
export const AGREED =
  /\b(?:as (?:agreed(?! in principle)|discussed|requested|promised)|as you (?:suggested|asked|requested)|(?:following|at) your (?:request|instruction)|thanks for (?:your|the) (?:order|po|purchase order|signature|signed \w+|go-ahead|sign-?off)|you (?:reported|logged|raised)\b|per (?:our|your) (?:agreement|request)|you (?:asked|requested|approved|signed|confirmed)\b(?! (?:about|for (?:a |the |some )?(?:quote|pricing|prices?|info\w*|details|a call|more)))|(?:confirming|to confirm|recapping|to recap|here's|here is) what we (?:set up|agreed|arranged|discussed|planned|settled on)\b)/i;

/** Where quoted history starts in the text after the body: "On … wrote:", "-----Original Message", "> ". */
const QUOTE_START = /^(?:On\b.{0,120}\bwrote:|-{2,}\s*Original Message|>)/im;
/** The reader's yes in their quoted reply: "we'd like to go ahead", "please send over the contract". */
const ACCEPT =
  /\b(?:(?:we'd|we would|i'd|i would|we want to|we wish to) (?:like to )?(?:go ahead|proceed|move forward|sign)|let's (?:go ahead|do it|proceed|move forward)|please (?:send|forward) (?:over |across )?(?:the |your )?(?:contract|agreement|paperwork|invoice|po|purchase order)|we(?:'re| are) (?:happy|ready|pleased) to (?:proceed|go ahead|sign|move forward)|go ahead with|(?:had|got|have) sign-?off)\b/i;

/** The deal done, said as a fact: "Now that the agreement is signed, here's what the next two weeks look like". */
const SIGNED =
  /\b(?:now that|since|as) (?:the |your |our )?(?:agreement|contract|order|paperwork|po|purchase order|sow|msa|order form)s? (?:is|are|has been|have been|was|were) (?:now )?(?:signed|countersigned|approved|through)\b|\bnow that you(?:'ve| have) (?:signed|countersigned|approved)\b/i;

/**
 * Their yes, thanked for: "Thank you for your order!", "Thanks for signing", "Thanks for the
 * go-ahead yesterday", "thanks for your payment", "per your PO". Work on the order after it is
 * service, wherever in the draft. (Not "thanks for booking the demo", "for confirming the call
 * time" or "for the signed NDA": no yes to this deal.)
 */
const THANKED =
  /\bthank(?:s| you)(?: so much| again| very much)? for (?:your booking\b|(?:your |the )?(?:order|po|purchase order|purchase|signature|signing(?: (?:the |our )?(?:contract|agreement|order form|paperwork|sow|msa))?(?! \w)|go-?ahead|green light|sign-?off|deposit|payment)\b|(?:approving|accepting) (?:the|our|my) (?:quote|proposal|estimate|order|offer|invitation)\b|confirming (?:the|your) order\b|saying yes\b)|\b(?:thrilled|delighted|happy|pleased|glad) to accept\b|\b(?:great|good|glad|lovely|delighted) to have you on ?board\b|\bper your (?:po|purchase order|order)\b/i;

/**
 * Their yes, heard and said back: "Great to hear you'd like to go ahead", "…you're happy to go
 * ahead" (review of session 34).
 */
const HEARD_YES =
  /\b(?:great|good|glad|pleased|delighted|thrilled|lovely) to hear (?:that )?(?:you(?:'d| would) like|(?:you're|you are|you've|you have) (?:happy|keen|ready|decided|agreed|chosen)) to (?:go ahead|proceed|move forward|sign|go with)\b/i;

/**
 * Whether the deal is stated as signed, or thanked for, or the quoted history under the reply holds the reader's yes: then confirming the contract
 * or the kick-off is service, not a presumptive close (P1 applies to a yes nobody gave).
 */
export function theySaidYes(a: Analysis): boolean {
  if (SIGNED.test(a.body) || THANKED.test(a.body) || HEARD_YES.test(a.body)) return true;
  if (a.bodyEnd >= a.text.length) return false;
  const tail = a.text.slice(a.bodyEnd);
  const q = QUOTE_START.exec(tail);
  return q !== null && ACCEPT.test(tail.slice(q.index).replace(/[’]/g, "'"));
}
