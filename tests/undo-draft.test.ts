import { describe, expect, it } from 'vitest';
import { readBack, undoState } from '@/lib/undo-draft';

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
    [
      'zero-width characters the draft reader drops',
      { ...undo, applied: 'Hi Dana,\u200b one idea 👩\u200d💻.' },
      { tabId: 7, text: 'Hi Dana, one idea 👩💻.' },
      'ready',
    ],
    ['the box change not arrived yet', undo, { tabId: 7, text: undo.text }, 'ready'],
  ] as const)('%s', (_, u, draft, want) => {
    expect(undoState(u, draft)).toBe(want);
  });
});

describe('readBack', () => {
  it('takes the text the content script read back, else what was sent', () => {
    expect(readBack({ ok: true, text: 'Hi Dana' }, 'Hi  Dana')).toBe('Hi Dana');
    expect(readBack({ ok: true }, 'Hi Dana')).toBe('Hi Dana');
    expect(readBack({ ok: false }, 'Hi Dana')).toBe('Hi Dana');
  });
});
