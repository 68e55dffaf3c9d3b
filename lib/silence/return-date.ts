/**
 * Dates in mail text: when is the person back?
 *
 * Also home to the small text and calendar helpers the other silence detectors share
 * (`normalizeText`, `stripQuoted`, local-day arithmetic, date mentions), so that every detector
 * reads text the same way.
 *
 * All dates are local calendar days, returned as epoch ms of local midnight.
 *
 * Day/month order of numeric dates:
 * - `2026-12-07` (ISO) is year-month-day.
 * - `12.03.` / `12.03.2026` ('.'-separated) is always day.month (German, French, Spanish usage).
 * - `12/03` / `12/03/2026` / `12-03-2026`: when one number is above 12 it decides; otherwise it is
 *   day/month, unless the text writes a month name first in English ("March 3", "January 5th"),
 *   which marks US style, and then it is month/day. When the preferred reading lies before the
 *   message date and the other does not ("back on 3/2" written on 20 February), the other wins:
 *   a return date is ahead, not behind.
 */

/** A return date further ahead than this is more likely a misreading than a plan. */
const MAX_AHEAD_DAYS = 3 * 366;

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

/**
 * Lower-cases, removes diacritics ("Büro" → "buro", "Réponse" → "reponse", "mañana" → "manana"),
 * unifies apostrophes, dashes and spaces. Works on any string, lone surrogates included.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201b\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
}

/** A line that opens quoted history: "On Mon, 3 Mar 2026, Ann <a@b.c> wrote:" and its kin. */
const WROTE_END =
  /(?:wrote|schrieb|a ecrit|escribio|ha escrito|scrisse|schreef)\s*:\s*$|\bschrieb\b.{0,200}:\s*$/;
const WROTE_START = /^\s*(?:on|am|le|el|il|op)\b/;
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:original message|forwarded message|urspr(?:u|ue)ngliche nachricht|weitergeleitete nachricht|message d'origine|message transfere|mensaje original|mensaje reenviado)\s*-{2,}/;
const HEADER_FROM = /^\s*\*?(?:from|von|de|da|van)\s*\*?\s*:/;
const HEADER_NEXT =
  /^\s*\*?(?:sent|date|to|subject|gesendet|datum|an|betreff|envoye|objet|a|enviado|fecha|para|asunto)\s*\*?\s*:/;
const SIGNATURE = /^-- ?$/;

/**
 * The text without quoted history: lines starting with ">" are dropped, and everything from an
 * "On … wrote:" line (or its German, French, Spanish form), an "-----Original Message-----"
 * line, an Outlook "From: … / Sent: …" header block or a "-- " signature separator is cut.
 */
export function stripQuoted(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = normalizeText(raw);
    if (/^\s*>/.test(line)) continue;
    if (SIGNATURE.test(raw) || ORIGINAL_MESSAGE.test(line)) break;
    if (HEADER_FROM.test(line)) {
      const next = lines.slice(i + 1, i + 4).map(normalizeText);
      if (next.some((l) => HEADER_NEXT.test(l))) break;
    }
    if (WROTE_END.test(line)) {
      // The "On … wrote:" line may be wrapped over up to three lines.
      let startOfQuote = -1;
      for (let j = i; j >= Math.max(0, i - 2); j--) {
        if (WROTE_START.test(normalizeText(lines[j] ?? ''))) {
          startOfQuote = j;
          break;
        }
      }
      if (startOfQuote >= 0) {
        kept.splice(kept.length - (i - startOfQuote));
        break;
      }
    }
    kept.push(raw);
  }
  return kept.join('\n');
}

/** `normalizeText(stripQuoted(text))` with runs of whitespace collapsed to one space. */
export function prepareText(text: string): string {
  return normalizeText(stripQuoted(text)).replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers (local time)
// ---------------------------------------------------------------------------------------------

/** Local midnight of the day `t` falls on. */
export function startOfLocalDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** `t` moved by `n` calendar days, keeping the local time of day (DST-safe). */
export function addLocalDays(t: number, n: number): number {
  const d = new Date(t);
  d.setDate(d.getDate() + n);
  return d.getTime();
}

/** `t` moved by `n` months, keeping the time of day; the day is clamped to the month's length. */
export function addLocalMonths(t: number, n: number): number {
  const d = new Date(t);
  const day = d.getDate();
  d.setDate(1);
  d.setMonth(d.getMonth() + n);
  d.setDate(Math.min(day, daysInMonth(d.getFullYear(), d.getMonth())));
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month + 1, 0);
  return d.getDate();
}

