// @vitest-environment happy-dom
/**
 * The toast's timer, holds and keys, and the panel hook that decides which toast shows, rendered
 * with React in a simulated DOM (the Chromium tests show the same in the real panel).
 */
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toast } from '../../components/Toast';
import { useToast } from '../../entrypoints/sidepanel/toast';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Let `ms` of the clock pass. */
const pass = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

const toast = (props: Partial<Parameters<typeof Toast>[0]> = {}) => {
  const onClose = vi.fn();
  render(
    <>
      <input aria-label="search" type="search" />
      <button type="button">Pause</button>
      <Toast message="Done." lifetime={6_000} onClose={onClose} {...props} />
    </>,
  );
  return { onClose };
};

describe('Toast', () => {
  it('closes itself once its lifetime has run, not before', () => {
    const { onClose } = toast();
    pass(5_999);
    expect(onClose).not.toHaveBeenCalled();
    pass(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('with no lifetime (an error) it stays until dismissed', () => {
    const { onClose } = toast({ lifetime: null, error: true });
    pass(600_000);
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByTestId('toast').textContent).toContain('Error: Done.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('holds while hovered and starts a fresh timer when the pointer leaves', () => {
    const { onClose } = toast();
    const box = screen.getByTestId('toast');
    pass(5_000);
    fireEvent.mouseEnter(box);
    pass(60_000);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.mouseLeave(box);
    pass(5_999);
    expect(onClose).not.toHaveBeenCalled();
    pass(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('holds while focus is inside it, also when focus moves between its own buttons', () => {
    const onUndo = vi.fn();
    const { onClose } = toast({ onUndo, lifetime: 20_000 });
    const undo = screen.getByTestId('undo');
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    fireEvent.focus(undo);
    pass(60_000);
    fireEvent.blur(undo, { relatedTarget: dismiss });
    fireEvent.focus(dismiss);
    pass(60_000);
    expect(onClose).not.toHaveBeenCalled();
    // hover and focus are held apart: the pointer leaving does not release a focused toast
    fireEvent.mouseEnter(screen.getByTestId('toast'));
    fireEvent.mouseLeave(screen.getByTestId('toast'));
    pass(60_000);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.blur(dismiss, { relatedTarget: null });
    pass(20_000);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('Ctrl+Z outside a text field is its Undo; inside one it is not; without Undo it does nothing', () => {
    const onUndo = vi.fn();
    toast({ onUndo, lifetime: 20_000 });
    fireEvent.keyDown(screen.getByLabelText('search'), { key: 'z', ctrlKey: true });
    expect(onUndo).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Pause' }), { key: 'z', metaKey: true });
    expect(onUndo).toHaveBeenCalledTimes(1);
    // held down, the key repeats: one undo only
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true, repeat: true });
    expect(onUndo).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('undo').getAttribute('aria-keyshortcuts')).toBe('Control+Z Meta+Z');
  });

  it('a toast without Undo leaves Ctrl+Z to the page', () => {
    toast();
    const e = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, cancelable: true });
    document.body.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
  });

  it('closed from its own button, it gives focus back to the control that acted', () => {
    const pause = () => screen.getByRole('button', { name: 'Pause' });
    render(<button type="button">Pause</button>);
    pause().focus();
    const onClose = vi.fn();
    render(<Toast message="Paused." lifetime={6_000} onClose={onClose} />);
    const dismiss = screen.getByRole('button', { name: 'Dismiss' });
    dismiss.focus();
    fireEvent.click(dismiss);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(pause());
  });
});

describe('useToast: the panel keeps one toast, tied to the conversation it was raised in', () => {
  it('a result goes when another conversation opens; an Undo follows the user', () => {
    const { result, rerender } = renderHook(({ key }) => useToast(key), {
      initialProps: { key: 'thread-a' as string | null },
    });
    act(() => result.current.show({ message: 'Rewrite applied.' }));
    expect(result.current.toast?.message).toBe('Rewrite applied.');
    rerender({ key: 'thread-b' });
    expect(result.current.toast).toBeNull();
    // and it does not come back with the first conversation
    rerender({ key: 'thread-a' });
    expect(result.current.toast).toBeNull();

    act(() =>
      result.current.show({ message: 'Snoozed Dana.', undo: { type: 'unmerge' } as never }),
    );
    rerender({ key: 'thread-b' });
    expect(result.current.toast?.message).toBe('Snoozed Dana.');
    act(() => result.current.close());
    expect(result.current.toast).toBeNull();
  });

  it('deletes in a row join one Undo while it shows; anything else starts afresh', () => {
    const { result } = renderHook(() => useToast('t'));
    const del = (url: string) =>
      act(() =>
        result.current.show({
          message: 'Article deleted.',
          undo: { type: 'deleteArticle', url } as never,
          batch: { key: 'delete', say: (n) => `${n} articles deleted.` },
        }),
      );
    del('a');
    expect(result.current.toast).toMatchObject({
      message: 'Article deleted.',
      undo: [{ url: 'a' }],
    });
    del('b');
    del('c');
    expect(result.current.toast).toMatchObject({
      message: '3 articles deleted.',
      undo: [{ url: 'a' }, { url: 'b' }, { url: 'c' }],
    });
    // once the toast has gone, the next delete is on its own
    act(() => result.current.close());
    del('d');
    expect(result.current.toast).toMatchObject({
      message: 'Article deleted.',
      undo: [{ url: 'd' }],
    });
    // another kind of toast in between breaks the batch
    act(() => result.current.show({ message: 'Saved.' }));
    del('e');
    expect(result.current.toast?.undo).toHaveLength(1);
  });

  it('each toast gets a new id, so the same words shown twice start a fresh timer', () => {
    const { result } = renderHook(() => useToast(null));
    act(() => result.current.show({ message: 'Saved.' }));
    const first = result.current.toast!.id;
    act(() => result.current.show({ message: 'Saved.' }));
    expect(result.current.toast!.id).not.toBe(first);
  });
});
