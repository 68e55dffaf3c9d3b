import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthOf, parseGmailDate, timeFromLegacyId } from '../../lib/sources/gmail-dates';

const local = (y: number, m: number, d: number, h: number, min: number): number =>
  new Date(y, m - 1, d, h, min).getTime();

describe('parseGmailDate', () => {
  it.each([
    // English, 12 h and 24 h, US and UK order, with and without weekday
    ['Mon, Nov 23, 2026, 10:04 AM', [2026, 11, 23, 10, 4]],
    ['Nov 23, 2026, 10:04 AM', [2026, 11, 23, 10, 4]],
    ['Mon, Nov 23, 2026, 10:04\u202fPM', [2026, 11, 23, 22, 4]],
    ['Mon, Nov 23, 2026 at 12:30 AM', [2026, 11, 23, 0, 30]],
    ['Mon, Nov 23, 2026, 12:05 PM', [2026, 11, 23, 12, 5]],
    ['Mon, Nov 23, 2026, 18:04', [2026, 11, 23, 18, 4]],
    ['Mon, 23 Nov 2026, 18:04', [2026, 11, 23, 18, 4]],
    ['Mon 23 Nov 2026 at 09:04', [2026, 11, 23, 9, 4]],
    ['Thu, Sep 3, 2026, 7:45 AM', [2026, 9, 3, 7, 45]],
    // German
    ['Mo., 23. Nov. 2026, 10:04', [2026, 11, 23, 10, 4]],
    ['Mo., 23. Nov. 2026 um 10:04', [2026, 11, 23, 10, 4]],
    ['Di., 3. März 2026, 08:15', [2026, 3, 3, 8, 15]],
    ['Fr., 2. Okt. 2026, 17:30', [2026, 10, 2, 17, 30]],
    ['Do., 24. Dez. 2026, 23:59', [2026, 12, 24, 23, 59]],
    // French ("mar." is Tuesday, "mars" is March)
    ['lun. 23 nov. 2026, 10:04', [2026, 11, 23, 10, 4]],
    ['mar. 10 nov. 2026, 08:05', [2026, 11, 10, 8, 5]],
    ['mar. 3 mars 2026, 08:05', [2026, 3, 3, 8, 5]],
    ['jeu. 13 août 2026 à 14:20', [2026, 8, 13, 14, 20]],
    ['sam. 14 févr. 2026, 9 h 30', [2026, 2, 14, 9, 30]],
    ['mer. 2 déc. 2026, 16:00', [2026, 12, 2, 16, 0]],
    // Spanish
    ['lun, 23 nov 2026, 10:04', [2026, 11, 23, 10, 4]],
    ['lun., 23 nov. 2026 10:04', [2026, 11, 23, 10, 4]],
    ['mar, 3 mar 2026, 10:04', [2026, 3, 3, 10, 4]],
    ['23 de nov. de 2026, 10:04', [2026, 11, 23, 10, 4]],
    ['vie, 6 nov 2026, 7:58 p. m.', [2026, 11, 6, 19, 58]],
    ['dom, 1 ene 2026, 0:05', [2026, 1, 1, 0, 5]],
    // Italian, Portuguese, Dutch, ISO, CJK
    ['lun 23 nov 2026, 10:04', [2026, 11, 23, 10, 4]],
    ['seg., 23 de nov. de 2026, 10:04', [2026, 11, 23, 10, 4]],
    ['ma 23 nov. 2026 10:04', [2026, 11, 23, 10, 4]],
    ['2026-11-23 10:04', [2026, 11, 23, 10, 4]],
    ['2026年11月23日 10:04', [2026, 11, 23, 10, 4]],
  ] as const)('%s', (title, [y, m, d, h, min]) => {
    expect(parseGmailDate(title)).toBe(local(y, m, d, h, min));
  });

  it.each([
    '',
    '10:04 AM',
    'Nov 23',
    'Nov 23, 2026',
    'Mon, Nov 31, 2026, 10:04 AM',
    'Feb 29, 2026, 10:04',
    'Mon, Nov 23, 2026, 13:04 PM',
    'Mon, Nov 23, 2026, 24:10',
    'Mon, Foo 23, 2026, 10:04 AM',
    'Not starred',
    '23/11/2026, 10:04',
    'x'.repeat(500),
  ])('rejects %j', (title) => {
    expect(parseGmailDate(title)).toBeNull();
  });

  it('never throws and returns an integer time or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const t = parseGmailDate(s);
        expect(t === null || (Number.isInteger(t) && t >= 0)).toBe(true);
      }),
    );
  });

  it('round-trips every minute of a year in English and German', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2004, 3, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
        (date) => {
          const d = new Date(
            date.getFullYear(),
            date.getMonth(),
            date.getDate(),
            date.getHours(),
            date.getMinutes(),
          );
          const en = d.toLocaleString('en-US', {
            weekday: 'short',
            month: 'short',
            day: 'numeric',
            year: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
          });
          const de = d.toLocaleString('de-DE', {
            weekday: 'short',
            month: 'short',
            day: 'numeric',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
          });
          expect(parseGmailDate(en)).toBe(d.getTime());
          expect(parseGmailDate(de)).toBe(d.getTime());
        },
      ),
    );
  });
});

describe('monthOf', () => {
  it('knows names and abbreviations, and nothing shorter than three letters', () => {
    expect(monthOf('nov')).toBe(11);
    expect(monthOf('sept')).toBe(9);
    expect(monthOf('juil')).toBe(7);
    expect(monthOf('marz')).toBe(3);
    expect(monthOf('ene')).toBe(1);
    expect(monthOf('mai')).toBe(5);
    expect(monthOf('mo')).toBe(0);
    expect(monthOf('lun')).toBe(0);
  });
});

describe('timeFromLegacyId', () => {
  const now = Date.UTC(2026, 10, 23, 12);

  it('reads the epoch milliseconds before the last five hex digits', () => {
    expect(timeFromLegacyId('1a1536edd6808eb5', now)).toBe(Date.UTC(2026, 9, 19, 9, 12, 17));
    expect(timeFromLegacyId('18c0a9b3f2e4d5a6', now)).toBe(parseInt('18c0a9b3f2e', 16));
  });

  it('distrusts ids that are not hex or give implausible times', () => {
    expect(timeFromLegacyId('r-5447858236489834419', now)).toBeNull();
    expect(timeFromLegacyId('FMfcgzQXJWxSfrNq', now)).toBeNull();
    expect(timeFromLegacyId('00000000000000aa', now)).toBeNull(); // 1970
    expect(timeFromLegacyId('0f0000000000000a', now)).toBeNull(); // before Gmail
    expect(timeFromLegacyId('ffff36edd6808eb5', now)).toBeNull(); // far future
    expect(timeFromLegacyId((now + 3 * 86_400_000).toString(16) + '00000', now)).toBeNull();
    expect(timeFromLegacyId((now + 86_400_000).toString(16) + '00000', now)).toBe(now + 86_400_000);
  });
});
