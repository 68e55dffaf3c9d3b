/** Where a leading greeting such as "Hi Sarah," ends. */

const GREETING_WORDS = [
  'hi',
  'hello',
  'hey',
  'dear',
  'hiya',
  'howdy',
  'greetings',
  'good morning',
  'good afternoon',
  'good evening',
  'morning',
  // session 32 (self-centred set 2)
  "g'day",
  'g’day',
]
  .map((w) => `${w}|${w.toUpperCase()}|[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');

/**
 * A word of a name: a title with its stop ("Mr."), an initial ("J."), or a capitalised word with no
 * stop in it, so that "Good morning Mr. Eze. Our CEO…" ends the greeting after "Eze." (session 27).
 */
const NAME_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Fr|Rev|Capt|Col|Gen|Lt|Sgt|Cllr|Hon|Mme|Mlle|Sra|Srta|Messrs)\.(?:\p{Lu}[\p{L}'’-]+)?|(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}'’-]+)`;

/**
 * A merge field left in a template (session 31): "{{first_name}}", "{{first_name|there}}",
 * "{first_name}", "[First Name]". It stands where a name would.
 */
export const BRACED_FIELD = String.raw`\{\{[^{}\n]{1,40}\}\}|\{[\w.]{2,30}\}`;
export const MERGE_FIELD = String.raw`(?:${BRACED_FIELD}|\[\p{Lu}[\p{L} ._-]{1,30}\])`;
/** Spintax for the greeting word: "{Hi|Hey}". */
const SPUN = String.raw`\{(?:${GREETING_WORDS})(?:\|[^{}|\n]{1,20}){1,4}\}`;

/** A name word that is not "I" ("Hi Sam and I hope…" greets Sam only). */
const NAME = String.raw`(?!I['’ ])${NAME_WORD}`;

export const GREETING = new RegExp(
  `^\\s*(?:(?:(?:${GREETING_WORDS})\\b|${SPUN})(?:[ \\t]+(?:there|all|team|everyone|folks|${MERGE_FIELD}|${NAME}|(?:and|&)[ \\t]+${NAME}(?=[ \\t]*(?:,|\\r?\\n)|[ \\t]+${NAME_WORD}[ \\t]*(?:,|\\r?\\n)))){0,3}[ \\t]*[,!:;.—–-]*|(?:(?!I['’ ])\\p{Lu}[\\p{L}'’-]+|${MERGE_FIELD})[ \\t]*,[ \\t]*(?=\\r?\\n))[ \\t]*(?:\\r?\\n\\s*)?`,
  'u',
);

/** End of a leading greeting such as "Hi Sarah," (0 when there is none). */
export function findGreetingEnd(body: string): number {
  const m = GREETING.exec(body);
  if (!m) return 0;
  const end = m[0].length;
  // A bare "Sarah," needs the newline; a greeting word alone must not swallow a sentence's verb.
  return end;
}
