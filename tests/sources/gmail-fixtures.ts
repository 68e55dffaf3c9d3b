/**
 * What each Gmail fixture page holds (tests/fixtures/gmail/README.md has the same table in prose).
 * Times are wall-clock times as Gmail shows them (local time: `new Date(y, m - 1, d, h, min)`);
 * message ids are legacy hex ids, whose leading hex digits are the same time taken as UTC, plus
 * 17 seconds.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const ME = { name: 'Alex Seller', email: 'alex@crickets-demo.com' };
export const THREAD_URL =
  'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxSfrNqdMvNmjbBfGkZZklg';

export type FixtureName =
  | 'silent-after-three'
  | 'silent-second-thread'
  | 'replied'
  | 'group-cc'
  | 'collapsed'
  | 'locale-de'
  | 'locale-fr'
  | 'out-of-office'
  | 'opt-out'
  | 'long-thread'
  | 'inbox';

export function fixtureHtml(name: FixtureName): string {
  return readFileSync(
    fileURLToPath(new URL(`../fixtures/gmail/${name}.html`, import.meta.url)),
    'utf8',
  );
}

export function loadFixture(name: FixtureName): Document {
  return parseHTML(fixtureHtml(name)).document as unknown as Document;
}

/** [id, from, to, cc, [y, m, d, h, min], direction, collapsed, text (expanded only)] */
export type ExpectedMessage = [
  string,
  string,
  string[],
  string[],
  [number, number, number, number, number],
  'in' | 'out',
  boolean,
  string?,
];

export interface ExpectedThread {
  id: string;
  subject: string;
  contacts: string[];
  messages: ExpectedMessage[];
}

const A = ME.email;
const DANA = 'dana@acme-freight.com';
const PRIYA = 'priya@northwind.io';
const MARCUS = 'marcus.chen@globex.com';
const SOFIA = 'sofia.alvarez@globex.com';
const BEN = 'ben.okafor@crickets-demo.com';
const TOM = 'tom.becker@initech.com';
const JONAS = 'jonas.mueller@mueller-logistik.de';
const CAMILLE = 'camille.lefevre@lefevre-fils.fr';
const RACHEL = 'rachel.kim@contoso-retail.com';
const LUIS = 'luis.ortega@fabrikam.com';

