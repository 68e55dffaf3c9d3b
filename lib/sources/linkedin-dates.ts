/**
 * Times as LinkedIn messaging shows and encodes them.
 *
 * The message list shows a day heading (`time.msg-s-message-list__time-heading`: "Today",
 * "Yesterday", "Thursday", "Nov 12", "Oct 3, 2025") above each day's messages and a clock time
 * (`time.msg-s-message-group__timestamp`: "9:41 AM", "14:44") at the top of each group of
 * messages from one sender. Both are in the viewer's local time and language.
 *
 * The id of a message encodes its send time more precisely. A message URN ends in
 * `2-<base64>`, and the base64 part decodes to `<epoch ms>b<digits>-<digits>`, optionally
 * followed by `&<conversation uuid>_<3 digits>`: for example
 * `2-MTc3MTk1MDM0NjYwM2I5NzY0NS0xMDA=` is `1771950346603b97645-100`, and LinkedIn's own API
 * reports that message as sent at 1771950346603. On a saved page, a message whose URN decodes
 * to 13:44:00.939 UTC sits under the heading "viernes" at "14:44" for a viewer in UTC+1. The
 * reader takes that time as exact when the decoded text has exactly this form and the time is
 * plausible, and falls back on the headings otherwise (other id forms, such as random ids, carry
 * no time).
 */
import { monthOf } from './months';

/** Lower case, accents stripped, every kind of space made plain. */
function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/** Month names and abbreviations (en, de, fr, es, it, pt, nl), accents stripped. */

/** Weekdays, Sunday first (en, de, fr, es, it, pt, nl). */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'sonntag', 'dimanche', 'domingo', 'domenica', 'zondag'],
  ['monday', 'mon', 'montag', 'lundi', 'lunes', 'lunedi', 'segunda-feira', 'maandag'],
  ['tuesday', 'tue', 'dienstag', 'mardi', 'martes', 'martedi', 'terca-feira', 'dinsdag'],
  [
    'wednesday',
    'wed',
    'mittwoch',
    'mercredi',
    'miercoles',
    'mercoledi',
    'quarta-feira',
    'woensdag',
  ],
  ['thursday', 'thu', 'donnerstag', 'jeudi', 'jueves', 'giovedi', 'quinta-feira', 'donderdag'],
  ['friday', 'fri', 'freitag', 'vendredi', 'viernes', 'venerdi', 'sexta-feira', 'vrijdag'],
  ['saturday', 'sat', 'samstag', 'samedi', 'sabado', 'sabato', 'zaterdag'],
];

const TODAY = new Set([
  'today',
  'heute',
  "aujourd'hui",
  'aujourdhui',
  'hoy',
  'oggi',
  'hoje',
  'vandaag',
]);
const YESTERDAY = new Set(['yesterday', 'gestern', 'hier', 'ayer', 'ieri', 'ontem', 'gisteren']);

let weekdayNames: Map<string, number> | undefined;

function weekdayOf(word: string): number {
  if (!weekdayNames) {
    weekdayNames = new Map();
    WEEKDAYS.forEach((names, i) => names.forEach((name) => weekdayNames?.set(name, i)));
  }
  return weekdayNames.get(word) ?? -1;
}

/** A calendar day in local time; month 1–12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayOf(date: Date): Day {
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
}

function validDay(y: number, m: number, d: number): Day | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1970 || y > 9999) return null;
  const date = new Date(y, m - 1, d, 12);
  return date.getMonth() === m - 1 && date.getDate() === d ? { y, m, d } : null;
}

/**
 * The day a time heading names, relative to `now` for "Today", "Yesterday" and weekdays (the
 * most recent such weekday before today), and for dates without a year (the most recent such
 * date, allowing one day ahead for time zones). English, German, French, Spanish, Italian,
 * Portuguese and Dutch; "Nov 12", "12 Nov", "12. Nov.", "12 de nov. de 2025", "Oct 3, 2025",
 * "2025-10-03". Null for anything else.
 */
