import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectOptOut, findLaterDate } from '@/lib/silence/optout';
import { addLocalDays, startOfLocalDay } from '@/lib/silence/return-date';

/** Friday 20 February 2026, 10:00 local time. */
const SENT = new Date(2026, 1, 20, 10, 0).getTime();
const isoDay = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 0).getTime();
};

describe('detectOptOut: opt-outs', () => {
  it.each([
    'Not interested.',
    'not interested',
    "I'm not interested, thanks.",
    'Thanks, but not interested.',
    "Sorry, but we're not interested.",
    'We are no longer interested.',
    'Please remove me from your list.',
    'please remove me',
    'Remove me.',
    'REMOVE',
    'Take me off your list.',
    'Take me off your mailing list please.',
    'Stop emailing me.',
    'Please stop contacting me.',
    'Stop sending me emails.',
    'Stop',
    'Unsubscribe',
    'How do I unsubscribe?',
    'I want to unsubscribe.',
    'We went with another vendor.',
    'We went with another provider, thanks for your time.',
    "We've chosen a different solution.",
    'We have decided to go with a competitor.',
    'We signed with another agency last month.',
    "Please don't contact me again.",
    'Please do not contact me.',
    "Don't email me anymore.",
    'No thanks.',
    'No thank you!',
    'Hi Sam, no thanks. Best, Anna',
    'Nope, thanks.',
    "We've decided not to move forward.",
    "We won't be moving forward.",
    "This isn't a fit for us.",
    "We'll pass.",
    'Leave me alone.',
    'Please stop. I have asked three times.',
    'How did you get my email? Remove me from your list.',
    "We're all set, thank you.",
    'Not for us, thanks.',
    'We decided to build it in-house.',
    'Interesting, but we just renewed with our current vendor for 2 years.',
    'No more emails please.',
    'Please take us off your distribution list.',
    // German
    'Kein Interesse.',
    'Wir haben kein Interesse.',
    'Wir sind nicht interessiert.',
    'Bitte entfernen Sie mich aus Ihrem Verteiler.',
    'Bitte kontaktieren Sie mich nicht mehr.',
    'Keine weiteren E-Mails bitte.',
    'Wir haben uns für einen anderen Anbieter entschieden.',
    'Nein danke.',
    // French
    "Ça ne m'intéresse pas.",
    'Pas intéressé, merci.',
    'Merci de ne plus me contacter.',
    'Retirez-moi de votre liste.',
    'Nous avons choisi un autre prestataire.',
    'Non merci.',
    // Spanish
    'No me interesa, gracias.',
    'No estamos interesados.',
    'Por favor, elimíneme de su lista.',
    'No me contacte más.',
    'Hemos elegido otro proveedor.',
    'No gracias.',
  ])('%j', (text) => {
    expect(detectOptOut(text)).toBe('opt-out');
  });
});

describe('detectOptOut: not now', () => {
  it.each([
    'Not right now.',
    'Not now, thanks.',
    'Not at the moment.',
    'Please reach out next quarter.',
    'Circle back in January.',
    "Let's revisit after the holidays.",
    'Maybe later this year.',
    "I'm busy until March.",
    "We're swamped until the end of the quarter.",
    'Ping me in a few weeks.',
    'Try me again in Q3.',
    'Not interested right now.',
    'Not interested at this time, maybe next year.',
    "We're not interested for now.",
    'Timing is not right.',
    "It's not a priority right now.",
    "It's not that we're not interested, the timing is just bad.",
    'We went with another vendor this year, but reach out next year when the contract is up.',
    'Check back in a couple of months.',
    "Let's talk in the new year.",
    "We're not looking to change vendors at this time.",
    'Unfortunately we have no need for this at the moment.',
    "We don't have the bandwidth right now. Maybe in the fall?",
    "I'm interested, but not until after our board meeting on 12 March.",
    'Can you remind me next week? Swamped right now.',
    'No budget until next fiscal year.',
    "We're evaluating a few options right now, I'll get back to you by end of month.",
    'Appreciate the persistence! Not a good time — try me in Q3.',
    // German
    'Derzeit nicht, melden Sie sich nächstes Quartal wieder.',
    'Im Moment kein Bedarf.',
    'Vielleicht später.',
    'Melden Sie sich nach den Feiertagen.',
    // French
    'Pas pour le moment.',
    'Recontactez-moi le trimestre prochain.',
    'Revenez vers moi dans quelques semaines.',
    // Spanish
    'Por ahora no.',
    'Quizás más adelante.',
    'Contácteme el próximo trimestre.',
    'No me interesa por ahora.',
  ])('%j', (text) => {
    expect(detectOptOut(text)).toBe('not-now');
  });
});

