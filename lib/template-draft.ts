import { fillTemplate, templates, type Filled } from './coach/templates';
import type { MessageKind } from './coach';
import type { ContactRow, LibraryRow } from './db';
import type { Settings } from './settings';
import { daysSince } from './silence/streak';

/** The template the user uses for a kind: their own, else the built-in one. */
export function templateText(kind: MessageKind, settings: Pick<Settings, 'templates'>): string {
  const own = settings.templates[kind];
  return own && own.trim() ? own : templates[kind];
}

/**
 * A draft for this contact from the template of a message kind, filled from what is known:
 * {name}, {subject}, {silentDays}, {article} (the best saved article). Fields left unfilled are
 * reported so the panel can say so; they are never filled with a guess.
 */
export function draftFromTemplate(
  kind: MessageKind,
  settings: Pick<Settings, 'templates'>,
  input: { contact: ContactRow | null; subject: string; now: number; article?: LibraryRow | null },
): Filled {
  const c = input.contact;
  return fillTemplate(templateText(kind, settings), {
    name: c?.name.trim().split(/\s+/)[0],
    subject: input.subject.replace(/^(re|fwd?|aw|wg)\s*:\s*/i, '').trim() || undefined,
    silentDays: c ? daysSince(c.silentSince, input.now) : undefined,
    article: input.article ? `${input.article.title} (${input.article.url})` : undefined,
  });
}

/** What the panel says once a template is in the compose box: the fields still to fill, if any. */
export function templateAddedMessage(filled: Pick<Filled, 'unfilled'>): string {
  return filled.unfilled.length
    ? `Template added. Fill in ${filled.unfilled.map((f) => `{${f}}`).join(', ')} before you send.`
    : 'Template added to the compose box. Undo brings your draft back.';
}
