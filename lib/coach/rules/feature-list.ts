import { READER } from '../lexicon';
import { defineRule, type Hit } from '../rule';
import type { Analysis } from '../types';

/**
 * A feature list: five or more items run together in one sentence ("Our kit includes 4K
 * projectors, LED walls, lapel mics, a 32-channel desk and stage lighting.") or four or more
 * bullet lines, under words that present our offering, with nothing in the list about the reader.
 * Session 32, from the blind self-centred set 1, where 14 of 16 feature pitches had no finding.
 */

/**
 * Words that present an offering: the list that follows is what we sell. Said of the thing ("it
 * includes", "Sortify supports", "our kit has") or by us ("we offer"), not "you have".
 */
const PRESENTS =
  /\b(?:includes|including|include(?=:)|included|offers|provides|what (?:[\w-]+ ){1,3}does|what we(?:['’]ve| have)? built|supports|covers|comes with|features|has|(?:we |our (?:[\w-]+ ){1,2})(?:offer|provide|support|cover|have|include|do|does|deliver|sell|handle|make|stock|carry)|(?:key |main )?(?:features|capabilities)|details|overview|specs|specifications|package|what['’]s new|range|services)\b/i;
/** How far into a sentence without a colon the presenting words may start. */
const LEAD_MAX = 60;
/** The reader's thing right before the verb: "your site has", "you have". */
const THEIRS = /\byour? (?:[\w-]+ ){0,3}$/i;
/**
 * Lists under these words are not what we sell (session 32 review): their problems, an agenda,
 * an invoice, a booking or trip, attachments, thanks to people.
 */
const NOT_PITCH =
  /\b(?:issues?|problems?|errors?|bugs?|risks?|agenda|invoice|booking|itinerary|schedule|trip|flights?|attached|attaching|quote|found|joined|thanks|thank|everyone)\b/i;
/** A trip they booked: flights, transfers, nights at a hotel. */
const TRIP = /\b(?:flights?|airport transfers?|nights at|gala dinner|itinerary)\b/i;
/** They asked for it: the list answers them ("the two options you asked for"). */
const ASKED =
  /\byou (?:asked|requested|wanted|needed|mentioned|listed)\b|\byour (?:question|request|list|brief|requirements|enquiry|inquiry|rfp|tender)\b|\bas (?:you )?requested\b/i;
const SEPARATOR = /,\s*(?:and |or |plus )?|\s+(?:and|or|plus)\s+/;
const BULLET = /^[ \t]*(?:[-–•*▪]|\d{1,2}[.)])[ \t]+\S/;
const WORD = /\S+/g;
/** A line of the body that starts with a bullet or a list number. */
const ANY_BULLET = /\n[ \t]*(?:[-–•*▪]|\d{1,2}[.)])[ \t]+\S/;
const END = /[.!?]+$/;

/** Items of an enumeration in one stretch of text: 1-7 words each. */
function itemCount(list: string): number {
  let n = 0;
  for (const item of list.split(SEPARATOR)) {
    WORD.lastIndex = 0;
    let w = 0;
    while (WORD.exec(item) !== null) w++;
    if (w === 0) continue;
    if (w > 7) return 0;
    n++;
  }
  return n;
}

/** A run-on list in one sentence: its [start, end) in the body, or null. */
function inlineList(a: Analysis): Hit | null {
  for (const s of a.sentences) {
    const t = s.text;
    // (cheap test first: five items need at least three commas)
    let commas = 0;
    for (let i = t.indexOf(','); i >= 0; i = t.indexOf(',', i + 1)) commas++;
    if (commas < 3) continue;
    // "Key capabilities: A, B, C…" or "Our kit includes A, B, C…": the list after the words
    const colon = t.indexOf(':');
    let list: string;
    if (colon >= 0 && PRESENTS.test(t.slice(0, colon))) {
      if (NOT_PITCH.test(t.slice(0, colon))) continue;
      list = t.slice(colon + 1);
    } else {
      const m = PRESENTS.exec(t);
      // ("Your site has slow pages, …": theirs)
      if (!m || m.index > LEAD_MAX || THEIRS.test(t.slice(0, m.index))) continue;
      if (NOT_PITCH.test(t.slice(0, m.index + m[0].length))) continue;
      list = t.slice(m.index + m[0].length);
    }
    if (TRIP.test(list) || READER.test(list) || itemCount(list.replace(END, '')) < 5) continue;
    return { start: s.start, end: s.end };
  }
  return null;
}

/** A heading over bullets that presents what we sell. */
function pitchHeading(heading: string): boolean {
  return PRESENTS.test(heading) && !READER.test(heading) && !NOT_PITCH.test(heading);
}

/** A bulleted list of four or more short lines under a heading that presents the offering. */
function bulletList(a: Analysis): Hit | null {
  const body = a.body;
  // four bullet lines need a line that starts with a bullet: most drafts have none
  if (!ANY_BULLET.test(body)) return null;
  const lines = body.slice(a.greetingEnd).split('\n');
  let offset = a.greetingEnd;
  let run = 0;
  let runStart = 0;
  let heading = '';
  let prev = '';
  for (const line of lines) {
    if (BULLET.test(line) && line.length <= 90 && !READER.test(line)) {
      if (run === 0) {
        runStart = offset;
        heading = prev;
      }
      run++;
    } else {
      if (run >= 4 && pitchHeading(heading)) return { start: runStart, end: offset - 1 };
      run = 0;
      if (line.trim()) prev = line;
    }
    offset += line.length + 1;
  }
  if (run >= 4 && pitchHeading(heading))
    return { start: runStart, end: Math.min(offset - 1, body.length) };
  return null;
}

/** The draft's feature list, if any (empty-bump asks too: a draft with one is not empty). */
export function featureListIn(a: Analysis): Hit | null {
  if ('featureList' in a.memo) return a.memo.featureList as Hit | null;
  // (the list first: most drafts have none, and then the whole-draft ASKED search is not needed)
  const list = inlineList(a) ?? bulletList(a);
  const found = list !== null && !ASKED.test(a.body) ? list : null;
  a.memo.featureList = found;
  return found;
}

/** A list of features with nothing about what they do for the reader. */
export const featureList = defineRule({
  id: 'feature-list',
  category: 'self-centred',
  weight: 12,
  principle: 'P3',
  explanation:
    'A list of features says what the product is, not what it does for them. Pick the one or two that matter to their business and say what each would change for them.',
  message: 'A feature list with nothing about the reader.',
  gate: false,
  find(a) {
    const h = featureListIn(a);
    return h ? [{ start: h.start, end: h.end }] : [];
  },
});
