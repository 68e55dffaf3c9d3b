import { importBackup, parseBackup } from './backup';
import { lastSave, lastWebTab, noteDraft, notePanelTab, noteTab } from './current';
import { deleteArticle, restoreArticle, saveFromTab, setTags } from './library/store';
import type { CricketsDb } from './db';
import { parseMessage, type Message, type Reply } from './messages';
import type { CadenceSettings } from './silence/cadence';
import { merge, setUserStatus, snooze, unmerge } from './silence/contacts';
import { idsOf, ingestThread } from './silence/ingest';
import { latestThreadUrl } from './reminders';

export interface Sender {
  id?: string;
  tab?: { id?: number };
}

export interface RouterContext {
  db: CricketsDb;
  extensionId: string;
  now: () => number;
  cadence: () => Promise<CadenceSettings>;
  /** Show a conversation in a tab (the background reuses an open Gmail or LinkedIn tab). */
  openUrl?: (url: string) => Promise<void>;
  /** Run the article extraction script in a tab (scripting.executeScript); its result. */
  extract?: (tabId: number) => Promise<unknown>;
  /** Something changed that the badge and alarms depend on. */
  changed?: () => Promise<void>;
}

/**
 * The background's answer to a runtime message: validate it (schema and sender), then act.
 * A bad message gets a clear error and writes nothing.
 */
const QUIET = new Set<Message['type']>([
  'noThread',
  'openContact',
  'draftChanged',
  'saveArticle',
  'deleteArticle',
  'restoreArticle',
  'tagArticle',
  'panelOpened',
]);

export async function handleMessage(
  raw: unknown,
  sender: Sender,
  ctx: RouterContext,
): Promise<Reply> {
  const parsed = parseMessage(raw, sender, ctx.extensionId);
  if (!parsed.ok) return parsed;
  try {
    const reply = await act(parsed.message, sender, ctx);
    // Only changes to contacts move the badge and alarms.
    if (!QUIET.has(parsed.message.type)) await ctx.changed?.();
    return reply;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function act(message: Message, sender: Sender, ctx: RouterContext): Promise<Reply> {
  const { db } = ctx;
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'threadSeen': {
      const result = await ingestThread(db, message.thread, ctx.now(), await ctx.cadence());
      await noteTab(tabId, message.thread.channel, result.threadKey, ctx.now());
      return { ok: true, ...result };
    }
    case 'noThread':
      await noteTab(tabId, message.channel, null, ctx.now());
      return { ok: true };
    case 'draftChanged':
      await noteDraft(tabId, message.channel, message.text, ctx.now());
      return { ok: true };
    case 'openContact': {
      const url = await latestThreadUrl(db, message.contactId, await idsOf(db, message.contactId));
      if (!url) return { ok: false, error: 'No thread with this contact is known yet.' };
      await ctx.openUrl?.(url);
      return { ok: true, url };
    }
    case 'setStatus':
      return {
        ok: true,
        ...(await setUserStatus(db, message.contactId, message.status, await ctx.cadence())),
      };
    case 'snooze':
      return {
        ok: true,
        ...(await snooze(db, message.contactId, message.until, await ctx.cadence())),
      };
    case 'merge':
      await merge(db, message.from, message.into, ctx.now(), await ctx.cadence());
      return { ok: true };
    case 'unmerge':
      await unmerge(db, message.contactId, await ctx.cadence());
      return { ok: true };
    case 'panelOpened':
      if (tabId !== undefined) await notePanelTab(tabId);
      return { ok: true };
    case 'saveArticle': {
      const tab = await lastWebTab();
      const outcome =
        tab === null || !ctx.extract
          ? { ok: false as const, message: 'Open the article in a tab first, then Save.' }
          : await saveFromTab(db, tab, ctx.now(), ctx.extract);
      await lastSave.setValue({ ok: outcome.ok, message: outcome.message, at: ctx.now() });
      return outcome.ok
        ? { ok: true, message: outcome.message, url: outcome.article.url }
        : { ok: false, error: outcome.message };
    }
    case 'deleteArticle': {
      const removed = await deleteArticle(db, message.url);
      return removed
        ? { ok: true, article: removed }
        : { ok: false, error: 'That article was already deleted.' };
    }
    case 'restoreArticle':
      await restoreArticle(db, message.article);
      return { ok: true };
    case 'tagArticle':
      return { ok: true, tags: await setTags(db, message.url, message.tags) };
    case 'importBackup': {
      const parsed = parseBackup(message.text);
      if (!parsed.ok) return parsed;
      return { ok: true, report: await importBackup(db, parsed.backup, await ctx.cadence()) };
    }
  }
}
