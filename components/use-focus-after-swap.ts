import { useCallback, useRef } from 'react';

/**
 * When a click replaces its own button (Pause becomes "Make active again", Tag becomes the tag
 * box's Save), focus would fall to the page. `expect(key)` in the click handler marks which
 * replacement should take it; `take(key)` is the replacement's ref and focuses it once mounted.
 */
export function useFocusAfterSwap(): {
  expect: (key: string) => void;
  take: (key: string) => (el: HTMLElement | null) => void;
} {
  const wanted = useRef<string | null>(null);
  const expect = useCallback((key: string) => {
    wanted.current = key;
  }, []);
  const take = useCallback(
    (key: string) => (el: HTMLElement | null) => {
      if (!el || wanted.current !== key) return;
      wanted.current = null;
      // only when the focus was really lost with the clicked button, never taken from elsewhere
      const now = el.ownerDocument.activeElement;
      if (!now || now === el.ownerDocument.body) el.focus();
    },
    [],
  );
  return { expect, take };
}
