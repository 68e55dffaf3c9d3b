/** The graceful way out the rewrite adds, the user's own or the default. */
import { isHeadLine } from '../body-end';
import { DEFAULT_OPT_OUT, TEAM_OPT_OUT, defaultOptOut } from '../rules/opt-out-missing';
import { fillTemplate } from '../templates';
import type { Edit } from './edit';
import type { Analysis, CoachContext, Finding } from '../types';

/** A greeting with the body on its own line: "Hey Jo, " (no line break after the comma). */
const R_GREETING_TAIL = /(?:^|\n)[^\n]*,[ \t]*$/;

/** The one question left when every sentence of a follow-up went: easy to answer either way. */
export const STILL_A_PRIORITY = 'Is this still a priority for you?';

/** The note on that question's change. */
export const NOTHING_LEFT =
  'Nothing but pressure was left to keep, so this asks one easy question.';

/**
 * The opt-out line to add: the user's own (its placeholders filled where known) or the default, in
 * the voice of `draft`.
 */
export function optOutLineOf(context: CoachContext, draft = ''): string {
  // (session 28) the default in the draft's voice: "tell us" when a team wrote it
  return ownOptOut(context)?.filled.text ?? defaultOptOut(draft);
}

/** The user's own opt-out line, as written and with its placeholders filled from the contact. */
function ownOptOut(
  context: CoachContext,
): { own: string; filled: ReturnType<typeof fillTemplate> } | undefined {
  const own = context.optOutLine?.trim();
  if (!own) return undefined;
  return { own, filled: fillTemplate(own, { name: context.contact?.name?.split(/\s+/)[0] }) };
}

export function optOutEdit(a: Analysis, f: Finding, context: CoachContext, emptied: boolean): Edit {
  let line = f.replacement ?? '';
  let note: string | undefined;
  const mine = ownOptOut(context);
  if (mine) {
    const { own, filled } = mine;
    line = line.replace(own, filled.text);
    if (filled.unfilled.length > 0)
      note = `Unfilled placeholder ${filled.unfilled.map((u) => `{${u}}`).join(', ')} in the opt-out line: fill it before sending.`;
  } else if (!line.includes(DEFAULT_OPT_OUT) && !line.includes(TEAM_OPT_OUT)) {
    line = line || DEFAULT_OPT_OUT;
  }
  if (emptied && a.sentences.every((s) => isHeadLine(s.text))) {
    // nothing of the draft was left: one honest question, so the reader has something to answer
    const sep = /^\s*/.exec(line)![0];
    line = `${sep}${STILL_A_PRIORITY} ${line.slice(sep.length)}`;
    note = [note, NOTHING_LEFT].filter(Boolean).join(' ');
  }
  // after a greeting on the same line ("Hey Jo, is this…"), the sentence starts in lower case
  if (f.start > 0 && a.sentences.length === 0 && R_GREETING_TAIL.test(a.text.slice(0, f.start)))
    line = line[0]!.toLowerCase() + line.slice(1);
  // Inserted right before the signature: keep a blank line between them.
  if (f.start === a.bodyEnd && a.bodyEnd < a.text.length) line += '\n\n';
  const e: Edit = { rule: f.rule, start: f.start, end: f.end, after: line, priority: 1 };
  if (note) e.note = note;
  return e;
}
