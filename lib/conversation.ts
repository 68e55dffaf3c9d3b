import type { ContactRow, MessageRow, ThreadRow } from './db';
import { plural } from './plural';
import { daysSince } from './silence/streak';

/**
 * The other person a conversation is about: the contact most of its messages count for; on a tie,
 * the one in the latest message.
 */
export function primaryContactId(
  thread: ThreadRow,
  messages: readonly MessageRow[],
): string | null {
  const weight = new Map<string, { n: number; last: number }>();
  for (const m of messages) {
    for (const id of m.contactIds) {
      const w = weight.get(id) ?? { n: 0, last: 0 };
      weight.set(id, { n: w.n + 1, last: Math.max(w.last, m.at) });
    }
  }
  let best: string | null = null;
  let bestW = { n: -1, last: -1 };
  for (const [id, w] of weight) {
    if (w.n > bestW.n || (w.n === bestW.n && w.last > bestW.last)) [best, bestW] = [id, w];
  }
  return best ?? thread.contactIds[0] ?? null;
}

export interface SilenceSummary {
  streak: number;
  silentDays: number | null;
  daysSinceLastTouch: number | null;
  /** One plain sentence for the card. */
  sentence: string;
}

export function summarise(contact: ContactRow, now: number): SilenceSummary {
  const silentDays = daysSince(contact.silentSince, now);
  const daysSinceLastTouch = daysSince(contact.lastOutboundAt, now);
  const first = contact.name.split(/\s+/)[0] || contact.name;
  let sentence: string;
  if (contact.status === 'opted-out')
    sentence = `${first} asked not to be contacted. No follow-up is due.`;
  else if (contact.streak === 0 && contact.lastInboundAt !== null)
    sentence = `${first} replied last${silentDays !== null ? `, ${plural(silentDays, 'day')} ago` : ''}: your move.`;
  else if (contact.streak === 0) sentence = `No messages from you to ${first} yet.`;
  else
    sentence = `${plural(contact.streak, 'message')} from you in a row without a reply; ${first} has been silent for ${plural(silentDays ?? 0, 'day')}.`;
  return { streak: contact.streak, silentDays, daysSinceLastTouch, sentence };
}

/** When I last wrote, for the contact card: "today", "yesterday", "3 days ago", "–" (never). */
export function lastTouchText(days: number | null): { value: string; unit: string } {
  if (days === null) return { value: '–', unit: '' };
  if (days <= 0) return { value: 'today', unit: '' };
  if (days === 1) return { value: 'yesterday', unit: '' };
  return { value: String(days), unit: 'days ago' };
}

/**
 * The card's second box. While I wait it is their silence ("Silent for 5 days"); once they have
 * replied the same days count from their reply ("They replied 3 days ago"); unknown, no unit.
 */
export function silenceBox(
  contact: Pick<ContactRow, 'streak' | 'lastInboundAt'>,
  silentDays: number | null,
): { label: string; value: string; unit: string } {
  const replied = contact.streak === 0 && contact.lastInboundAt !== null;
  if (replied) return { label: 'They replied', ...lastTouchText(silentDays) };
  if (silentDays === null) return { label: 'Silent for', value: '–', unit: '' };
  return {
    label: 'Silent for',
    value: String(silentDays),
    unit: silentDays === 1 ? 'day' : 'days',
  };
}

/** A short, single-line preview of a message body (plain text, never HTML). */
export function preview(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
