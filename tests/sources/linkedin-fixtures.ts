/**
 * What each LinkedIn fixture page holds (tests/fixtures/linkedin/README.md has the same table in
 * prose). Shown times are wall-clock times as the page shows them (the day heading and the
 * group's clock time, local: `new Date(y, m - 1, d, h, min)`); the exact time is the epoch ms
 * each message id encodes (`2-` + base64 of `<ms>b<digits>-100&<conversation>`), which is the
 * shown time taken as UTC plus some seconds. "Today" for these pages is 2026-11-23 (`NOW`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Person } from '../../lib/thread';

/** Noon on 2026-11-23, local time: "Today" on every page. */
export const NOW = new Date(2026, 10, 23, 12, 0).getTime();

/** The signed-in member on every page; the member id is the owner part of every message URN. */
export const ME: Person = { name: 'Alex Seller', linkedin: 'alex-seller-crickets' };
export const ME_MEMBER_ID = 'ACoAACrk7aEBx2QnJm0VhTq5sWd8LpYzF3oGt4c';

export const PEOPLE = {
  jordan: { name: 'Jordan Blake', linkedin: 'jordan-blake-4a1b2c' },
  sam: { name: 'Sam Okoro', linkedin: 'sam-okoro-tidewater' },
  nina: { name: 'Nina Patel', linkedin: 'nina-patel-harbor' },
  omar: { name: 'Omar Haddad', linkedin: 'omar-haddad-7f3e21' },
  lena: { name: 'Lena Fischer', linkedin: 'lena-fischer-ops' },
  /** The same person as dana@acme-freight.com in the Gmail fixtures (for merge tests). */
  dana: { name: 'Dana Whitfield', linkedin: 'dana-whitfield' },
} satisfies Record<string, Person>;
export type Who = keyof typeof PEOPLE;

/** Member ids (`/in/ACoAA…` links) of the people whose pages link that way. */
export const MEMBER_IDS: Record<Who, string> = {
  jordan: 'ACoAAB9fQ2kBvT7xLw3NcZe5RmHs1YdKp0uJa8E',
  sam: 'ACoAAC0xZ4sBn8WqRt2LyVm6Kd9JpHc3FeGb1Uo',
  nina: 'ACoAAA7nV3pBq1ZsXc8DtRw4Lm2HyKj6GfEu9Ob',
  omar: 'ACoAAD2hL8mBc4VxNq7RsTy1Wk5JzPd0GeFa3Ui',
  lena: 'ACoAAB4lF6nBz9QwEr3TyUi7Op2AsDf5GhJk8Lx',
  dana: 'ACoAAE1dW5tBx3CvBn6MqWe9Rt4YuIo7PaSd2Fg',
};

export type FixtureName =
  'messaging' | 'group' | 'composer-draft' | 'overlay' | 'dana-linkedin' | 'feed';

export function fixtureHtml(name: FixtureName): string {
  return readFileSync(
    fileURLToPath(new URL(`../fixtures/linkedin/${name}.html`, import.meta.url)),
    'utf8',
  );
}

/**
 * Does what Chromium's parser does with declarative shadow DOM and linkedom does not: each
 * `<template shadowrootmode="open">` becomes the open shadow root of its parent.
 */
