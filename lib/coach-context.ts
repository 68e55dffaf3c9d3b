import type { CoachContext } from './coach';
import type { ContactRow } from './db';
import type { Channel } from './thread';
import type { DueEntry } from './silence/due';
import { daysSince } from './silence/streak';

/** What the coach needs to know about the person a draft goes to (DESIGN.md, "The draft coach"). */
export function coachContextFor(opts: {
  channel: Channel;
  contact: ContactRow | null;
  due: DueEntry | null;
  now: number;
  optOutLine: string;
}): CoachContext {
  const { contact, now } = opts;
  const ctx: CoachContext = {
    channel: opts.channel === 'gmail' ? 'email' : 'linkedin',
    now,
    optOutLine: opts.optOutLine,
  };
  if (opts.due) ctx.kind = opts.due.kind;
  if (contact) {
    ctx.contact = {
      name: contact.name,
      streak: contact.streak,
      optedOut: contact.status === 'opted-out',
    };
    const silent = daysSince(contact.silentSince, now);
    const touch = daysSince(contact.lastOutboundAt, now);
    if (silent !== null) ctx.contact.silentDays = silent;
    if (touch !== null) ctx.contact.daysSinceLastTouch = touch;
    if (contact.awayUntil !== null) ctx.contact.awayUntil = contact.awayUntil;
  }
  return ctx;
}
