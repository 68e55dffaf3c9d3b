import { describe, expect, it } from 'vitest';
import { undoState } from '@/lib/undo-draft';

describe('undoState', () => {
  const undo = { tabId: 7, text: 'Just checking in!!', applied: 'Hi Dana,\n\nOne idea for you.' };
  it.each([
    ['no Apply yet', null, { tabId: 7, text: 'x' }, 'none'],
    ['another tab', undo, { tabId: 8, text: undo.applied }, 'none'],
    ['no draft', undo, null, 'none'],
    ['the box holds what Apply wrote', undo, { tabId: 7, text: undo.applied }, 'ready'],
    [
      'the same words with the box own spacing',
      undo,
      { tabId: 7, text: 'Hi\u00a0Dana,\n\n\nOne idea for you. ' },
      'ready',
    ],
    ['the user typed after Apply', undo, { tabId: 7, text: `${undo.applied} My line.` }, 'edited'],
  ] as const)('%s', (_, u, draft, want) => {
    expect(undoState(u, draft)).toBe(want);
  });
});