export function parseTimeHeading(text: string, now: number): Day | null {
  const s = normalize(text).replace(/[.,]+$/, '');
  if (s === '' || s.length > 60) return null;
  const today = new Date(now);
  if (TODAY.has(s)) return dayOf(today);
  if (YESTERDAY.has(s))
    return dayOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1, 12));
  const weekday = weekdayOf(s);
  if (weekday >= 0) {
    const back = (today.getDay() - weekday + 7) % 7 || 7;
    return dayOf(new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 12));
  }

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const tokens = (s.match(/\d+|[^\d\s.,/-]+/g) ?? []).filter((t) => t !== 'de' && t !== 'del');
  let year: number | undefined;
  if (tokens.length === 3 && /^(19|20)\d\d$/.test(tokens[2] ?? '')) year = Number(tokens.pop());
  if (tokens.length !== 2) return null;
  const [a = '', b = ''] = tokens;
  let month = 0;
  let date = 0;
  if (/^\d{1,2}$/.test(b) && monthOf(a)) [month, date] = [monthOf(a), Number(b)];
  else if (/^\d{1,2}$/.test(a) && monthOf(b)) [month, date] = [monthOf(b), Number(a)];
  else return null;
  if (year !== undefined) return validDay(year, month, date);
  const thisYear = validDay(today.getFullYear(), month, date);
  if (thisYear && new Date(thisYear.y, thisYear.m - 1, thisYear.d).getTime() <= now + DAY_MS) {
    return thisYear;
  }
  return validDay(today.getFullYear() - 1, month, date);
}

/** A clock time: "9:41 AM", "9:41 a. m.", "14:44", "14 h 44". Null for anything else. */
export function parseClock(text: string): { h: number; min: number } | null {
  const s = normalize(text);
  if (s === '' || s.length > 40) return null;
  const m = /(?:^|\D)(\d{1,2}) ?(?::|h|\.) ?(\d{2})(?::\d{2})?(?: ?([ap])\.? ?m\b\.?)?/.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return null;
  if (m[3]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[3] === 'p' ? 12 : 0);
  }
  return h <= 23 ? { h, min } : null;
}

/** Local epoch ms for a day and a clock time, or null. */
export function localTime(day: Day, clock: { h: number; min: number }): number | null {
  const t = new Date(day.y, day.m - 1, day.d, clock.h, clock.min).getTime();
  return Number.isFinite(t) && t >= 0 ? t : null;
}

/** LinkedIn started on 5 May 2003: no message is older. */
const LINKEDIN_EPOCH = Date.UTC(2003, 4, 5);
const TWO_DAYS = 2 * DAY_MS;
const ENCODED =
  /^(\d{13})b\d{1,20}-\d{1,4}(?:&([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}_\d{3}))?$/;

/** The text a `2-<base64>` id decodes to, or null. */
function decodeId(id: string): string | null {
  const b64 = /^\d-([A-Za-z0-9+/_-]{8,300}={0,2})$/.exec(id)?.[1];
  if (!b64) return null;
  try {
    return atob(b64.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/**
 * The send time encoded in a message id (`2-<base64>`, see above), or null when the id is not of
 * that form or the time is not plausible (before LinkedIn existed, or more than two days after
 * `now`).
 */
export function timeFromMessageId(id: string, now: number = Date.now()): number | null {
  const m = ENCODED.exec(decodeId(id) ?? '');
  if (!m) return null;
  const ms = Number(m[1]);
  return ms >= LINKEDIN_EPOCH && ms <= now + TWO_DAYS ? ms : null;
}

/**
 * The conversation id a long-form message id names (`…&<uuid>_<3 digits>` →
 * `2-<base64 of uuid_NNN>`, the form of `/messaging/thread/<id>/`), or null.
 */
export function conversationFromMessageId(id: string): string | null {
  const conv = ENCODED.exec(decodeId(id) ?? '')?.[2];
  return conv ? `2-${btoa(conv)}` : null;
}
