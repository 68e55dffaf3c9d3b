/** Where the body of a draft ends: the sign-off, signature or quoted history that follows it. */
import type { CoachContext } from './types';
import { GREETING } from './greeting';

const SIGN_OFF =
  /^[ \t]*(?:best|best regards|best wishes|all best|all the best|kind regards|kindest regards|warm regards|warmest regards|warm wishes|warmest wishes|regards|with (?:best|kind|kindest|warm|many) (?:regards|wishes)|many thanks|thanks|thanks again|thanks so much|thanks in advance|thanks (?:and|&) regards|thank you|thank you so much|thx|cheers|sincerely|sincerely yours|yours|yours truly|yours sincerely|yours faithfully|yours respectfully|warmly|cordially|talk soon|speak soon|respectfully|with thanks|take care|mit freundlichen grüßen|cordialement)[ \t]*[,.!]?[ \t]*$/i;

/**
 * Any other sign-off ("With every good wish,", "Thanks a ton,"): a few words with a word of
 * farewell and a comma, then a name. Closing sentences ("Looking forward to working together,",
 * "Let me know,") stay in the body, where the rules can read them.
 */
const OTHER_SIGN_OFF =
  /^[ \t]*(?=[\p{L}'’ -]{0,34}\b(?:regards|wish|wishes|thanks|thank|best|greetings|gratefully|respectfully|faithfully|sincerely|cheers|saludos|salutations|onwards|blessings|warmly|gratitude|appreciation|affection|esteem|saluti|abrazos|grüße|gruesse)\b)\p{L}[\p{L}'’ -]{1,34},[ \t]*$/iu;

/** A sign-off and name at the end of a one-line message: "…for us. Best, Tiago" */
const INLINE_SIGN_OFF =
  /(?<=[.!?)][ \t]+)(?:Best(?: regards| wishes)?|Kind regards|Warm regards|Regards|Thanks(?: again| so much)?|Thank you|Many thanks|Cheers|Warmly|All the best|Talk soon|Speak soon|Sincerely)[,.!]?[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*$/u;

/** "Ta," (thanks) as a sign-off, in its own case only: a line "TA" is talent acquisition. */
const TA = /^[ \t]*(?:Ta|ta)(?: very much)?[ \t]*[,.!]?[ \t]*$/;

const SIG_DASHES = /^[ \t]*--[ \t]?$/;

const QUOTE_LINE = /^[ \t]*>/;

const ON_WROTE = /^[ \t]*On\b.{0,300}\bwrote:[ \t]*$/;

const ON_START = /^[ \t]*On\b/;

const WROTE_END = /\bwrote:[ \t]*$/;

const ORIGINAL = /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message)/i;

const FROM_HEADER = /^[ \t]*From:[ \t]\S/;

const HEADER_NEXT = /^[ \t]*(?:Sent|Date|To):/;

/**
 * A merge field that stands for the sender's name or details ("{{sender.first_name}}", "{my_name}",
 * "[Sender Name]", "[Agency Name]", "[Phone]"); not any bracketed word ("[Update]", review of
 * session 31).
 */
const SIGNATURE_FIELD = String.raw`(?:\{\{\s*(?:sender|user|rep|owner|my|signature|account)\b[^{}\n]{0,30}\}\}|\{\{[^{}\n]{0,30}name[^{}\n]{0,30}\}\}|\{(?:sender|user|rep|owner|my|signature)[\w.]{0,30}\}|\{[\w.]{0,30}name[\w.]{0,30}\}|\[[\p{L} ]{0,20}(?:Name|Company|Title|Phone|Email|Signature|Agency|Website|Position|Role)\])`;
/** A name, or a merge field standing for one. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|${SIGNATURE_FIELD})`;
const NAME_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-–—~][ \t]*)?${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2}[ \t]*$`,
  'u',
);

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl });
    start = nl + 1;
  }
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Can a line whose first non-blank character is c match SIGN_OFF (b, a, k, w, r, m, t, c, s, y)? */
function mayBeSignOff(c: number): boolean {
  const l = c | 32;
  return (
    l === 97 ||
    l === 98 ||
    l === 99 ||
    l === 107 ||
    l === 109 ||
    l === 114 ||
    l === 115 ||
    l === 116 ||
    l === 119 ||
    l === 121
  );
}

/** Can a line whose first non-blank character is c match NAME_LINE (a capital, a dash, ~, { or [)? */
function mayBeName(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 45 || c === 126 || c === 123 || c === 91 || c >= 0x80;
}

