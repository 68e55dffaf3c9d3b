import * as z from 'zod/mini';

/** Where a conversation lives. */
export const ChannelSchema = z.enum(['gmail', 'linkedin']);
export type Channel = z.infer<typeof ChannelSchema>;

/** A person as a page shows them. At least one of email or linkedin identifies them. */
export const PersonSchema = z.object({
  name: z.string().check(z.maxLength(300)),
  /** Lower-cased email address. */
  email: z.optional(z.string().check(z.maxLength(320))),
  /** LinkedIn profile slug (the part after /in/). */
  linkedin: z.optional(z.string().check(z.maxLength(200))),
});
export type Person = z.infer<typeof PersonSchema>;

/** One message of a conversation, as read from the page. */
export const ThreadMessageSchema = z.object({
  /** The channel's own id of the message (Gmail: legacy message id). */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  from: PersonSchema,
  to: z.array(PersonSchema).check(z.maxLength(500)),
  cc: z.array(PersonSchema).check(z.maxLength(500)),
  /** Epoch milliseconds. */
  at: z.number().check(z.int(), z.nonnegative()),
  direction: z.enum(['in', 'out']),
  /** Plain text without quoted history or signature; '' when the page shows no body (collapsed). */
  text: z.string().check(z.maxLength(200_000)),
  collapsed: z.boolean(),
});
export type ThreadMessage = z.infer<typeof ThreadMessageSchema>;

/** The conversation open in a tab. */
export const ThreadSchema = z.object({
  channel: ChannelSchema,
  /** The channel's own thread id (Gmail: legacy thread id). */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  subject: z.string().check(z.maxLength(2000)),
  url: z.string().check(z.maxLength(4000)),
  /** The signed-in account. */
  me: PersonSchema,
  messages: z.array(ThreadMessageSchema).check(z.maxLength(2000)),
});
export type Thread = z.infer<typeof ThreadSchema>;

/** The contact id of a person: a lower-cased email, or linkedin:<slug>. */
export function contactIdOf(person: Person): string | null {
  if (person.email) return person.email.toLowerCase();
  if (person.linkedin) return `linkedin:${person.linkedin.toLowerCase()}`;
  return null;
}