/** Local midnight of year-month-day (month 0-based), or null when that day does not exist. */
export function localDate(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || month < 0 || month > 11 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month, day);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The first day-of-month `day` of `month` on or after the day of `from`. */
export function nextOccurrence(month: number, day: number, from: number): number | null {
  const today = startOfLocalDay(from);
  const year = new Date(from).getFullYear();
  // Eight years always reach a 29 February.
  for (let y = year; y <= year + 8; y++) {
    const t = localDate(y, month, day);
    if (t !== null && t >= today) return t;
  }
  return null;
}

/** The next `weekday` (0 = Sunday) strictly after the day of `from`. */
export function nextWeekday(weekday: number, from: number): number {
  const today = startOfLocalDay(from);
  const diff = (weekday - new Date(today).getDay() + 7) % 7 || 7;
  return addLocalDays(today, diff);
}

/** The next `day` of a month on or after the day of `from` (skipping months too short for it). */
function nextDayOfMonth(day: number, from: number): number | null {
  if (day < 1 || day > 31) return null;
  const today = startOfLocalDay(from);
  const d = new Date(today);
  for (let i = 0; i < 13; i++) {
    const first = new Date(2000, 0, 1);
    first.setFullYear(d.getFullYear(), d.getMonth() + i, 1);
    const t = localDate(first.getFullYear(), first.getMonth(), day);
    if (t !== null && t >= today) return t;
  }
  return null;
}

/** Whether `t` is a sane result for a message sent at `sentAt`: not before its day, not absurdly far. */
export function withinHorizon(t: number, sentAt: number): boolean {
  const today = startOfLocalDay(sentAt);
  return t >= today && t <= addLocalDays(today, MAX_AHEAD_DAYS);
}

// ---------------------------------------------------------------------------------------------
// Month and weekday names (normalized: lower case, no diacritics)
// ---------------------------------------------------------------------------------------------

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'janner', 'janvier', 'janv', 'enero', 'ene'],
  ['february', 'feb', 'febr', 'februar', 'fevrier', 'fevr', 'fev', 'febrero'],
  ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juni', 'juin', 'junio'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio'],
  ['august', 'aug', 'aout', 'agosto'],
  ['september', 'sept', 'sep', 'septembre', 'septiembre', 'setiembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic'],
];
const ENGLISH_MONTHS = new Set([
  'january',
  'jan',
  'february',
  'feb',
  'march',
  'mar',
  'april',
  'apr',
  'may',
  'june',
  'jun',
  'july',
  'jul',
  'august',
  'aug',
  'september',
  'sept',
  'sep',
  'october',
  'oct',
  'november',
  'nov',
  'december',
  'dec',
]);
const MONTH_INDEX = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTH_INDEX.set(n, i)));
/** Alternation of every month name, longest first. */
export const MONTH_RE = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|');

export function monthIndex(name: string): number | null {
  return MONTH_INDEX.get(name) ?? null;
}

