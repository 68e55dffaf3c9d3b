import { ContactActions } from '@/components/ContactActions';
import { ContactCard } from '@/components/ContactCard';
import type { ContactRow, UserStatus } from '@/lib/db';
import type { Message } from '@/lib/messages';
import { snoozeMessage } from '@/lib/due-view';
import type { DueEntry } from '@/lib/silence/due';
import { useMergeCandidates, useMergedInto } from './client';

/** Send an action; say what happened, with Undo when `undo` makes the message that reverses it. */
export type Act = (
  message: Message,
  done: string,
  undo?: (reply: Record<string, unknown>) => Message,
) => Promise<void>;

const STATUS_DONE: Record<UserStatus, string> = {
  active: 'is active again',
  paused: 'is paused: no reminders',
  won: 'is marked won',
  lost: 'is marked lost',
};

/** The open conversation's contact: where their silence stands, and what can be done about it. */
export function ContactArea(props: {
  contact: ContactRow;
  now: number;
  due: DueEntry | null;
  act: Act;
}) {
  const { contact, now, due, act } = props;
  const candidates = useMergeCandidates(contact.id);
  const merged = useMergedInto(contact.id);
  const which = (other: { id: string; name: string }) =>
    `${other.name} (${other.id.startsWith('linkedin:') ? 'LinkedIn' : other.id})`;
  return (
    <>
      <ContactCard contact={contact} now={now} due={due} />
      <ContactActions
        contact={contact}
        now={now}
        mergeCandidates={candidates}
        onStatus={(status) =>
          void act(
            { type: 'setStatus', contactId: contact.id, status },
            `${contact.name} ${STATUS_DONE[status]}.`,
            (r) => ({
              type: 'setStatus',
              contactId: contact.id,
              status: r.previous as UserStatus,
            }),
          )
        }
        onSnooze={(until) =>
          void act(
            { type: 'snooze', contactId: contact.id, until },
            snoozeMessage(contact.name, until, due?.dueAt ?? null, now),
            (r) => ({
              type: 'snooze',
              contactId: contact.id,
              until: r.previous as number | null,
            }),
          )
        }
        merged={merged}
        onMerge={(other) =>
          void act(
            { type: 'merge', from: other.id, into: contact.id },
            `Merged ${which(other)} into this contact.`,
            () => ({ type: 'unmerge', contactId: other.id }),
          )
        }
        onUnmerge={(other) =>
          void act(
            { type: 'unmerge', contactId: other.id },
            `Unmerged ${which(other)}: a contact of their own again.`,
            // Undo puts it back where it was: under the contact it came through, if any
            () => ({ type: 'merge', from: other.id, into: other.via?.id ?? contact.id }),
          )
        }
      />
    </>
  );
}