export const EXPECTED: Partial<Record<FixtureName, ExpectedThread>> = {
  'silent-after-three': {
    id: '1a1536edd6808eb5',
    subject: 'Proposal for Acme freight audit',
    contacts: [DANA],
    messages: [
      [
        '1a1536edd6808eb5',
        DANA,
        [A],
        [],
        [2026, 10, 19, 9, 12],
        'in',
        false,
        "Hi Alex,\n\nThanks for walking us through the freight audit on Friday. The team liked the idea of checking last quarter's carrier invoices first.\n\nCould you send over a proposal with pricing for a 90-day pilot? We're reviewing vendors before the end of the month.\n\nBest,\nDana",
      ],
      [
        '1a159b85ca86cae3',
        A,
        [DANA],
        [],
        [2026, 10, 20, 14, 30],
        'out',
        false,
        'Hi Dana,\n\nThanks again for the time on Friday. As promised, the proposal for the 90-day freight audit pilot is attached: we audit Q3 carrier invoices, flag duplicate and out-of-contract charges, and you only pay 20% of what we recover.\n\nHappy to walk your finance team through it.\n\nBest,\nAlex',
      ],
      [
        '1a18c455748d4629',
        A,
        [DANA],
        [],
        [2026, 10, 30, 10, 5],
        'out',
        false,
        'Hi Dana,\n\nI know the end of the month is busy. One thing that may help your review: in the last audit we ran for a Midwest distributor, 4.1% of LTL invoices had accessorial charges outside the contract.\n\nWould a one-page summary for your finance team help?\n\nBest,\nAlex',
      ],
      [
        '1a1cef09a0860a02',
        A,
        [DANA],
        [],
        [2026, 11, 12, 8, 47],
        'out',
        false,
        "Hi Dana,\n\nJust checking in on the proposal. If the timing isn't right, just tell me and I'll close the file.\n\nAlex",
      ],
    ],
  },
  'silent-second-thread': {
    id: '1a1f3247c2897971',
    subject: 'Freight audit: carrier invoice checklist',
    contacts: [DANA],
    messages: [
      [
        '1a1f3247c2897971',
        A,
        [DANA],
        [],
        [2026, 11, 19, 9, 30],
        'out',
        false,
        'Hi Dana,\n\nSeparate from the proposal: here is the checklist we use to spot duplicate carrier invoices. Free to use, no strings attached.\n\nBest,\nAlex',
      ],
    ],
  },
  replied: {
    id: '1a19bc193089e221',
    subject: 'Onboarding analytics for Northwind',
    contacts: [PRIYA],
    messages: [
      ['1a19bc193089e221', A, [], [], [2026, 11, 2, 10, 15], 'out', true],
      [
        '1a1bf896ce8c747b',
        A,
        [PRIYA],
        [],
        [2026, 11, 9, 9, 0],
        'out',
        false,
        "Hi Priya,\n\nHere is the benchmark I mentioned: Onboarding data benchmark 2026. Page 3 compares teams with two to five sites.\n\nIf the timing isn't right, just tell me.\n\nAlex",
      ],
      [
        '1a1c656c228d74f0',
        PRIYA,
        [A],
        [],
        [2026, 11, 10, 16, 42],
        'in',
        false,
        "Hi Alex,\n\nThanks, this is timely: page 3 is exactly the conversation we're having internally.\n\nCould we talk Thursday at 2pm? I'll bring our ops lead.\n\nPriya",
      ],
    ],
  },
  'group-cc': {
    id: '1a177f0916842b7c',
    subject: 'Pilot scope and security review: Globex',
    contacts: [MARCUS, SOFIA, BEN],
    messages: [
      [
        '1a177f0916842b7c',
        A,
        [MARCUS],
        [SOFIA, BEN],
        [2026, 10, 26, 11, 20],
        'out',
        false,
        "Hi Marcus,\n\nFollowing our call, here is the proposed pilot scope: two warehouses, six weeks, weekly readouts. I've copied Sofia for the security review and Ben, who will run the pilot on our side.\n\nBest,\nAlex",
      ],
      [
        '1a17c629188a699f',
        MARCUS,
        [A],
        [SOFIA, BEN],
        [2026, 10, 27, 8, 3],
        'in',
        false,
        'Thanks Alex. Scope looks right. Sofia will send the security questionnaire this week.\n\nMarcus',
      ],
      [
        '1a183146f881a3eb',
        SOFIA,
        [A, MARCUS],
        [BEN],
        [2026, 10, 28, 15, 15],
        'in',
        false,
        'Hi Alex,\n\nThe questionnaire is attached. We need it back before we can approve access for the pilot.\n\nRegards,\nSofia',
      ],
      [
        '1a1ab149be84783c',
        A,
        [SOFIA, MARCUS],
        [BEN],
        [2026, 11, 5, 9, 40],
        'out',
        false,
        'Hi Sofia,\n\nThe completed questionnaire is attached, along with our SOC 2 report. Ben can join a call if your team has questions.\n\nBest,\nAlex',
      ],
    ],
  },
  collapsed: {
    id: '1a10b81c768a73a9',
    subject: 'Renewal: Initech logistics platform',
    contacts: [TOM],
    messages: [
      ['1a10b81c768a73a9', A, [], [], [2026, 10, 5, 10, 0], 'out', true],
      ['1a19ceb1ee850954', TOM, [], [], [2026, 11, 2, 15, 40], 'in', true],
      ['1a1bffbddc87c3a3', A, [], [], [2026, 11, 9, 11, 5], 'out', true],
      ['1a1e3e856a801b9a', A, [], [], [2026, 11, 16, 10, 30], 'out', true],
      [
        '1a1f9fdb848d953d',
        TOM,
        [A],
        [],
        [2026, 11, 20, 17, 25],
        'in',
        false,
        "Hi Alex,\n\nSorry for the slow reply, we were in budget planning. We'd like to renew, but procurement needs the updated order form by December 4.\n\nCan you send it over?\n\nTom",
      ],
    ],
  },
  'locale-de': {
    id: '1a1e3a2c2289a8a9',
    subject: 'Angebot Frachtprüfung für Müller Logistik',
    contacts: [JONAS],
    messages: [
      [
        '1a1e3a2c2289a8a9',
        A,
        [JONAS],
        [],
        [2026, 11, 16, 9, 14],
        'out',
        false,
        'Hallo Herr Müller,\n\nvielen Dank für das Gespräch. Anbei das Angebot für die Prüfung Ihrer Frachtrechnungen.\n\nViele Grüße\nAlex Seller',
      ],
      [
        '1a1ef9bf1a8fe37f',
        JONAS,
        [A],
        [],
        [2026, 11, 18, 17, 2],
        'in',
        false,
        'Hallo Herr Seller,\n\ndanke, ich bespreche das Angebot am Montag mit unserem Einkauf und melde mich danach.\n\nBeste Grüße\nJonas Müller',
      ],
    ],
  },
  'locale-fr': {
    id: '1a1c0ae64e85b819',
    subject: 'Audit transport : proposition pour Lefèvre & Fils',
    contacts: [CAMILLE],
    messages: [
      [
        '1a1c0ae64e85b819',
        CAMILLE,
        [A],
        [],
        [2026, 11, 9, 14, 20],
        'in',
        false,
        "Bonjour Alex,\n\nPourriez-vous nous envoyer une proposition pour l'audit de nos factures de transport ?\n\nCordialement,\nCamille Lefèvre",
      ],
      [
        '1a1c47d6e482b0e3',
        A,
        [CAMILLE],
        [],
        [2026, 11, 10, 8, 5],
        'out',
        false,
        'Bonjour Camille,\n\nVoici la proposition, avec un pilote de 90 jours sur vos factures du troisième trimestre.\n\nBien cordialement,\nAlex',
      ],
      [
        '1a1f8c670c884909',
        A,
        [CAMILLE],
        [],
        [2026, 11, 20, 11, 45],
        'out',
        false,
        "Bonjour Camille,\n\nSi le moment n'est pas idéal, dites-le-moi simplement.\n\nAlex",
      ],
    ],
  },
  'out-of-office': {
    id: '1a1ede73cc8a01a2',
    subject: 'Warehouse slotting study for Contoso',
    contacts: [RACHEL],
    messages: [
      [
        '1a1ede73cc8a01a2',
        A,
        [RACHEL],
        [],
        [2026, 11, 18, 9, 5],
        'out',
        false,
        'Hi Rachel,\n\nI came across your talk on peak-season slotting. We just published a short study on how three retailers cut pick travel by 18%: happy to send it if useful.\n\nBest,\nAlex',
      ],
      [
        '1a1ede8272855634',
        RACHEL,
        [A],
        [],
        [2026, 11, 18, 9, 6],
        'in',
        false,
        'I am out of the office until Monday 7 December 2026 with limited access to email. For urgent matters, please contact ops@contoso-retail.com.\n\nRachel Kim',
      ],
    ],
  },
  'opt-out': {
    id: '1a163bbd6a89cec3',
    subject: 'Cutting detention fees at Fabrikam',
    contacts: [LUIS],
    messages: [
      ['1a163bbd6a89cec3', A, [], [], [2026, 10, 22, 13, 10], 'out', true],
      [
        '1a1ab501e4820ed4',
        A,
        [LUIS],
        [],
        [2026, 11, 5, 10, 45],
        'out',
        false,
        'Hi Luis,\n\nFollowing up on my note about detention fees. Here is a two-page guide on disputing them, whether or not we ever work together.\n\nAlex',
      ],
      [
        '1a1afdd95a8dfb62',
        LUIS,
        [A],
        [],
        [2026, 11, 6, 7, 58],
        'in',
        false,
        'Please remove me from your list, not interested.\n\nLuis',
      ],
    ],
  },
};