export function attachDeclarativeShadowRoots(doc: Document): void {
  for (const template of Array.from(doc.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const root = host.attachShadow({ mode });
    const content = (template as HTMLTemplateElement).content;
    root.appendChild(content.cloneNode(true));
    template.remove();
  }
}

/** The page as Chromium would build it (shadow roots attached). */
export function loadFixture(name: FixtureName, { shadow = true } = {}): Document {
  const doc = parseHTML(fixtureHtml(name)).document as unknown as Document;
  if (shadow) attachDeclarativeShadowRoots(doc);
  return doc;
}

/** [id, from ('me' or a person), direction, shown [y, m, d, h, min], exact epoch ms, text] */
export type ExpectedMessage = [
  string,
  Who | 'me',
  'in' | 'out',
  [number, number, number, number, number],
  number,
  string,
];

export interface ExpectedThread {
  /** The page's URL (what the tests pass as `url`). */
  url: string;
  id: string;
  /** The conversation the id encodes (base64 of this text, after `2-`). */
  conversation: string;
  subject: string;
  /** The other people, in the order `to` lists them. */
  others: Who[];
  /** The day headings, in order, as shown. */
  headings: string[];
  messages: ExpectedMessage[];
}

/** The messaging page of a conversation, as LinkedIn writes it. */
export const threadUrl = (id: string): string =>
  `https://www.linkedin.com/messaging/thread/${encodeURIComponent(id).replace(/%3D/g, '=')}/`;

export const FEED_URL = 'https://www.linkedin.com/feed/';
export const DANA_URL = 'https://www.linkedin.com/in/dana-whitfield/';

const JORDAN = '2-M2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==';
const GROUP = '2-YzQ3YTllMDItNWIxOC00ZjZkLThlM2EtOWQyZjYxYjA3YzU4XzEwMA==';
const LENA = '2-NWQyMGI3YzMtYThlMS00ZjkyLTg2YjQtMGM3ZTNmOTFhMmQ2XzAxMA==';

/** The conversation each page shows (the one `readLinkedInThread` returns). */
export const EXPECTED: Record<Exclude<FixtureName, 'feed'>, ExpectedThread> = {
  messaging: {
    url: threadUrl(JORDAN),
    id: '2-M2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
    conversation: '3f6c2a91-7d4e-4b8a-9c15-2e8b7f0a6d34_010',
    subject: 'LinkedIn: Jordan Blake',
    others: ['jordan'],
    headings: ['Oct 28', 'Nov 2', 'Nov 12', 'Thursday', 'Today'],
    messages: [
      [
        '2-MTc5MzE4MTczNDUxMmI0MDA0Mi0xMDAmM2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
        'me',
        'out',
        [2026, 10, 28, 10, 2],
        Date.UTC(2026, 9, 28, 10, 2, 14, 512),
        'Hi Jordan, thanks for connecting after the Freight Forward panel. You mentioned carrier invoices eat a lot of your team’s time. We audit those and only charge on what we recover.\nHappy to share how it worked for a distributor your size.',
      ],
      [
        '2-MTc5MzE5NjkwMzA4N2I0MDE3OS0xMDAmM2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
        'jordan',
        'in',
        [2026, 10, 28, 14, 15],
        Date.UTC(2026, 9, 28, 14, 15, 3, 87),
        'Thanks Alex, good to meet you too.',
      ],
      [
        '2-MTc5MzE5NzAwMTkzMGI0MDMxNi0xMDAmM2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
        'jordan',
        'in',
        [2026, 10, 28, 14, 15],
        Date.UTC(2026, 9, 28, 14, 16, 41, 930),
        'Could you send me a short overview I can pass to our finance lead?',
      ],
      [
        '2-MTc5MzYxMTgyMjMwMWI0MDQ1My0xMDAmM2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
        'me',
        'out',
        [2026, 11, 2, 9, 30],
        Date.UTC(2026, 10, 2, 9, 30, 22, 301),
        'Here is the one-page overview: https://crickets-demo.com/overview.pdf',
      ],
      [
        '2-MTc5MzYxMTg2NTY0MGI0MDU5MC0xMDAmM2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
        'me',
        'out',
        [2026, 11, 2, 9, 30],
        Date.UTC(2026, 10, 2, 9, 31, 5, 640),
        'It covers the 90-day pilot and what we would need from your team.',
      ],
      [
        '2-MTc5MzYzODEzNzExOGI0MDcyNy0xMDAmM2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
        'jordan',
        'in',
        [2026, 11, 2, 16, 48],
        Date.UTC(2026, 10, 2, 16, 48, 57, 118),
        'Got it, I’ll share it with our finance lead this week.',
      ],
      [
        '2-MTc5NDQ3MDcwOTc3NWI0MDg2NC0xMDAmM2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
        'me',
        'out',
        [2026, 11, 12, 8, 5],
        Date.UTC(2026, 10, 12, 8, 5, 9, 775),
        'Hi Jordan, one thing that may help your finance lead: in a recent audit for a Midwest distributor, 4.1% of LTL invoices carried accessorial charges outside the contract.\n\nWould a short summary of that help?',
      ],
      [
        '2-MTc5NTA4NzIzMTQwMmI0MTAwMS0xMDAmM2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
        'me',
        'out',
        [2026, 11, 19, 11, 20],
        Date.UTC(2026, 10, 19, 11, 20, 31, 402),
        'Hi Jordan, I know November is busy. Is the overview still on your finance lead’s list?',
      ],
      [
        '2-MTc5NTQyNjg3MjA1NmI0MTEzOC0xMDAmM2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==',
        'me',
        'out',
        [2026, 11, 23, 9, 41],
        Date.UTC(2026, 10, 23, 9, 41, 12, 56),
        'Hi Jordan, if the timing isn’t right, just tell me and I’ll stop following up. Either way, thanks for your time.',
      ],
    ],
  },
  group: {
    url: threadUrl(GROUP),
    id: '2-YzQ3YTllMDItNWIxOC00ZjZkLThlM2EtOWQyZjYxYjA3YzU4XzEwMA==',
    conversation: 'c47a9e02-5b18-4f6d-8e3a-9d2f61b07c58_100',
    subject: 'LinkedIn: Nina Patel, Omar Haddad',
    others: ['nina', 'omar'],
    headings: ['Oct 3, 2025', 'Nov 9', 'Friday'],
    messages: [
      [
        '2-MTc1OTUwNDI0ODIxMGI0MDAzNS0xMDAmYzQ3YTllMDItNWIxOC00ZjZkLThlM2EtOWQyZjYxYjA3YzU4XzEwMA==',
        'nina',
        'in',
        [2025, 10, 3, 15, 10],
        Date.UTC(2025, 9, 3, 15, 10, 48, 210),
        'Hi Alex, adding Omar from our finance team. He owns the carrier budget, so he should see the audit numbers first-hand.',
      ],
      [
        '2-MTc1OTUwNTUyNjk5OWI0MDE3Mi0xMDAmYzQ3YTllMDItNWIxOC00ZjZkLThlM2EtOWQyZjYxYjA3YzU4XzEwMA==',
        'me',
        'out',
        [2025, 10, 3, 15, 32],
        Date.UTC(2025, 9, 3, 15, 32, 6, 999),
        'Thanks Nina. Hi Omar, good to meet you. I’ll share last quarter’s findings once your invoices are in.',
      ],
      [
        '2-MTc5NDIxODQxOTAwNWI0MDMwOS0xMDAmYzQ3YTllMDItNWIxOC00ZjZkLThlM2EtOWQyZjYxYjA3YzU4XzEwMA==',
        'omar',
        'in',
        [2026, 11, 9, 10, 0],
        Date.UTC(2026, 10, 9, 10, 0, 19, 5),
        'Hi Alex, we finally have Q3 invoices ready.',
      ],
      [
        '2-MTc5NDIxODQ2MjQ1MGI0MDQ0Ni0xMDAmYzQ3YTllMDItNWIxOC00ZjZkLThlM2EtOWQyZjYxYjA3YzU4XzEwMA==',
        'omar',
        'in',
        [2026, 11, 9, 10, 0],
        Date.UTC(2026, 10, 9, 10, 1, 2, 450),
        'Can you run the audit on those before our planning meeting?',
      ],
      [
        '2-MTc5NDIyMjkzNjcxOGI0MDU4My0xMDAmYzQ3YTllMDItNWIxOC00ZjZkLThlM2EtOWQyZjYxYjA3YzU4XzEwMA==',
        'nina',
        'in',
        [2026, 11, 9, 11, 15],
        Date.UTC(2026, 10, 9, 11, 15, 36, 718),
        'Agreed, the planning meeting is on Dec 1.',
      ],
      [
        '2-MTc5NDIzMDQyNzMzM2I0MDcyMC0xMDAmYzQ3YTllMDItNWIxOC00ZjZkLThlM2EtOWQyZjYxYjA3YzU4XzEwMA==',
        'me',
        'out',
        [2026, 11, 9, 13, 20],
        Date.UTC(2026, 10, 9, 13, 20, 27, 333),
        'Great, send them over and I’ll have a summary for you by Nov 25.',
      ],
      [
        '2-MTc5NTE2NTI0NDA4MWI0MDg1Ny0xMDAmYzQ3YTllMDItNWIxOC00ZjZkLThlM2EtOWQyZjYxYjA3YzU4XzEwMA==',
        'me',
        'out',
        [2026, 11, 20, 9, 0],
        Date.UTC(2026, 10, 20, 9, 0, 44, 81),
        'Quick note for the week ahead: I still need the invoice export to make the Nov 25 date. Is there someone on Omar’s team I should ask?',
      ],
    ],
  },
  'composer-draft': {
    url: threadUrl(LENA),
    id: '2-NWQyMGI3YzMtYThlMS00ZjkyLTg2YjQtMGM3ZTNmOTFhMmQ2XzAxMA==',
    conversation: '5d20b7c3-a8e1-4f92-86b4-0c7e3f91a2d6_010',
    subject: 'LinkedIn: Lena Fischer',
    others: ['lena'],
    headings: ['Nov 9', 'Nov 10'],
    messages: [
      [
        '2-MTc5NDIzMjg1MDYxMmI0MDAyOC0xMDAmNWQyMGI3YzMtYThlMS00ZjkyLTg2YjQtMGM3ZTNmOTFhMmQ2XzAxMA==',
        'me',
        'out',
        [2026, 11, 9, 14, 0],
        Date.UTC(2026, 10, 9, 14, 0, 50, 612),
        'Hi Lena, we help food distributors cut detention fees by checking carrier invoices against contracts. Would a two-page summary of what we found for a similar distributor be useful?',
      ],
      [
        '2-MTc5NDI5ODMyODI0NGI0MDE2NS0xMDAmNWQyMGI3YzMtYThlMS00ZjkyLTg2YjQtMGM3ZTNmOTFhMmQ2XzAxMA==',
        'lena',
        'in',
        [2026, 11, 10, 8, 12],
        Date.UTC(2026, 10, 10, 8, 12, 8, 244),
        'Thanks Alex. Not a priority this quarter, but feel free to reach out in the new year.',
      ],
    ],
  },
  overlay: {
    url: FEED_URL,
    id: '2-OGIxZTRmNzAtMmM5ZC00YTYzLWI1ZTgtNzFkMGMzYTlmMjE1XzAxMA==',
    conversation: '8b1e4f70-2c9d-4a63-b5e8-71d0c3a9f215_010',
    subject: 'LinkedIn: Sam Okoro',
    others: ['sam'],
    headings: ['Tuesday', 'Yesterday', 'Today'],
    messages: [
      [
        '2-MTc5NDkzMzYxMTM3N2I0MDAyMS0xMDAmOGIxZTRmNzAtMmM5ZC00YTYzLWI1ZTgtNzFkMGMzYTlmMjE1XzAxMA==',
        'sam',
        'in',
        [2026, 11, 17, 16, 40],
        Date.UTC(2026, 10, 17, 16, 40, 11, 377),
        'Hi Alex, saw your post on detention fees. We’re fighting the same thing on reefer loads out of Savannah.',
      ],
      [
        '2-MTc5NDkzNDk3MzEyOGI0MDE1OC0xMDAmOGIxZTRmNzAtMmM5ZC00YTYzLWI1ZTgtNzFkMGMzYTlmMjE1XzAxMA==',
        'me',
        'out',
        [2026, 11, 17, 17, 2],
        Date.UTC(2026, 10, 17, 17, 2, 53, 128),
        'Thanks Sam. Reefer detention is where we usually find the most: last quarter a cold-chain shipper recovered $38k from one carrier.\nHappy to compare notes on a call.',
      ],
      [
        '2-MTc5NTM3NDMzMDkwMmI0MDI5NS0xMDAmOGIxZTRmNzAtMmM5ZC00YTYzLWI1ZTgtNzFkMGMzYTlmMjE1XzAxMA==',
        'sam',
        'in',
        [2026, 11, 22, 19, 5],
        Date.UTC(2026, 10, 22, 19, 5, 30, 902),
        'That’s useful. Can we talk Thursday afternoon?',
      ],
      [
        '2-MTc5NTQyNDcwMTAxMWI0MDQzMi0xMDAmOGIxZTRmNzAtMmM5ZC00YTYzLWI1ZTgtNzFkMGMzYTlmMjE1XzAxMA==',
        'me',
        'out',
        [2026, 11, 23, 9, 5],
        Date.UTC(2026, 10, 23, 9, 5, 1, 11),
        'Thursday 2 PM works. I’ll send an invite.',
      ],
    ],
  },
  'dana-linkedin': {
    url: DANA_URL,
    id: '2-ZTkxZjNjNTgtMGE3Yi00ZDJlLTlmNjQtYjgzYzE1ZDdhMGUyXzAxMA==',
    conversation: 'e91f3c58-0a7b-4d2e-9f64-b83c15d7a0e2_010',
    subject: 'LinkedIn: Dana Whitfield',
    others: ['dana'],
    headings: ['Oct 14', 'Oct 15', 'Nov 16'],
    messages: [
      [
        '2-MTc5MjAwMjE2NTY2MGI0MDAyOC0xMDAmZTkxZjNjNTgtMGE3Yi00ZDJlLTlmNjQtYjgzYzE1ZDdhMGUyXzAxMA==',
        'dana',
        'in',
        [2026, 10, 14, 18, 22],
        Date.UTC(2026, 9, 14, 18, 22, 45, 660),
        'Hi Alex, good to meet you at the Freight Forward panel. Let’s stay in touch.',
      ],
      [
        '2-MTc5MjA1NDIxNjIwN2I0MDE2NS0xMDAmZTkxZjNjNTgtMGE3Yi00ZDJlLTlmNjQtYjgzYzE1ZDdhMGUyXzAxMA==',
        'me',
        'out',
        [2026, 10, 15, 8, 50],
        Date.UTC(2026, 9, 15, 8, 50, 16, 207),
        'Likewise, Dana. I’ll send the freight audit proposal we talked about by email.',
      ],
      [
        '2-MTc5NDgyMzk1ODU0MGI0MDMwMi0xMDAmZTkxZjNjNTgtMGE3Yi00ZDJlLTlmNjQtYjgzYzE1ZDdhMGUyXzAxMA==',
        'me',
        'out',
        [2026, 11, 16, 10, 12],
        Date.UTC(2026, 10, 16, 10, 12, 38, 540),
        'Hi Dana, I sent the freight audit proposal by email on Oct 20. If the timing isn’t right, just tell me and I’ll close the file.',
      ],
    ],
  },
};

/** The draft typed in composer-draft.html, one `<p>` per line. */
export const DRAFT_LINES = [
  'Hi Lena,',
  'Just checking in to see if anything changed. We only have two pilot slots left this month, so I need an answer by Friday.',
  'Alex',
];
