import { describe, expect, it } from 'vitest';
import { analyseDraft } from '../../lib/coach/check';
import { BLUNT_COST, WARM_CREDIT, warmth } from '../../lib/coach/politeness';

const w = (text: string): number => warmth(analyseDraft(text));

// Each row: a marker on its own, in a request that holds no other marker, and its weight.
const TABLE: [string, string, number][] = [
  ['greeting word', 'Hi Sam,\n\nthe draft is attached.', WARM_CREDIT],
  ['bare name is no greeting', 'Sam,\n\nthe draft is attached.', 0],
  ['please inside the request', 'Can you look at the draft, please?', WARM_CREDIT],
  ['please opening the request', 'Please look at the draft.', 0],
  ['offer of help', 'I can help with the draft.', WARM_CREDIT],
  ['positive word', 'The draft is interesting.', WARM_CREDIT],
  ['gratitude', 'Thanks for the draft.', WARM_CREDIT],
  ['why, anywhere', 'I do not see why the draft changed.', -BLUNT_COST],
  ['opening on so', 'So the draft is late.', -BLUNT_COST],
  ['so inside a sentence', 'The draft is late, so it waits.', 0],
  ['opening on you', 'You changed the draft.', -BLUNT_COST],
  ['you inside a sentence', 'The draft you changed is here.', 0],
  ['two questions', 'Is the draft late? Is it done?', -BLUNT_COST],
  ['one question', 'Is the draft late?', 0],
  ['command opening', 'Send the draft.', -BLUNT_COST],
  ['factuality', 'The draft is actually late.', -BLUNT_COST],
];

describe('warmth markers (ranking score only)', () => {
  it.each(TABLE)('%s', (_name, text, expected) => {
    expect(w(text)).toBe(expected);
  });

  it('counts each marker type once', () => {
    expect(w('Thanks. Thanks again. Many thanks.')).toBe(WARM_CREDIT);
  });

  it('adds markers of different types', () => {
    // greeting, "could you", help, please, thanks
    expect(w('Hi Ana,\n\ncould you help with the draft, please? Thanks!')).toBe(5 * WARM_CREDIT);
  });
});
