/**
 * Words in quotation marks that belong to someone else, or name a thing: "You wrote "ASAP if
 * possible"", "your idea of a "last chance" cocktail". A mention of the words, not the writer
 * using them on the reader.
 */

const OPEN = new Set(['"', '“', '”']);
/** What comes right before the opening mark: their words, a name, or the word itself discussed. */
const MENTION =
  /(?:\b(?:you|your (?:[\w-]+ )?(?:team|office|message|email|note|brief)|they|he|she)(?:['’]d| had| have)? (?:wrote|said|asked for|put|typed|called it|named it|mentioned|flagged it as|marked it)|\b(?:idea of(?: a| an| the)?|called|named|dubbed|titled|labelled|labeled|the words?|the phrase))[:,]? $/i;

/** Whether [start, end) of body sits inside quotation marks that mention rather than use it. */
export function quotedMention(body: string, start: number, end: number): boolean {
  // the opening mark: the nearest one before start on the same line
  let open = -1;
  for (let i = start - 1; i >= 0 && i >= start - 60; i--) {
    const c = body[i]!;
    if (c === '\n') return false;
    if (OPEN.has(c)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  // its closing mark after end, on the same line
  let close = -1;
  for (let i = end; i < body.length && i <= end + 60; i++) {
    const c = body[i]!;
    if (c === '\n') return false;
    if (OPEN.has(c)) {
      close = i;
      break;
    }
  }
  if (close < 0) return false;
  return MENTION.test(body.slice(Math.max(0, open - 40), open));
}
