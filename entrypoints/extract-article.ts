import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/lib/library/extract';

// Injected into one tab only, when the user saves it (activeTab + scripting). It reads a clone of
// the page with Readability and returns plain text; the background validates what comes back.
export default defineUnlistedScript(() => extractArticle(document, location.href, Date.now()));
