import { atSentenceStart } from '../casing';
import { defineRule, type Hit } from '../rule';
import { eachMatch, eachMatchWhere } from '../gated';
import { COMMON_WORDS } from '../common-words';
import { inReplySubject } from '../quoted';
import type { Analysis, Sentence } from '../types';

// regexes used inside functions, compiled once at module load
const R1 = /[ \t]+/;

/** Words people shout for emphasis. A lone capitalised word outside this list may be an acronym. */
const EMPHASIS = new Set(
  'free now today urgent important last final never must need really very only limited huge save deal offer please ever always call reply buy act hurry fast quick love best great amazing incredible exclusive bonus guaranteed immediately tonight tomorrow deadline expires expiring ends ending soon gone missed miss stop read open answer respond sign sale cheap discount new wow yes absolutely definitely massive critical attention notice reminder warning action required still'.split(
    ' ',
  ),
);
/**
 * Common words: in a shouted run they (and the 3,000 most frequent words) go to lower case; other
 * words (names) to Title case.
 */
const COMMON = new Set(
  (
    "a an the and or but if so of to in on at by for with from up out about as is are was were be been am do does did done have has had will would can could should may might shall i me my we us our you your yours he she it its they them their this that these those what when where why how who which not no yes all any some more most much many just also too than then there here get got go going come make take give let know see look want think tell ask send call reply today now tonight tomorrow week day time one two three last first final next new free best great big please thanks thank hello hi hey dear need must only really very ever never always still again don't won't can't isn't it's i'm you're we're let's that's answer respond sign deal offer price chance miss out act hurry before after valid" +
    ' ' +
    [...EMPHASIS].join(' ')
  ).split(' '),
);

/** Three-letter words shouted for emphasis; other three-letter capitals are likely acronyms. */
const SHOUT3 = new Set('due now not you all any our buy pay yes why get off out new'.split(' '));
const NEAR_DIGIT = /\d/;
/** The few characters on each side of a word. */
function around(text: string, at: number, len: number): string {
  return text.slice(Math.max(0, at - 2), at) + text.slice(at + len, at + len + 3);
}

const TOKEN = "[A-Z]+(?:['’][A-Z]+)?";
const RUN = new RegExp(
  `\\b${TOKEN}(?:[ \\t]+${TOKEN})+\\b|\\b[A-Z]{4,}\\b|\\b[A-Z]{2,}['’][A-Z]{1,2}\\b|\\b(?:${[...SHOUT3].join('|').toUpperCase()})\\b`,
  'g',
);
const EXCLAIM = /[!¡]{2,}|[!?]*(?:!\?|\?!)[!?]*/g;

/** After these a shouted word is a common noun ("OUR NEW PRICING"), not a name. */
const DETERMINERS = new Set(
  'a an the our your my this that these those their his her its new latest'.split(' '),
);

/** A word with a lower-case letter: how the draft spells a word when it is not shouting. */
const SPELT = /\b[\p{L}]*\p{Ll}[\p{L}]*\b/gu;
/** Characters around a word that make it part of a link or an address ("www.acme.com", "jo@acme"). */
const LINK_BEFORE = /[.@/]/;
const LINK_AFTER = /[@/]/;
const WORD_CHAR = /\w/;

/**
 * How the draft spells each word elsewhere, by its lower case ("Kenya", "iPhone"). A capital that
 * only opens a sentence says nothing ("Onboarding takes a week."), nor does a link or an address
 * ("www.acme.com"), so those are not taken, unless the word is in mixed case ("iPhone").
 */
function spellings(a: Analysis): ReadonlyMap<string, string> {
  const known = a.memo.spellings as Map<string, string> | undefined;
  if (known) return known;
  const map = new Map<string, string>();
  for (const m of a.body.matchAll(SPELT)) {
    const w = m[0];
    const l = w.toLowerCase();
    if (map.has(l)) continue;
    const before = a.body[m.index - 1] ?? ' ';
    const after = a.body[m.index + w.length] ?? ' ';
    if (
      LINK_BEFORE.test(before) ||
      LINK_AFTER.test(after) ||
      (after === '.' && WORD_CHAR.test(a.body[m.index + w.length + 1] ?? ''))
    )
      continue;
    const mixed = w.slice(1) !== w.slice(1).toLowerCase();
    if (!mixed && atSentenceStart(a, m.index)) continue;
    map.set(l, w);
  }
  a.memo.spellings = map;
  return map;
}

const isCommon = (l: string): boolean => COMMON.has(l) || COMMON_WORDS.has(l);

/**
 * A form of a common word ("LANDED", "SHIPPING", "SAMPLES", "TRIED"): in a shouted run it is
 * everyday English, not a name to keep capitalised.
 */
function formOfCommon(l: string): boolean {
  const m = /^(\w{2,}?)(ies|ied|es|ed|ing|s)$/.exec(l);
  if (!m) return false;
  const [, stem, end] = m as unknown as [string, string, string];
  if (end === 'ies' || end === 'ied') return isCommon(stem + 'y');
  // "-es" only where English adds it ("BOXES", "PEACHES"): "JAMES" is no plural of "jam"
  if (end === 'es' && !/(?:s|x|z|ch|sh|o)$/.test(stem)) return isCommon(stem + 'e');
  const undoubled = /(\w)\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return isCommon(stem) || isCommon(stem + 'e') || (end !== 's' && isCommon(undoubled));
}

