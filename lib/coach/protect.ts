import { COMMON_WORDS } from './common-words';
import { STARTERS } from './starters';
import { BRACED_FIELD } from './greeting';

// regexes used inside functions, compiled once at module load
const R1 = /['’-]+$/;
const R2 = /’/g;
const POSSESSIVE = /['’]s$/;
/**
 * What a rewrite must never lose: links, e-mail addresses, numbers and names (capitalised words
 * that are not common sentence words).
 */

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const NUMBER = /\d+/g;
const MERGE = new RegExp(BRACED_FIELD, 'g');
const LIST_NUMBER_AFTER = /^[.)](?:[ \t]|$)/;
const LINE_START_BEFORE = /^[ \t]*$/;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’-]*/gu;
/** Where a sentence starts: the text's start, a line break, or end punctuation (and quotes). */
const SENTENCE_START = /(?:^|[\n.!?…]["'“‘(]?|\p{Extended_Pictographic}\uFE0F?)\s*["'“‘(]?$/u;

/** Capitalised words that are ordinary words at the start of a sentence, not names. */
const COMMON = new Set(
  (
    "a about act actually after again all also although an and any are as asap at be because before best bumping but by can checking circling could dear did do don't each even every final following for friendly from gentle get great had has have hello here here's hey hi hope how however i i'd i'll i'm i've if in is it it's its just kind last let let's looking many may maybe more most much my no not now of ok okay on once one only or our per please plus quick regards reply since so some sorry still such thank thanks that that's the their then there these they this those to today touching unless urgent very was we we'd we'll we're we've well were what when where whether which while who why will with would yes yet you you'd you'll you're you've your " +
    'free now important never must need really ever always call buy hurry fast love amazing incredible exclusive bonus guaranteed immediately tonight tomorrow deadline expires expiring ends ending soon gone missed miss stop read open answer respond sign sale cheap discount new wow absolutely definitely massive critical attention notice reminder warning action required deal offer save limited huge valid ' +
    'ceo cfo cto coo cro cmo cio vp svp evp ai crm roi api hr it po eod eow cob fyi ps b2b saas kpi okr seo pr qa ux ui ' +
    // the tools a tracking remark names ("LinkedIn tells me…", "from your office IP"): they go with it
    'linkedin hubspot salesforce gong apollo mailchimp ip ' +
    "take get give tell make do go see look check find keep join try use pay start remember consider imagine guess after while though even other another sure seriously honestly frankly basically clearly obviously simply truly totally completely surely certainly probably perhaps hopefully unfortunately fortunately finally lastly firstly anyway besides therefore already yesterday later earlier twice quickly glad happy nice good sorry leave hold move put bring wait don't won't can't didn't isn't aren't doesn't haven't hasn't it'll there's what's who's here's they're they've they'll they'd he's she's he'll she'll " +
    'mr mrs ms mx dr prof sir madam executive vice president managing director manager officer chief head senior ' +
    'general group sales operating operations finance financial marketing technology technical revenue engineering ' +
    'everyone everybody someone somebody anyone anybody nobody everything something anything nothing ' +
    'welcome feel make sure send book grab claim secure confirm accept decide choose pick order purchase register click lock schedule ensure otherwise unless either both ' +
    // session 22: "Invoice to follow." names nothing
    'invoice paperwork billing'
  ).split(' '),
);

function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

const CAPS_BEFORE = /[A-Z]{2,}[ \t]+$/;
const CAPS_AFTER = /^[ \t]+[A-Z]{2,}\b/;

/** Is the word at [start, start + length) preceded / followed by another all-caps word? */
function capsNeighbours(text: string, start: number, length: number): [boolean, boolean] {
  return [
    CAPS_BEFORE.test(text.slice(Math.max(0, start - 24), start)),
    CAPS_AFTER.test(text.slice(start + length, start + length + 24)),
  ];
}

/**
 * The text without its counts of attempts and opens ("I've followed up 4 times", "opened it 6
 * times"). In a bump, guilt trip or tracking remark such a count is the pressure itself, not a
 * fact of the offer, so the rewrite may drop it with the sentence.
 */
export function withoutCounts(text: string): string {
  return text.replace(COUNTED, '');
}
const COUNTED =
  /\b\d+ ?(?:times|x|e-?mails?|messages|notes|calls|voicemails|follow-?ups|attempts|tries|reminders|visits|views|opens|clicks)\b/gi;

/** The plural of an everyday word ("prices"). */
function pluralOfEveryday(w: string): boolean {
  return w.endsWith('s') && COMMON_WORDS.has(w.slice(0, -1));
}

/**
 * Is the number at [at, at + length) a list item's number: "4. " opening a line, after a blank
 * line, a line ending in ":" or another numbered line? (Not "March\n31. After that", a date
 * wrapped onto a new line.)
 */
export function listNumber(text: string, at: number, length: number): boolean {
  if (!LIST_NUMBER_AFTER.test(text.slice(at + length, at + length + 2))) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!LINE_START_BEFORE.test(text.slice(lineStart, at))) return false;
  if (lineStart === 0) return true;
  const prev = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return LIST_LEAD.test(prev);
}
const LIST_LEAD = /^\s*$|:\s*$|^[ \t]*\d{1,2}[.)][ \t]/;

