import { defineContentScript } from 'wxt/utils/define-content-script';
import { browserContentPorts, startContentSession } from '@/lib/content-session';
import { readGmailThread } from '@/lib/sources/gmail';
import { applyGmailDraft, readGmailDraft, watchDraft } from '@/lib/sources/gmail-compose';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = startContentSession(
      window,
      {
        channel: 'gmail',
        readThread: readGmailThread,
        readDraft: readGmailDraft,
        applyDraft: applyGmailDraft,
        watchDraft,
      },
      browserContentPorts(),
    );
    ctx.onInvalidated(stop);
  },
});