describe('detectOptOut: other replies', () => {
  it.each([
    "I'm not interested in the enterprise tier, but the starter plan looks good.",
    "I'm not interested in the enterprise tier. But the starter plan looks good.",
    'The starter plan looks good, but we are not interested in the enterprise tier. Pricing?',
    'Sounds great, talk Tuesday.',
    'Yes, please send the proposal.',
    'Can we meet next week?',
    "Let's talk next week.",
    "Let's talk Tuesday.",
    'If you are not interested in the add-on, we can drop it.',
    'Are you not interested in a longer contract?',
    "Please don't remove me from the list, I like the newsletter.",
    'To unsubscribe from these emails, click here.',
    "I'll pass this along to my colleague.",
    'No thanks needed, happy to help.',
    'No, thank you for the detailed answer — we would like to order 20 seats and start in March.',
    'I have not yet read it.',
    'Could you follow up in the next email with pricing?',
    "Let's follow up later today.",
    '',
    'Sounds great!\n\nOn Mon, 2 Mar 2026, Sam <s@x.com> wrote:\n> If you are not interested, just tell me and I will stop emailing you.',
    'Sounds great!\n> not interested? unsubscribe here',
    'Great, the trial starts 3 March.',
    'Thanks Tom, this is helpful. Can you send over pricing for 50 seats?',
    "Hi, I'm the wrong person for this — try reaching out to our ops lead, Maria.",
    "Honestly we're happy with our current provider, but send me the case study anyway.",
    "I've forwarded this to my colleague who handles procurement.",
    "I'm not the decision maker, but I'll pass it on.",
    "We're all set for Tuesday, see you then.",
    "If the timing isn't right, just tell me.",
    'No worries if it is not a priority.',
    "Tell me and I'll stop writing.",
    'I am going to stop sending money into that account.',
    'Please email me the rest of the expenses when you get a chance.',
    'Maybe next week I could come to Houston and we could meet.',
    'If you would like to remove yourself from this list click here.',
  ])('%j', (text) => {
    expect(detectOptOut(text)).toBeNull();
  });
});

