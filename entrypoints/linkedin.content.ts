import { defineContentScript } from 'wxt/utils/define-content-script';
import { browserContentPorts, startContentSession } from '@/lib/content-session';
import { readLinkedInThread } from '@/lib/sources/linkedin';
import {
  applyLinkedInDraft,
  readLinkedInDraft,
  watchLinkedInDraft,
} from '@/lib/sources/linkedin-compose';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = startContentSession(
      window,
      {
        channel: 'linkedin',
        readThread: (doc, url) => readLinkedInThread(doc, url),
        readDraft: readLinkedInDraft,
        applyDraft: applyLinkedInDraft,
        watchDraft: watchLinkedInDraft,
      },
      browserContentPorts(),
    );
    ctx.onInvalidated(stop);
  },
});