/** Where the signature or quoted history starts (text.length when none). */
export function findBodyEnd(text: string, context: CoachContext = {}): number {
  let cut = text.length;
  const sig = context.signature?.trim();
  if (sig) {
    const at = text.indexOf(sig);
    if (at > 0) cut = text.lastIndexOf('\n', at) + 1;
  }
  const lines = linesOf(text);
  let seenContent = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.start >= cut) break;
    if (isBlank(text, line)) continue;
    // cheap first-character and length tests before any regex
    let f = line.start;
    while (f < line.end && (text.charCodeAt(f) === 32 || text.charCodeAt(f) === 9)) f++;
    const c = text.charCodeAt(f);
    const short = line.end - line.start <= 40;
    if (c === 62 /* > */ || c === 45 /* - */ || c === 79 /* O */ || c === 70 /* F */) {
      const s = text.slice(line.start, line.end);
      if (
        QUOTE_LINE.test(s) ||
        ORIGINAL.test(s) ||
        ON_WROTE.test(s) ||
        (ON_START.test(s) &&
          n + 1 < lines.length &&
          WROTE_END.test(text.slice(lines[n + 1]!.start, lines[n + 1]!.end))) ||
        headerAt(text, lines, n)
      ) {
        return Math.min(cut, line.start);
      }
      if (seenContent && SIG_DASHES.test(s)) return Math.min(cut, line.start);
    }
    if (seenContent && short) {
      const s = text.slice(line.start, line.end);
      if (mayBeSignOff(c) && (SIGN_OFF.test(s) || TA.test(s)) && shortTail(text, lines, n))
        return Math.min(cut, line.start);
      if (
        text.charCodeAt(line.end - 1) === 44 /* , */ &&
        OTHER_SIGN_OFF.test(s) &&
        nameFollows(text, lines, n + 1) &&
        shortTail(text, lines, n)
      )
        return Math.min(cut, line.start);
      if (
        n > 0 &&
        mayBeName(c) &&
        isBlank(text, lines[n - 1]!) &&
        NAME_LINE.test(s) &&
        signatureRest(text, lines, n + 1)
      ) {
        return Math.min(cut, line.start);
      }
    }
    seenContent = true;
  }
  if (cut === text.length) {
    const name = lastLineName(text, lines);
    if (name >= 0) return name;
    const from = Math.max(0, text.length - 80);
    const m = INLINE_SIGN_OFF.exec(text.slice(from));
    if (m) return from + m.index;
  }
  return cut;
}

/** A first name alone on the last line, right under a finished sentence ("…this week?\nMaya"). */
const LONE_NAME = /^[ \t]*(?:[-–—~][ \t]*)?\p{Lu}[\p{L}'’-]+[ \t]*$/u;

const FINISHED = /[.!?)][ \t]*$/;

/** Where a lone name on the last line starts, or -1. */
function lastLineName(text: string, lines: Line[]): number {
  let k = lines.length - 1;
  while (k > 0 && isBlank(text, lines[k]!)) k--;
  if (k < 1) return -1;
  const last = lines[k]!;
  const before = lines[k - 1]!;
  if (!LONE_NAME.test(text.slice(last.start, last.end))) return -1;
  return FINISHED.test(text.slice(before.start, before.end)) ? last.start : -1;
}

/** Is the next non-blank line from `from` a name ("Catherine Bell")? */
function nameFollows(text: string, lines: Line[], from: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (isBlank(text, line)) continue;
    return NAME_LINE.test(text.slice(line.start, line.end));
  }
  return false;
}

/** Does line k open a forwarded or quoted mail's headers ("From: …" then "Sent: …")? */
function headerAt(text: string, lines: Line[], k: number): boolean {
  const next = lines[k + 1];
  return (
    next !== undefined &&
    FROM_HEADER.test(text.slice(lines[k]!.start, lines[k]!.end)) &&
    HEADER_NEXT.test(text.slice(next.start, next.end))
  );
}

/** "P.S", "PS", "P.P.S", "P. S": the start of a postscript's label (also read by casing.ts). */
export const PS = String.raw`P\.?[ \t]?(?:P\.?[ \t]?)?S`;
/**
 * A postscript: its label ("P.S.", "PS:", "P.P.S. -"), then its text, the writer's words even under
 * the signature (not "PS Engineering Ltd", nor initials in a name: "P.S. Nair", review of session
 * 34).
 */
const POSTSCRIPT = new RegExp(String.raw`^[ \t]*${PS}(?:\.|:|[ \t]*[-–—])[ \t]*(\S.*)$`);
/** Three words, or a sentence's end: text, not a name. */
const PS_TEXT = /^\S+\s+\S+\s+\S+|[.!?]\s*$/;

