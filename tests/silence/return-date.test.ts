import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  findReturnDate,
  normalizeText,
  startOfLocalDay,
  stripQuoted,
} from '@/lib/silence/return-date';

/** Friday 20 February 2026, 10:00 local time. */
const SENT = new Date(2026, 1, 20, 10, 0).getTime();
const day = (y: number, m: number, d: number): number => new Date(y, m - 1, d).getTime();
/** Local midnight of a 'YYYY-MM-DD' day. */
const isoDay = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return day(y ?? 0, m ?? 0, d ?? 0);
};

describe('findReturnDate', () => {
  it.each<[string, string | null]>([
    // The phrases of the brief
    ['I am out of the office and back on Tuesday 3 March.', '2026-03-03'],
    ['Out of office until 12/03.', '2026-03-12'],
    ['I will be returning January 5th.', '2027-01-05'],
    ['I am away, returning on the 7th.', '2026-03-07'],
    ['Out today, back Monday.', '2026-02-23'],
    ['I am on leave until 7 December 2026.', '2026-12-07'],
    ['Ich bin bis zum 3. März nicht im Büro.', '2026-03-03'],
    ["Je suis absente jusqu'au 5 janvier.", '2027-01-05'],
    ['Estoy fuera de la oficina hasta el 5 de enero.', '2027-01-05'],
    ['Out of office until 2026-12-07.', '2026-12-07'],
    // More English forms
    ['Back in the office on Tuesday, March 3rd, 2026.', '2026-03-03'],
    ["I'll be back on 5th January.", '2027-01-05'],
    ['Out until 3rd of March.', '2026-03-03'],
    ['Returning Jan. 5', '2027-01-05'],
    ['Back 12/03/2026', '2026-03-12'],
    ['Back 12-03-2026', '2026-03-12'],
    ['Back on 2026-12-07.', '2026-12-07'],
    ['Out of office, returning tomorrow.', '2026-02-21'],
    ['Away on a trip, back next week.', '2026-02-23'],
    ['Back on Friday.', '2026-02-27'], // sent on a Friday: the next one
    ['Out of the office through Friday 27 February.', '2026-02-28'],
    ['I will return on the 20th.', '2026-02-20'], // the same day counts
    ['Out until 1 February.', '2027-02-01'], // already past: next year
    ['Out until 29 February.', '2028-02-29'], // next 29 February
    // Numeric order: D/M by default, '.' always D.M, a number above 12 decides
    ['Out until 12.03.', '2026-03-12'],
    ['Out until 13/03', '2026-03-13'],
    ['Out until 03/13', '2026-03-13'],
    ['Back on 3.3.26', '2026-03-03'],
    // US style: a month name first in English makes 3/12 month/day
    ['I am out until 3/12 and will reply when I am back on March 12.', '2026-03-12'],
    // The reading that lies ahead wins over one that lies behind
    ['I am on PTO and will be back on 3/2.', '2026-03-02'],
    ['Back on 3/2/2026', '2026-03-02'],
    ['Out until 4/5. Back April 5.', '2026-04-05'],
    // German, French, Spanish
    ['Ich bin bis 12.03. nicht im Büro.', '2026-03-12'],
    ['Ab dem 3. März bin ich wieder im Büro.', '2026-03-03'],
    ['Ich bin ab Montag wieder erreichbar.', '2026-02-23'],
    ['Zurück am 2. März.', '2026-03-02'],
    ['Je serai de retour le 2 mars.', '2026-03-02'],
    ["Je suis absent jusqu'au 1er mars.", '2026-03-01'],
    ['Estaré de vuelta el 2 de marzo.', '2026-03-02'],
    ['Regreso el 2 de marzo de 2026.', '2026-03-02'],
    // Ranges: the end of the range
    ['Out from 20.12. - 03.01.', '2027-01-03'],
    ['Vacation from 1 March to 6 March', '2026-03-06'],
    // Several cued dates: the latest
    ['Out until 2 March; back in the office on 4 March.', '2026-03-04'],
    // Null rather than a guess
    ['I am out of the office.', null],
    ['We met on 3 March and I sent the deck on 4 March.', null],
    ['Out until 31/02.', null],
    ['Out until 7 December 2020.', null],
    ['Out until 7 December 2035.', null],
    ['Out until 12.30 Uhr.', null],
    ['Back soon.', null],
    ['', null],
    ['Thanks!\n\nOn Mon, 16 Feb 2026 at 09:00, Ann <a@b.c> wrote:\n> back on 3 March', null],
    ['Thanks!\n> I am out until 3 March', null],
  ])('%j → %s', (text, want) => {
    expect(findReturnDate(text, SENT)).toBe(want === null ? null : isoDay(want));
  });

  it('reads dates relative to the message date', () => {
    const december = new Date(2026, 11, 10, 9).getTime();
    expect(findReturnDate('Out of office until 5 January.', december)).toBe(day(2027, 1, 5));
    expect(findReturnDate('Back on Monday.', december)).toBe(day(2026, 12, 14));
    expect(findReturnDate('Returning on the 3rd.', december)).toBe(day(2027, 1, 3));
  });

  it('skips months too short for the day', () => {
    const jan31 = new Date(2026, 0, 31, 9).getTime();
    expect(findReturnDate('Back on the 30th.', jan31)).toBe(day(2026, 3, 30));
  });

  it('returns null for an unusable message date', () => {
    expect(findReturnDate('Back on 3 March', Number.NaN)).toBeNull();
    expect(findReturnDate('Back on 3 March', Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('helpers', () => {
  it('normalizeText lower-cases and removes diacritics', () => {
    expect(normalizeText('Réponse AUTOMATIQUE – Büro’s mañana')).toBe(
      "reponse automatique - buro's manana",
    );
  });

  it.each([
    ['Yes.\n> quoted\nStill mine', 'Yes.\nStill mine'],
    ['Yes.\n\nOn Mon, 2 Mar 2026 at 10:00, Ann <a@b.c> wrote:\n> hi', 'Yes.\n'],
    ['Yes.\nOn Mon, 2 Mar 2026 at 10:00, Ann Smith\n<a@b.c> wrote:\n> hi', 'Yes.'],
    ['Ja.\nAm 02.03.2026 um 10:00 schrieb Ann <a@b.c>:\n> hallo', 'Ja.'],
    ['Oui.\nLe lun. 2 mars 2026, Ann <a@b.c> a écrit :\n> salut', 'Oui.'],
    ['Sí.\nEl lun, 2 mar 2026, Ann <a@b.c> escribió:\n> hola', 'Sí.'],
    ['Yes.\n-----Original Message-----\nFrom: Ann', 'Yes.'],
    ['Yes.\nFrom: Ann <a@b.c>\nSent: Monday\nTo: me', 'Yes.'],
    ['Yes.\n-- \nAnn Smith | unsubscribe', 'Yes.'],
    ['From: here to there, all good.', 'From: here to there, all good.'],
  ])('stripQuoted(%j)', (text, want) => {
    expect(stripQuoted(text)).toBe(want);
  });
});

describe('findReturnDate properties', () => {
  const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const sentAt = fc
    .date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true })
    .map((d) => d.getTime());
  const fragments = fc.constantFrom(
    'back on ',
    'until ',
    'returning ',
    'bis zum ',
    "jusqu'au ",
    'hasta el ',
    'through ',
    '3',
    '12',
    '31',
    '29',
    '.',
    '/',
    '-',
    ' ',
    'March ',
    'February ',
    'März',
    'janvier',
    'de enero',
    'Monday',
    'the 7th',
    '2026',
    '1999',
    'tomorrow',
    'next week',
    '\n> ',
    'wrote:',
  );

  it('never throws, and is null or on/after the day of sentAt, within three years', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: anyChar, maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.array(fragments, { maxLength: 12 }).map((a) => a.join('')),
        ),
        sentAt,
        (text, sent) => {
          const got = findReturnDate(text, sent);
          if (got === null) return true;
          return (
            got >= startOfLocalDay(sent) &&
            got <= addLocalDays(startOfLocalDay(sent), 3 * 366) &&
            got === startOfLocalDay(got)
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads "until <day> <month>" as that day, on or after sentAt, within a year', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July'];
    const more = ['August', 'September', 'October', 'November', 'December'];
    const names = [...months, ...more];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 11 }),
        sentAt,
        (d, m, sent) => {
          const got = findReturnDate(`I am out of the office until ${d} ${names[m]}.`, sent);
          expect(got).not.toBeNull();
          const date = new Date(got ?? 0);
          expect([date.getDate(), date.getMonth()]).toEqual([d, m]);
          expect(got).toBeGreaterThanOrEqual(startOfLocalDay(sent));
          expect(got).toBeLessThan(addLocalDays(startOfLocalDay(sent), 366));
        },
      ),
      { numRuns: 300 },
    );
  });
});