/** The protected tokens of a piece of text, in order. */
export function protectedTokens(text: string): string[] {
  const out: string[] = [];
  let m: RegExpExecArray | null;
  LINK.lastIndex = 0;
  while ((m = LINK.exec(text)) !== null) out.push(m[0]);
  // a merge field left in a template stands for a name (session 31)
  MERGE.lastIndex = 0;
  while ((m = MERGE.exec(text)) !== null) out.push(m[0]);
  NUMBER.lastIndex = 0;
  while ((m = NUMBER.exec(text)) !== null) {
    // "4. " opening a line numbers a list item: it goes with the item (session 22)
    if (listNumber(text, m.index, m[0].length)) continue;
    out.push(m[0]);
  }
  CAPITALISED.lastIndex = 0;
  while ((m = CAPITALISED.exec(text)) !== null) {
    const w = m[0].replace(R1, '');
    if (w.length < 2) continue;
    const lower = w.toLowerCase().replace(R2, "'");
    // "Everyone's" is a common word; "Linda's" keeps its name
    const bare = lower.replace(POSSESSIVE, '');
    if (COMMON.has(lower) || COMMON.has(bare)) continue;
    // "WE ARE READY TO GO": an everyday word in a shouted run is not a name or an acronym
    if (isAllCaps(w)) {
      const [before, after] = capsNeighbours(text, m.index, m[0].length);
      if (COMMON_WORDS.has(bare) && (before || after)) continue;
      // "OUR PRICES ARE THE BEST": a plural too, when shouted on both sides ("ACME PRICES" keeps it)
      if (pluralOfEveryday(bare) && before && after) continue;
    }
    // "Time is running out.": an everyday word opening a sentence is not a name
    if (
      (STARTERS.has(bare) || COMMON_WORDS.has(bare)) &&
      SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index))
    )
      continue;
    out.push(w);
  }
  return out;
}

/** Does every occurrence of word t in text open a sentence? */
function opensSentencesOnly(text: string, t: string): boolean {
  let at = text.indexOf(t);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(t, at + t.length))
    if (!SENTENCE_START.test(text.slice(Math.max(0, at - 4), at))) return false;
  return true;
}

const LETTER = /[\p{L}\p{M}]/u;
/** NUMBER's digits: "2" of "2½" ends before the fraction. */
const DIGIT = /[0-9]/;
const LOWER = /\p{Ll}/u;
/** A link or an e-mail address, by its shape (LINK may cut an address at "ü" or "'"). */
const LINK_SHAPE = /^(?:https?:\/\/|www\.)|@/;
/** What would carry a link on: "https://acme.com" is not kept by "https://acme.com/demo". */
const LINK_GOES_ON = /^(?:[\w/?#&=%~+@-]|\.\w)/;
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && DIGIT.test(c);

/**
 * Does `text` hold token `t` whole? A number is not part of a longer number ("3" is in "3pm" and
 * "Q3", not in "30"); a word is not part of a longer word ("Tim" is not in "Time" or "time", "re"
 * not in "we're"), though a number may follow it ("SpO" of "SpO2"); a link is not the start of a
 * longer link.
 */
export function hasToken(text: string, t: string): boolean {
  if (!t) return true;
  const num = isDigit(t[0]);
  const link = !num && LINK_SHAPE.test(t);
  for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
    const before = text[at - 1];
    const end = at + t.length;
    if (link) {
      if (isLetter(t[t.length - 1]) && LINK_GOES_ON.test(text.slice(end, end + 2))) continue;
      return true;
    }
    const after = text[end];
    if (num ? isDigit(before) || isDigit(after) : isLetter(after)) continue;
    if (!num && (isLetter(before) || isDigit(before))) continue;
    // an apostrophe inside a word: "we're" does not hold "re" (but "l'Oréal" holds "Oréal")
    if (!num && (before === "'" || before === '’') && isLetter(text[at - 2]) && LOWER.test(t[0]!))
      continue;
    return true;
  }
  return false;
}

/**
 * Does `after` keep every protected token of `before`? All-caps words may change case. Tokens in
 * `spare` are kept elsewhere (in the greeting or signature, which a rewrite never touches).
 */
export function keepsProtected(
  before: string,
  after: string,
  spare?: ReadonlySet<string>,
): boolean {
  const tokens = protectedTokens(before);
  if (tokens.length === 0) return true;
  let lower: string | undefined;
  for (const t of tokens) {
    if (hasToken(after, t) || spare?.has(t)) continue;
    if (isAllCaps(t) || opensSentencesOnly(before, t)) {
      // "PRICING" may change case; so may a word that only ever opens a sentence ("Calendar
      // invite is on its way" -> "I can send a calendar invite")
      lower ??= after.toLowerCase();
      if (hasToken(lower, t.toLowerCase())) continue;
    }
    return false;
  }
  return true;
}