function isPostscript(line: string): boolean {
  const m = POSTSCRIPT.exec(line);
  return m !== null && PS_TEXT.test(m[1]!);
}

/**
 * A long line of contact details under a signature: parts joined by "|" or "·" with a phone number,
 * an address or a link, and no sentence in it ("Acme Cleaning | 020 7946 0321 | https://acme.co.uk",
 * session 34).
 */
const CONTACT_LINE =
  /^(?=[^|·•]*[|·•])(?=.*(?:\d[\d ()-]{6,}|https?:\/\/|www\.|@))(?!.*[a-z][.!?] +[A-Z])[^\n]{1,160}$/;

/**
 * After a sign-off: at most 6 short lines before the end or the quoted history, and no postscript
 * (session 34: "P.S. THIS PRICING WILL NOT BE OFFERED AGAIN!!" under the name was never read).
 */
function shortTail(text: string, lines: Line[], from: number): boolean {
  let count = 0;
  for (let k = from + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (isBlank(text, line)) continue;
    const s = text.slice(line.start, line.end);
    if (QUOTE_LINE.test(s) || ON_START.test(s) || ORIGINAL.test(s) || headerAt(text, lines, k))
      return true;
    if ((line.end - line.start > 80 && !CONTACT_LINE.test(s)) || isPostscript(s)) return false;
    if (++count > 6) return false;
  }
  return true;
}

/** A line that may start a postscript. */
const POSTSCRIPT_LINE = new RegExp(String.raw`^[ \t]*${PS}\b.*$`, 'gm');

/**
 * The signature block above a postscript ("Best regards,\nKieran\n\nP.S. …"): where its sign-off
 * starts and where the postscript starts, or undefined. The postscript keeps the sign-off in the
 * body (shortTail); the analysis reads the postscript but not the signature between, and a line
 * added to the message goes above the sign-off.
 */
export function signatureAbovePostscript(body: string): { from: number; to: number } | undefined {
  // (a plain search first: most drafts have no postscript)
  if (!body.includes('PS') && !body.includes('P.') && !body.includes('P S')) return undefined;
  POSTSCRIPT_LINE.lastIndex = 0;
  let ps: RegExpExecArray | null;
  while ((ps = POSTSCRIPT_LINE.exec(body)) !== null) if (isPostscript(ps[0])) break;
  if (!ps) return undefined;
  const lines = linesOf(body.slice(0, ps.index));
  // as many lines as shortTail lets a signature have, and the sign-off itself
  for (let n = lines.length - 1, seen = 0; n > 0 && seen < 8; n--) {
    const line = lines[n]!;
    if (isBlank(body, line)) continue;
    seen++;
    const s = body.slice(line.start, line.end);
    if (
      SIGN_OFF.test(s) ||
      TA.test(s) ||
      (OTHER_SIGN_OFF.test(s) && nameFollows(body, lines, n + 1))
    )
      return { from: line.start, to: ps.index };
  }
  return undefined;
}

/** A title, company or phone line under a name: short, and no sentence ("?", "!", a final "."). */
const DETAIL_LINE = /^[^?!]{1,60}$/;

const SENTENCE_END = /[.?!][ \t]*$/;

/**
 * After a name line: nothing but blank lines or quoted history, or at most three short detail
 * lines ("Head of Sales, TrackLine", a phone number) before them.
 */
function signatureRest(text: string, lines: Line[], from: number): boolean {
  let details = 0;
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (isBlank(text, line)) continue;
    const s = text.slice(line.start, line.end);
    if (QUOTE_LINE.test(s) || ON_START.test(s) || ORIGINAL.test(s) || headerAt(text, lines, k))
      return true;
    if (++details > 3 || !DETAIL_LINE.test(s) || SENTENCE_END.test(s)) return false;
  }
  return true;
}

/** A subject line pasted above a template ("Subject: Re: your quote"). */
const SUBJECT_LINE = /^[ \t]*Subject:[^\n]*$/i;

/**
 * Is this sentence no part of the message itself: a subject line, or a greeting left on its own
 * line under one ("Subject: …\n\nHi Fiona," reads the greeting as a sentence)?
 */
export function isHeadLine(sentence: string): boolean {
  if (SUBJECT_LINE.test(sentence)) return true;
  const m = GREETING.exec(sentence);
  return m !== null && m[0].trimEnd().length === sentence.trimEnd().length;
}
