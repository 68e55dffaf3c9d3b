/** Which tabs show Gmail or LinkedIn, and in what order a follow-up tries them. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentConversation, focusTab, forgetTab, noteTab, tabsShowing } from '@/lib/current';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tabsShowing', () => {
  it('lists the tabs of one channel, the most recently reported first', async () => {
    await noteTab(1, 'gmail', 'a', 100);
    await noteTab(2, 'linkedin', 'b', 200);
    await noteTab(3, 'gmail', null, 300);
    expect(await tabsShowing('gmail')).toEqual([3, 1]);
    expect(await tabsShowing('linkedin')).toEqual([2]);
  });

  it('a tab brought to the front comes first, and becomes the current conversation', async () => {
    await noteTab(1, 'gmail', 'a', 100);
    await noteTab(3, 'gmail', 'c', 300);
    await focusTab(1, 400);
    expect(await tabsShowing('gmail')).toEqual([1, 3]);
    expect(await currentConversation.getValue()).toMatchObject({ tabId: 1, threadKey: 'a' });
    // a tab we know nothing of changes nothing
    await focusTab(9, 500);
    expect(await tabsShowing('gmail')).toEqual([1, 3]);
    expect(await currentConversation.getValue()).toMatchObject({ tabId: 1 });
  });

  it('tabs reporting and focused in the same moment lose none of the others (writes are serial)', async () => {
    await noteTab(1, 'gmail', 'a', 100);
    await Promise.all([
      noteTab(2, 'gmail', 'b', 200),
      noteTab(3, 'gmail', 'c', 300),
      focusTab(1, 400),
      noteTab(4, 'linkedin', 'd', 500),
    ]);
    expect(await tabsShowing('gmail')).toEqual([1, 3, 2]);
    expect(await tabsShowing('linkedin')).toEqual([4]);
  });

  it('a closed tab is forgotten; a report without a tab is not listed', async () => {
    await noteTab(1, 'gmail', 'a', 100);
    await noteTab(undefined, 'gmail', 'x', 150);
    await noteTab(2, 'gmail', 'b', 200);
    await forgetTab(2);
    expect(await tabsShowing('gmail')).toEqual([1]);
  });
});