const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['sunday', 'sonntag', 'dimanche', 'domingo'],
  ['monday', 'montag', 'lundi', 'lunes'],
  ['tuesday', 'dienstag', 'mardi', 'martes'],
  ['wednesday', 'mittwoch', 'mercredi', 'miercoles'],
  ['thursday', 'donnerstag', 'jeudi', 'jueves'],
  ['friday', 'freitag', 'vendredi', 'viernes'],
  ['saturday', 'samstag', 'sonnabend', 'samedi', 'sabado'],
];
const WEEKDAY_INDEX = new Map<string, number>();
WEEKDAY_NAMES.forEach((names, i) => names.forEach((n) => WEEKDAY_INDEX.set(n, i)));
const WEEKDAY_RE = [...WEEKDAY_INDEX.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat'];

// ---------------------------------------------------------------------------------------------
// Date mentions
// ---------------------------------------------------------------------------------------------

export type DateSpec =
  /** Month 0-based; year null when the text gives none. */
  | { type: 'ymd'; year: number | null; month: number; day: number; monthFirst: boolean }
  /** 12/03 or 12.03.2026: order decided later. */
  | { type: 'numeric'; a: number; b: number; year: number | null; sep: string }
  | { type: 'weekday'; weekday: number }
  | { type: 'day'; day: number }
  | { type: 'relative'; days: number }
  | { type: 'next-week' };

export interface DateMention {
  start: number;
  end: number;
  spec: DateSpec;
}

function year4(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = Number(s);
  return s.length === 2 ? 2000 + n : n;
}

const ORD = String.raw`(?:st|nd|rd|th|er|o)`;
const DATE_PATTERNS: readonly { re: RegExp; spec: (m: RegExpExecArray) => DateSpec | null }[] = [
  {
    // ISO 2026-12-07
    re: /(?<![\d./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d./-]*\d)/g,
    spec: (m) => ({
      type: 'ymd',
      year: Number(m[1]),
      month: Number(m[2]) - 1,
      day: Number(m[3]),
      monthFirst: false,
    }),
  },
  {
    // 3 March, 3rd of March, 3. März, 1er janvier, 5 de enero de 2027, 7 December 2026
    re: new RegExp(
      String.raw`(?<![\d.])\b(\d{1,2})(?:${ORD}\b|\.)?\s*(?:of\s+|de\s+)?(${MONTH_RE})\b\.?(?:,?\s*(?:de\s+)?(\d{4})\b)?`,
      'g',
    ),
    spec: (m) => ({
      type: 'ymd',
      year: year4(m[3]),
      month: monthIndex(m[2] ?? '') ?? -1,
      day: Number(m[1]),
      monthFirst: false,
    }),
  },
  {
    // March 3, January 5th, Jan. 5, 2027, March the 3rd
    re: new RegExp(
      String.raw`\b(${MONTH_RE})\b\.?\s*(?:the\s+)?(\d{1,2})(?:${ORD})?\b(?![.:/-]?\d)(?:,?\s*(\d{4})\b)?`,
      'g',
    ),
    spec: (m) => ({
      type: 'ymd',
      year: year4(m[3]),
      month: monthIndex(m[1] ?? '') ?? -1,
      day: Number(m[2]),
      monthFirst: ENGLISH_MONTHS.has(m[1] ?? ''),
    }),
  },
  {
    // 12/03, 12.03., 3.3.26, 12/03/2026, 12-03-2026 (a dash only with a year)
    re: /(?<![\d./]|\d-)(\d{1,2})([./])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![.:/-]?\d)(?!\s*(?:uhr|h\b|am\b|pm\b|%))/g,
    spec: (m) => ({
      type: 'numeric',
      a: Number(m[1]),
      b: Number(m[3]),
      year: year4(m[4]),
      sep: m[2] ?? '.',
    }),
  },
  {
    re: /(?<![\d./]|\d-)(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![.:/-]?\d)/g,
    spec: (m) => ({
      type: 'numeric',
      a: Number(m[1]),
      b: Number(m[2]),
      year: year4(m[3]),
      sep: '-',
    }),
  },
  {
    // the 7th, on the 7, jusqu'au 7, hasta el 7, bis zum 7.
    re: new RegExp(
      String.raw`(?<=\b(?:the|au|el|zum|dem|den|le)\s{1,3})(\d{1,2})(?:${ORD})?\b(?![.:/,-]?\d)`,
      'g',
    ),
    spec: (m) => ({ type: 'day', day: Number(m[1]) }),
  },
  {
    // 7th
    re: /(?<![\d.])\b(\d{1,2})(?:st|nd|rd|th)\b/g,
    spec: (m) => ({ type: 'day', day: Number(m[1]) }),
  },
  {
    re: new RegExp(String.raw`\b(${WEEKDAY_RE})\b`, 'g'),
    spec: (m) => ({ type: 'weekday', weekday: WEEKDAY_INDEX.get(m[1] ?? '') ?? -1 }),
  },
  {
    re: /\b(?:tomorrow|morgen|demain|manana)\b/g,
    spec: () => ({ type: 'relative', days: 1 }),
  },
  {
    re: /\b(?:next week|nachste woche|nachsten woche|la semaine prochaine|la proxima semana|la semana que viene)\b/g,
    spec: () => ({ type: 'next-week' }),
  },
];

