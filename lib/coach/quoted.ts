/**
 * Words in quotation marks that belong to someone else, or name a thing: "You wrote "ASAP if
 * possible"", "your idea of a "last chance" cocktail". A mention of the words, not the writer
 * using them on the reader.
 */

const OPEN = new Set(['"', '“', '”']);
/** What comes right before the opening mark: their words, a name, or the word itself discussed. */
const MENTION =
  /(?:\b(?:you|your (?:[\w-]+ )?(?:team|office|message|email|note|brief)|they|he|she)(?:['’]d| had| have)? (?:wrote|said|asked for|put|typed|called it|named it|mentioned|flagged it as|marked it)|\b(?:idea of(?: a| an| the)?|called|named|dubbed|titled|labelled|labeled|the words?|the phrase))[:,]? $/i;

/**
 * The nearest quotation mark from `from` walking by `step` (-1 back, +1 on), within 60 characters
 * and on the same line; -1 if none.
 */
function markOnLine(body: string, from: number, step: -1 | 1): number {
  for (let i = from, n = 0; i >= 0 && i < body.length && n <= 60; i += step, n++) {
    const c = body[i]!;
    if (c === '\n') return -1;
    if (OPEN.has(c)) return i;
  }
  return -1;
}

/** Whether [start, end) of body sits inside quotation marks that mention rather than use it. */
export function quotedMention(body: string, start: number, end: number): boolean {
  const open = markOnLine(body, start - 1, -1);
  if (open < 0 || markOnLine(body, end, 1) < 0) return false;
  return MENTION.test(body.slice(Math.max(0, open - 40), open));
}

/** A reply's or forward's subject line: the words after "Re:" are theirs (session 30). */
const REPLY_SUBJECT = /^[ \t]*Subject:[ \t]*(?:(?:re|fwd?|aw|sv)[ \t]*:[ \t]*)+/i;
/**
 * A seller's offer in the subject, which a "Re:" does not make theirs (session 31: "Re: URGENT –
 * LAST CHANCE TO SAVE" is our own subject sent again).
 */
const SELLER_SUBJECT =
  /\b\d+\s?% off\b|\blast chance\b|\bsave (?:[$£€\d]|up to|big|now)|\b(?:ends|expires|ending) (?:today|tonight|soon|at midnight|this week|on |(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\blimited[- ]time\b|\b(?:act|buy|order|book|sign|join|register) now\b|\bdon't miss\b|\bfinal (?:offer|chance|call|days|hours)\b|\b(?:flash )?sale\b|\bspots? left\b|\bprices? (?:rise|rising|goes up|increase)|\b(?:following up|checking in|circling back|bumping|any update|did you (?:see|get|read)|my (?:last|previous) (?:email|message|note))\b/i;
/** Past a subject: the body goes on on the same line (a greeting, a sentence's end, length). */
const PAST_SUBJECT = /[.!?][ \t]|\b(?:hi|hello|hey|dear)\b/i;
const SUBJECT_MAX = 80;

/**
 * Whether offset `at` of body lies in a "Subject: Re: …" line, after the "Re:", within a
 * subject's length, on a subject that holds no offer of ours.
 */
export function inReplySubject(body: string, at: number): boolean {
  const lineStart = body.lastIndexOf('\n', at - 1) + 1;
  const prefix = REPLY_SUBJECT.exec(body.slice(lineStart, at));
  if (!prefix) return false;
  const from = lineStart + prefix[0].length;
  const nl = body.indexOf('\n', at);
  const lineEnd = nl < 0 ? body.length : nl;
  if (at - from > SUBJECT_MAX || PAST_SUBJECT.test(body.slice(from, at))) return false;
  return !SELLER_SUBJECT.test(body.slice(from, Math.min(lineEnd, from + SUBJECT_MAX)));
}