describe('findLaterDate', () => {
  it.each<[string, string | null]>([
    ['Please reach out next quarter.', '2026-04-01'],
    ['Ping me in a few weeks.', '2026-03-13'],
    ['Circle back in a couple of weeks.', '2026-03-06'],
    ['Check back in 2 months.', '2026-04-20'],
    ['Try again in a week or two.', '2026-03-06'],
    ['Circle back in January.', '2027-01-01'],
    ['Reach out in mid-April.', '2026-04-15'],
    ['Reach out in late April.', '2026-04-20'],
    ['Reach out at the end of April.', '2026-04-25'],
    ['Busy until the end of March.', '2026-04-01'],
    ['After the holidays.', '2027-01-07'],
    ["Let's talk in the new year.", '2027-01-07'],
    ["I'm busy until March.", '2026-03-01'],
    ['Busy until 12 March.', '2026-03-12'],
    ['Swamped until Friday.', '2026-02-27'],
    ['Reach out after 12 March.', '2026-03-13'],
    ['Reach out after March.', '2026-04-01'],
    ['Maybe later this year.', '2026-05-21'],
    ['Try me again in Q3.', '2026-07-01'],
    ['Reach out after Q2.', '2026-07-01'],
    ['Next month works better.', '2026-03-01'],
    ['Try again next year.', '2027-01-01'],
    ['Ping me next week.', '2026-02-23'],
    ['After the summer.', '2026-09-01'],
    ['Not right now.', '2026-03-22'],
    ['Not interested at the moment.', '2026-03-22'],
    ["We're evaluating options, I'll get back to you by end of month.", '2026-03-01'],
    ['Swamped right now, maybe in the fall?', '2026-09-01'],
    ['Not until after our board meeting on 12 March.', '2026-03-12'],
    // Several times: the latest
    ['Busy until March, reach out next quarter.', '2026-04-01'],
    // German, French, Spanish
    ['Melden Sie sich nächstes Quartal wieder.', '2026-04-01'],
    ['Melden Sie sich in ein paar Wochen.', '2026-03-13'],
    ['Melden Sie sich im Januar.', '2027-01-01'],
    ['Melden Sie sich nach den Feiertagen.', '2027-01-07'],
    ['Recontactez-moi le trimestre prochain.', '2026-04-01'],
    ['Recontactez-moi dans quelques semaines.', '2026-03-13'],
    ['Recontactez-moi en janvier.', '2027-01-01'],
    ['Recontactez-moi après les fêtes.', '2027-01-07'],
    ['Contácteme el próximo trimestre.', '2026-04-01'],
    ['Contácteme en unas semanas.', '2026-03-13'],
    ['Contácteme en enero.', '2027-01-01'],
    ['Contácteme después de las fiestas.', '2027-01-07'],
    // No later time and no "not now"
    ['Sounds good, see you Tuesday.', null],
    ['Please remove me.', null],
    ['', null],
  ])('%j → %s', (text, want) => {
    expect(findLaterDate(text, SENT)).toBe(want === null ? null : isoDay(want));
  });

  it('reads times relative to the message date', () => {
    const nov = new Date(2026, 10, 15, 9).getTime();
    expect(findLaterDate('Reach out next quarter.', nov)).toBe(isoDay('2027-01-01'));
    expect(findLaterDate('After the holidays.', nov)).toBe(isoDay('2027-01-07'));
    const jan3 = new Date(2027, 0, 3, 9).getTime();
    expect(findLaterDate('After the holidays.', jan3)).toBe(isoDay('2027-01-07'));
    const oct = new Date(2026, 9, 15, 9).getTime();
    expect(findLaterDate('Maybe later this year.', oct)).toBe(isoDay('2026-12-01'));
    const dec = new Date(2026, 11, 10, 9).getTime();
    expect(findLaterDate('Circle back in January.', dec)).toBe(isoDay('2027-01-01'));
  });
});

describe('opt-out properties', () => {
  const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const fragments = fc.constantFrom(
    'not interested',
    'please remove me',
    'unsubscribe',
    'reach out ',
    'next quarter',
    'in a few weeks',
    'busy until ',
    'March',
    '12 March',
    'Q3',
    'but ',
    'if ',
    '?',
    '.',
    '\n> ',
    '\n',
    'wrote:',
    'kein Interesse',
    'pas intéressé',
    'no me interesa',
    ' ',
  );
  const texts = fc.oneof(
    fc.string({ unit: anyChar, maxLength: 120 }),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.array(fragments, { maxLength: 15 }).map((a) => a.join('')),
  );
  const sentAt = fc
    .date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true })
    .map((d) => d.getTime());

  it('detectOptOut never throws', () => {
    fc.assert(
      fc.property(texts, (text) => [null, 'opt-out', 'not-now'].includes(detectOptOut(text))),
      { numRuns: 500 },
    );
  });

  it('findLaterDate never throws, and is null or a local midnight after the day of sentAt', () => {
    fc.assert(
      fc.property(texts, sentAt, (text, sent) => {
        const got = findLaterDate(text, sent);
        if (got === null) return true;
        return (
          got > startOfLocalDay(sent) &&
          got <= addLocalDays(startOfLocalDay(sent), 3 * 366) &&
          got === startOfLocalDay(got)
        );
      }),
      { numRuns: 500 },
    );
  });

  it('a "not now" always has a later date', () => {
    fc.assert(
      fc.property(texts, sentAt, (text, sent) => {
        if (detectOptOut(text) === 'not-now') expect(findLaterDate(text, sent)).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('ignores quoted history', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (quoted) => {
        const text = `Sounds good, talk Tuesday.\n\nOn Mon, 2 Mar 2026, Ann <a@b.c> wrote:\n${quoted}`;
        expect(detectOptOut(text)).toBeNull();
      }),
    );
  });
});
