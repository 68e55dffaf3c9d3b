import * as z from 'zod/mini';
import { SavedArticleSchema } from './library/schema';
import { ChannelSchema, ThreadSchema } from './thread';

/**
 * Every message that crosses a context boundary, one zod schema each.
 * Receivers parse with `parseMessage`, which also checks the sender is this extension.
 */

/** Content script → background: this conversation is open in my tab. */
export const ThreadSeenSchema = z.object({ type: z.literal('threadSeen'), thread: ThreadSchema });
/** Content script → background: my tab shows no conversation (inbox, search, settings). */
export const NoThreadSchema = z.object({ type: z.literal('noThread'), channel: ChannelSchema });

/** Content script → background: the draft in my compose box now reads `text` (null: no box). */
export const DraftChangedSchema = z.object({
  type: z.literal('draftChanged'),
  channel: ChannelSchema,
  text: z.nullable(z.string().check(z.maxLength(100_000))),
});

const contactId = z.string().check(z.minLength(1), z.maxLength(400));

/** Panel → background: open the most recent thread with a contact. */
export const OpenContactSchema = z.object({ type: z.literal('openContact'), contactId });
/** Panel → background: pause, mark won or lost, or make active again. */
export const SetStatusSchema = z.object({
  type: z.literal('setStatus'),
  contactId,
  status: z.enum(['active', 'paused', 'won', 'lost']),
});
/** Panel → background: no follow-up before `until` (null: lift the snooze). */
export const SnoozeSchema = z.object({
  type: z.literal('snooze'),
  contactId,
  until: z.nullable(z.number().check(z.int(), z.nonnegative())),
});
/** Panel → background: `from` and `into` are one person. */
export const MergeSchema = z.object({ type: z.literal('merge'), from: contactId, into: contactId });
export const UnmergeSchema = z.object({ type: z.literal('unmerge'), contactId });
/** Panel/options → background: import a backup file's text (validated there, before any write). */
export const ImportBackupSchema = z.object({
  type: z.literal('importBackup'),
  text: z.string().check(z.maxLength(60_000_000)),
});

/** Panel → background: save the article in the most recently focused web page. */
export const SaveArticleSchema = z.object({ type: z.literal('saveArticle') });
const articleUrl = z.string().check(z.minLength(8), z.maxLength(4000));
export const DeleteArticleSchema = z.object({ type: z.literal('deleteArticle'), url: articleUrl });
/** Panel → background: undo a delete. */
export const RestoreArticleSchema = z.object({
  type: z.literal('restoreArticle'),
  article: z.extend(SavedArticleSchema, {
    tags: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(12)),
    updatedAt: z.number().check(z.int(), z.nonnegative()),
  }),
});
export const TagArticleSchema = z.object({
  type: z.literal('tagArticle'),
  url: articleUrl,
  tags: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(40)),
});
/** The panel page, opened as a tab, says so: that tab is never "the page to save". */
export const PanelOpenedSchema = z.object({ type: z.literal('panelOpened') });

export const MessageSchema = z.discriminatedUnion('type', [
  SaveArticleSchema,
  DeleteArticleSchema,
  RestoreArticleSchema,
  TagArticleSchema,
  PanelOpenedSchema,
  ThreadSeenSchema,
  NoThreadSchema,
  DraftChangedSchema,
  OpenContactSchema,
  SetStatusSchema,
  SnoozeSchema,
  MergeSchema,
  UnmergeSchema,
  ImportBackupSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type ThreadSeen = z.infer<typeof ThreadSeenSchema>;

/** Panel → content script (tabs.sendMessage): put this text in the compose box. Never sends. */
export const ApplyDraftSchema = z.object({
  type: z.literal('applyDraft'),
  text: z.string().check(z.maxLength(100_000)),
});
/** Background → content script: show this conversation in your tab (the user clicked it). */
export const ShowThreadSchema = z.object({
  type: z.literal('showThread'),
  url: z.string().check(z.minLength(8), z.maxLength(4000)),
});
export const ContentMessageSchema = z.discriminatedUnion('type', [
  ApplyDraftSchema,
  ShowThreadSchema,
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** The draft being written in the most recent compose box: stored in storage.session. */
export const CurrentDraftSchema = z.object({
  channel: ChannelSchema,
  tabId: z.optional(z.number()),
  text: z.string(),
  at: z.number(),
});
export type CurrentDraft = z.infer<typeof CurrentDraftSchema>;

/** What the current conversation is: stored in storage.session by the background. */
export const CurrentConversationSchema = z.object({
  channel: ChannelSchema,
  /** `<channel>:<thread id>` or null when the most recent tab shows no conversation. */
  threadKey: z.nullable(z.string()),
  tabId: z.optional(z.number()),
  at: z.number(),
});
export type CurrentConversation = z.infer<typeof CurrentConversationSchema>;

export type Reply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

export interface SenderInfo {
  id?: string;
}

/**
 * Parse a runtime message. Returns a clear error (never throws) when the sender is not this
 * extension or the message does not match its schema; nothing should be written then.
 */
export function parseMessage(
  raw: unknown,
  sender: SenderInfo,
  extensionId: string,
): { ok: true; message: Message } | { ok: false; error: string } {
  return parseWith(MessageSchema, raw, sender, extensionId);
}

/** The same, for messages a content script receives. */
export function parseContentMessage(
  raw: unknown,
  sender: SenderInfo,
  extensionId: string,
): { ok: true; message: ContentMessage } | { ok: false; error: string } {
  return parseWith(ContentMessageSchema, raw, sender, extensionId);
}

function parseWith<T>(
  schema: z.ZodMiniType<T>,
  raw: unknown,
  sender: SenderInfo,
  extensionId: string,
): { ok: true; message: T } | { ok: false; error: string } {
  if (sender.id !== extensionId)
    return { ok: false, error: 'Refused: message from another extension.' };
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      error: `Refused: malformed message${where}: ${issue?.message ?? 'invalid'}.`,
    };
  }
  return { ok: true, message: result.data };
}