/**
 * Every date named in normalized text (see `normalizeText`), in text order, without overlaps.
 * A weekday written next to a full date ("Monday 3 March") is folded into the date.
 */
export function findDateMentions(norm: string): DateMention[] {
  const found: DateMention[] = [];
  const taken = new Uint8Array(norm.length);
  const overlaps = (s: number, e: number) => taken.subarray(s, e).includes(1);
  for (const { re, spec } of DATE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const s = spec(m);
      if (s === null || overlaps(start, end)) continue;
      taken.fill(1, start, end);
      found.push({ start, end, spec: s });
    }
  }
  found.sort((x, y) => x.start - y.start);
  return found.filter((f, i) => {
    if (f.spec.type !== 'weekday') return true;
    const next = found[i + 1];
    const prev = found[i - 1];
    if (next && next.spec.type !== 'weekday') {
      const gap = norm.slice(f.end, next.start);
      if (/^[\s,.(]*(?:(?:the|den|le|el)\s+)?$/.test(gap)) return false;
    }
    if (prev && prev.spec.type !== 'weekday') {
      const gap = norm.slice(prev.end, f.start);
      if (/^[\s,(]*$/.test(gap)) return false;
    }
    return true;
  });
}

/** Whether the text writes an English month name before the day ("March 3"): US style. */
export function usesMonthFirst(mentions: readonly DateMention[]): boolean {
  return mentions.some((m) => m.spec.type === 'ymd' && m.spec.monthFirst);
}

/** Day `day` of month `month` (1-based): its date, and whether it lies before the day of `sentAt`. */
function reading(
  day: number,
  month: number,
  year: number | null,
  sentAt: number,
): { at: number | null; past: boolean } {
  const today = startOfLocalDay(sentAt);
  if (year !== null) {
    const at = localDate(year, month - 1, day);
    return { at, past: at !== null && at < today };
  }
  const thisYear = localDate(new Date(today).getFullYear(), month - 1, day);
  return {
    at: nextOccurrence(month - 1, day, sentAt),
    past: thisYear !== null && thisYear < today,
  };
}

/** The local midnight a mention stands for, relative to `sentAt`, or null when it is no date. */
export function resolveMention(spec: DateSpec, sentAt: number, monthFirst: boolean): number | null {
  switch (spec.type) {
    case 'ymd':
      if (spec.year !== null) return localDate(spec.year, spec.month, spec.day);
      return nextOccurrence(spec.month, spec.day, sentAt);
    case 'numeric': {
      const dayFirst = reading(spec.a, spec.b, spec.year, sentAt);
      const monthFirstReading = reading(spec.b, spec.a, spec.year, sentAt);
      if (spec.sep === '.' || spec.a > 12) return dayFirst.at;
      if (spec.b > 12) return monthFirstReading.at;
      const [preferred, other] = monthFirst
        ? [monthFirstReading, dayFirst]
        : [dayFirst, monthFirstReading];
      // A reading that lies in the past is evidence for the other one ("back on 3/2" in late February).
      return preferred.past && !other.past && other.at !== null ? other.at : preferred.at;
    }
    case 'weekday':
      return spec.weekday < 0 ? null : nextWeekday(spec.weekday, sentAt);
    case 'day':
      return nextDayOfMonth(spec.day, sentAt);
    case 'relative':
      return addLocalDays(startOfLocalDay(sentAt), spec.days);
    case 'next-week':
      return nextWeekday(1, sentAt);
  }
}

/** Words allowed between a cue ("back", "until") and the date it introduces. */
export const FILLER_WORDS = new Set([
  ...WEEKDAY_INDEX.keys(),
  ...WEEKDAY_ABBREVIATIONS,
  ...['on', 'the', 'in', 'at', 'to', 'of', 'by', 'and', 'or', 'least', 'after', 'work', 'office'],
  ...['my', 'our', 'desk', 'approximately', 'approx', 'around', 'about', 'expected', 'hopefully'],
  ...['probably', 'likely', 'including', 'inclusive', 'next', 'this', 'coming', 'again'],
  ...['zum', 'dem', 'den', 'am', 'im', 'ins', 'buro', 'einschließlich', 'einschl', 'wieder'],
  ...['voraussichtlich', 'spatestens', 'le', 'la', 'l', 'au', 'aux', 'a', 'du', 'bureau', 'en'],
  ...['prevu', 'prevue', 'normalement', 'el', 'de', 'del', 'oficina', 'previsto', 'prevista'],
  ...['aproximadamente', 'nachsten', 'prochain', 'proximo', 'ab', 'from', 'erreichbar', 'da'],
]);

/** Whether `between` (the text from a cue's end to a date's start) is only filler words. */
export function onlyFiller(between: string, extra?: ReadonlySet<string>): boolean {
  const tokens = between.split(/[\s,:;()'.-]+/).filter((t) => t.length > 0);
  return tokens.length <= 6 && tokens.every((t) => FILLER_WORDS.has(t) || extra?.has(t) === true);
}

/**
 * The cue that introduces the date at `start`: the last match of `cue` within the 60 characters
 * before it, followed only by filler words. Null when there is none.
 */
export function cueBefore(
  norm: string,
  start: number,
  cue: RegExp,
  extra?: ReadonlySet<string>,
): string | null {
  const from = Math.max(0, start - 60);
  const before = norm.slice(from, start);
  const re = new RegExp(cue.source, 'g');
  const hits: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(before)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push(m);
  }
  for (let i = hits.length - 1; i >= 0; i--) {
    const hit = hits[i];
    if (hit && onlyFiller(before.slice(hit.index + hit[0].length), extra)) return hit[0];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Return dates
// ---------------------------------------------------------------------------------------------

const RETURN_CUE =
  /\bjusqu'|\b(?:back|return date|returns?|returning|returned|until|till|til|through|thru|bis|zuruck|wieder|retour|de retour|des le|hasta|regreso|regresare|regresamos|vuelta|volvere|volveremos|me reincorporo|me reincorporare)\b/;
const INCLUSIVE_CUE = /^(?:through|thru)$/;
const RETURN_AFTER =
  /^[\s,.)]*(?:(?:ich|bin|sind|wir|werde|werden|dann|im|buro|je|serai|suis|nous|serons|estare|estoy|estaremos|i|i'll|we'll|we|will|shall|be)\s+){0,4}(?:wieder|zuruck|de retour|de vuelta|de regreso|back)\b/;
const RANGE_GAP = /^[.\s]*(?:-|to|bis|au|al|a)[.\s]*$/;

/**
 * The day the writer is back, as epoch ms of local midnight, from text such as "back on Monday
 * 3 March", "until 12/03", "returning January 5th", "returning on the 7th", "back Monday",
 * "bis zum 3. März", "jusqu'au 5 janvier", "hasta el 5 de enero" or "until 2026-12-07".
 *
 * Only dates introduced by a return cue ("back", "returning", "until", "bis", "jusqu'au",
 * "hasta", …), followed by one ("am 3. März bin ich wieder …"), or ending a range ("20.12.–3.1.")
 * count. "through X" means back the day after X. A date without a year is its next occurrence
 * on or after the day of `sentAt`; a weekday is the next one after that day. When several dates
 * qualify, the latest wins. Null rather than a guess: no cued date, a date before `sentAt`'s day,
 * or one more than three years ahead.
 */
export function findReturnDate(text: string, sentAt: number): number | null {
  if (!Number.isFinite(sentAt) || Math.abs(sentAt) > 8e15) return null;
  const norm = prepareText(text);
  if (norm.length === 0) return null;
  const mentions = findDateMentions(norm);
  const monthFirst = usesMonthFirst(mentions);
  let best: number | null = null;
  mentions.forEach((mention, i) => {
    let shift = 0;
    const cue = cueBefore(norm, mention.start, RETURN_CUE);
    const prev = mentions[i - 1];
    const ranged = prev !== undefined && RANGE_GAP.test(norm.slice(prev.end, mention.start));
    if (cue !== null) {
      if (INCLUSIVE_CUE.test(cue)) shift = 1;
    } else if (!ranged && !RETURN_AFTER.test(norm.slice(mention.end, mention.end + 60))) {
      return;
    }
    const at = resolveMention(mention.spec, sentAt, monthFirst);
    if (at === null) return;
    const back = addLocalDays(at, shift);
    if (!withinHorizon(back, sentAt)) return;
    if (best === null || back > best) best = back;
  });
  return best;
}
