// Writes lib/coach/needs.ts: for every gated pattern, the words its source cannot match without
// (lib/coach/prefilter.ts reads them from the regex), so a pattern is tried only in sentences
// that hold them. Read from the sources here rather than when the extension loads, where it
// would cost a fifth of a second. Run after changing a pattern: npm run needs
// (tests/coach/needs.test.ts fails while needs.ts is stale).
import { writeFileSync } from 'node:fs';
import { formattedNeedsFile } from '../lib/coach/needs-file';

const path = new URL('../lib/coach/needs.ts', import.meta.url);
writeFileSync(path, await formattedNeedsFile(path.pathname));
console.log('wrote lib/coach/needs.ts');