function fixRun(words: string[], sentenceStart: boolean, a: Analysis): string {
  // in a noun phrase opened by a determiner ("OUR NEW PRICING", "THE AWS MIGRATION") the words
  // are everyday nouns, not names
  let phrase = false;
  return words
    .map((w, i) => {
      const l = w.toLowerCase();
      const common = COMMON.has(l.replace('’', "'")) || COMMON_WORDS.has(l);
      // a name the draft spells elsewhere keeps that spelling ("NEW CROP KENYA … our Kenya lots")
      const spelt = common ? undefined : spellings(a).get(l);
      let out =
        l === 'i' || l.startsWith("i'") || l.startsWith('i’')
          ? 'I' + l.slice(1)
          : common
            ? l
            : spelt !== undefined
              ? spelt
              : w.length <= 3
                ? w // "CRM", "AWS": an acronym stays as it is
                : phrase || formOfCommon(l)
                  ? l
                  : w[0] + l.slice(1);
      phrase = DETERMINERS.has(l) || (phrase && !common);
      if (i === 0 && sentenceStart) out = out[0]!.toUpperCase() + out.slice(1);
      return out;
    })
    .join(' ');
}

/** Only a sentence with two capitals in a row can hold a shouted run of six letters or a word of four. */
const hasCaps = (s: Sentence): boolean => s.caps;

/** ALL-CAPS words and "!!!": shouting. */
export const shouting = defineRule({
  id: 'shouting',
  category: 'pushy',
  weight: 10,
  principle: 'P1',
  explanation:
    'Capital letters and runs of exclamation marks read as shouting. They add pressure, not meaning; plain sentence case is calmer and easier to read.',
  message: 'Shouting: capitals or exclamation runs.',
  find(a) {
    const hits: Hit[] = [];
    // lone capitalised everyday words ("listeners WILL notice", "I URGE you"): one may be an
    // acronym ("the SMART framework"); with another lone capital in the draft they are emphasis
    const lone: Hit[] = [];
    let emphasis = 0;
    if (a.capsRun)
      eachMatchWhere(RUN, a, hasCaps, (m) => {
        // (session 30, dev 14) "Subject: Re: URGENT – cake delivery time": their subject
        if (inReplySubject(a.body, m.index)) return;
        const words = m[0].split(R1);
        if (words.length === 1) {
          const l = m[0].toLowerCase();
          // a shouted word right before "!" is emphasis, not an acronym ("it's INSANE!!!")
          const bang =
            m[0].length >= 4 &&
            a.body[m.index + m[0].length] === '!' &&
            (COMMON_WORDS.has(l) || COMMON.has(l));
          // (session 34, dev 16) a three-letter word or a contraction ("DUE", "DON'T") is emphasis
          // only beside another: "ACT" and "NOW" may be a territory or a name; a three-letter word
          // counts only from a short list and not beside a figure ("NET 30", "LED", "CAT", "ICE")
          const three = m[0].length <= 3;
          if (three && (!SHOUT3.has(l) || NEAR_DIGIT.test(around(a.body, m.index, m[0].length))))
            return;
          const short = three || m[0].includes("'") || m[0].includes('’');
          if ((short || !EMPHASIS.has(l)) && !bang) {
            // (not half of a compound: "GAME-CHANGING" stays whole)
            const joined = a.body[m.index - 1] === '-' || a.body[m.index + m[0].length] === '-';
            if (!joined && (COMMON_WORDS.has(l) || COMMON.has(l)))
              lone.push({
                start: m.index,
                end: m.index + m[0].length,
                replacement: fixRun(words, atSentenceStart(a, m.index, true), a),
              });
            return;
          }
          emphasis++;
        } else {
          let letters = 0;
          let common = 0;
          let long = false;
          for (const w of words) {
            letters += w.length;
            if (w.length >= 3) long = true;
            if (COMMON.has(w.toLowerCase().replace('’', "'"))) common++;
          }
          if (letters < 6 || !long || common === 0) return;
          // "IBM AWS": acronyms side by side, nothing shouted
          if (common === 1 && words.length === 2 && words.every((w) => w.length <= 3)) return;
        }
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          replacement: fixRun(words, atSentenceStart(a, m.index, true), a),
        });
      });
    // (session 34) the same word twice is an acronym repeated ("NET 30 … NET 60", "your PIN"), not
    // emphasis: lone words count once each
    const distinct = new Set(lone.map((h) => a.body.slice(h.start, h.end))).size;
    if (distinct + emphasis >= 2) for (const h of lone) hits.push(h);
    if (a.bangRun)
      eachMatch(EXCLAIM, a, (m) => {
        // (session 32) "Subject: Re: STILL NOT FIXED!!": their subject, as for capitals
        if (inReplySubject(a.body, m.index)) return;
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          replacement: m[0].includes('?') ? '?' : '!',
        });
      });
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});
