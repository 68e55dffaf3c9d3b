import { defineRule, type Hit } from '../rule';

// regexes used inside functions, compiled once at module load
const R1 = /^(?:I|We|My|Our|Us|I['’]m|I['’]ve|I['’]d|I['’]ll|We['’]re|We['’]ve|We['’]d|We['’]ll)\b/;

const SELF_START = R1;
/**
 * "I think you'd be a great fit for our package", "We built it with your needs in mind", "We think
 * you'll love it": the reader named to sell our thing (session 32 review).
 */
const LIP_SERVICE =
  /\bour (?:new |latest )?(?:product|platform|package|service|solution|tool|app|offer|software)s?\b|\byour (?:needs|thoughts|business|feedback|custom)\b|\byou(?:['’]ll| will|['’]d| would) (?:love|see|enjoy|be (?:a )?(?:great|perfect|ideal))\b/i;
/**
 * The reader in the sentence as someone who acts or owns ("you asked", "your kitchen"), not only
 * as the one my words go to ("for you", "from you", "show you") or their time and inbox.
 */
const ABOUT_READER =
  /\byou(?<!\b(?:for|from|to|with|of|at|on|by|show|tell|send|ask|give|call|email|contact|reach|thank|thanks|hear|meet|help|bother|let|see|update|remind|get) you)(?:['’](?:d|ll|re|ve))?\b(?! (?:too|as well|know|all)\b)|\byour (?!(?:time|inbox|attention|calendar|reply|response|answer|decision|earliest|convenience|consideration|patience)\b)/i;

/** The I/We opening of a sentence, with a cheap first-letter test before the regex: I, W, M, O, U. */
function selfStart(t: string): RegExpExecArray | null {
  const c = t.charCodeAt(0);
  return c === 73 || c === 87 || c === 77 || c === 79 || c === 85 ? SELF_START.exec(t) : null;
}

/** Most sentences start with I/We/My/Our. */
export const selfSentenceStarts = defineRule({
  id: 'self-sentence-starts',
  category: 'self-centred',
  weight: 6,
  principle: 'P3',
  explanation:
    'When most sentences start with "I" or "We", the message reads as a list of your news. Start some with the reader ("Your team…", "You mentioned…").',
  message: 'Sentence starts with I/We: one of many.',
  find(a) {
    const hits: Hit[] = [];
    const s = a.sentences;
    if (s.length < 3) return hits;
    // each sentence is tried once: the hits are kept and returned only when there are enough
    for (const x of s) {
      const m = selfStart(x.text);
      // (session 32, self-centred set 1) "I'll send the two options you asked for": a sentence
      // that opens with me but is about the reader is not one of my news
      if (m && !(ABOUT_READER.test(x.text) && !LIP_SERVICE.test(x.text)))
        hits.push({ start: x.start, end: x.start + m[0].length });
    }
    if (hits.length < 3 || hits.length * 2 < s.length) hits.length = 0;
    return hits;
  },
});
