import { noteTab } from './current';
import type { CricketsDb } from './db';
import { parseMessage, type Reply } from './messages';
import { ingestThread } from './silence/ingest';

export interface Sender {
  id?: string;
  tab?: { id?: number };
}

/**
 * The background's answer to a runtime message: validate it (schema and sender), then act.
 * A bad message gets a clear error and writes nothing.
 */
export async function handleMessage(
  raw: unknown,
  sender: Sender,
  ctx: { db: CricketsDb; extensionId: string; now: () => number },
): Promise<Reply> {
  const parsed = parseMessage(raw, sender, ctx.extensionId);
  if (!parsed.ok) return parsed;
  const message = parsed.message;
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'threadSeen': {
      const result = await ingestThread(ctx.db, message.thread, ctx.now());
      await noteTab(tabId, message.thread.channel, result.threadKey, ctx.now());
      return { ok: true, ...result };
    }
    case 'noThread':
      await noteTab(tabId, message.channel, null, ctx.now());
      return { ok: true };
  }
}
