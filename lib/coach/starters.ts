/**
 * Words that often open a sentence and are missing from the generated list of frequent words
 * (common-words.ts): discourse words ("Moreover", "Alas"), nudges ("Floating this back up…") and
 * sales words ("Pricing", "Deadline"). Capitalised at a sentence start, they are not names.
 * Written by hand; lower case, apostrophes straight.
 */
export const STARTERS = new Set(
  (
    'absent according adding additionally admittedly alas alright alternatively although ' +
    'altogether anyways apologies apparently assuming attached availability barring besides ' +
    'briefly budget bumping cheers circling companies congrats congratulations contracts ' +
    'currently deadline deals despite email emails excuse failing fairly feedback floating ' +
    'formally friday furthermore hi hopefully how however ideally keen kindly lacking lastly ' +
    'likewise limited mainly meanwhile minor moreover namely needless nevertheless no noted ' +
    'nowadays nudging oh otherwise overall pending pinging popping previously prices pricing ' +
    'products pros realistically regarding regardless resending resurfacing similarly ' +
    'specifically spots theirs thus typically ultimately unfortunately unlike various via ' +
    'well what where whereas why yes'
  ).split(' '),
);
