/**
 * Times as Gmail shows them.
 *
 * Gmail puts the full send time of a message in the `title` of `span.g3`, formatted in the
 * user's UI language: "Mon, Nov 23, 2026, 10:04 AM", "Mo., 23. Nov. 2026, 10:04",
 * "lun. 23 nov. 2026, 10:04", "lun, 23 nov 2026, 10:04". The reader parses those into local
 * time; when no title can be read it falls back on the legacy message id, whose leading hex
 * digits are the send time in epoch milliseconds.
 */
import { monthOf } from './months';

export { monthOf };

/** Lower case, accents stripped, every kind of space (NBSP, narrow NBSP, …) made plain. */
function normalize(s: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(s);
  return (ascii ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

const TIME = /(\d{1,2})\s?(?::|h)\s?(\d{2})(?::\d{2})?(?:\s?([ap])\.?\s?m\b\.?)?/;

/** Builds a local time, or null when a field is out of range (Feb 31, 25:00, …). */
function localTime(y: number, mo: number, d: number, h: number, mi: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const date = new Date(y, mo - 1, d, h, mi);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  const t = date.getTime();
  return Number.isFinite(t) && t >= 0 ? t : null;
}

/**
 * Parses the full date Gmail shows in `span.g3[title]`, in English (12 h or 24 h, US or UK
 * order), German, French, Spanish, Italian, Portuguese or Dutch, or ISO ("2026-11-23 10:04").
 * Returns epoch milliseconds in local time, or null when the text is not such a date.
 */
export function parseGmailDate(title: string): number | null {
  const s = normalize(title);
  if (s.length === 0 || s.length > 100) return null;

  const time = TIME.exec(s);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const half = time[3];
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  const rest = s.slice(0, time.index) + ' ' + s.slice(time.index + time[0].length);

  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(rest);
  if (iso) return localTime(Number(iso[1]), Number(iso[2]), Number(iso[3]), hour, minute);
  const cjk = /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/.exec(rest);
  if (cjk) return localTime(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]), hour, minute);

  // Words and numbers in order; punctuation and fillers ("de", "at", "um", "a") dropped.
  const tokens = rest.match(/\d+|[^\d\s.,:;()/-]+/g) ?? [];
  const yearAt = tokens.findIndex((t) => /^(19|20)\d\d$/.test(t));
  if (yearAt < 2) return null;
  const year = Number(tokens[yearAt]);
  const before = tokens.slice(0, yearAt).filter((t) => t !== 'de' && t !== 'del');
  const b1 = before[before.length - 1] ?? '';
  const b2 = before[before.length - 2] ?? '';
  const isDay = (t: string): boolean => /^\d{1,2}$/.test(t);
  // "Nov 23, 2026" (month, day) or "23. Nov. 2026" / "23 de nov. de 2026" (day, month).
  if (isDay(b1) && monthOf(b2)) return localTime(year, monthOf(b2), Number(b1), hour, minute);
  if (monthOf(b1) && isDay(b2)) return localTime(year, monthOf(b1), Number(b2), hour, minute);
  return null;
}

/** Gmail's service started on 1 April 2004: no message is older. */
const GMAIL_EPOCH = Date.UTC(2004, 3, 1);
const TWO_DAYS = 2 * 24 * 60 * 60 * 1000;

/**
 * The send time encoded in a legacy Gmail message id (16 hex digits): the id without its last
 * five hex digits is the epoch milliseconds. Null when the id is not of that form or the time
 * is not plausible (before Gmail existed, or more than two days in the future).
 */
export function timeFromLegacyId(id: string, now: number = Date.now()): number | null {
  if (!/^[0-9a-f]{12,16}$/i.test(id)) return null;
  const ms = parseInt(id.slice(0, -5), 16);
  if (!Number.isSafeInteger(ms) || ms < GMAIL_EPOCH || ms > now + TWO_DAYS) return null;
  return ms;
}
