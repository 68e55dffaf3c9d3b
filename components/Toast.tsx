import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isTextEntry, isUndoKey, undoKeyLabel } from '@/lib/toast';

const UNDO_KEYS = undoKeyLabel(navigator.platform);

/**
 * Where toasts appear: one live region that stays mounted, so a screen reader announces each new
 * toast put into it.
 */
export function ToastRegion(props: { children: ReactNode }) {
  return (
    <div className="toast-region" role="status" aria-live="polite" aria-atomic="true">
      {props.children}
    </div>
  );
}

/**
 * A one-line result of an action, with Undo when it can be undone. It goes away by itself after
 * `lifetime` ms (null: only when dismissed); while the pointer is on it or focus is in it, it
 * stays. Closed from its own buttons, focus goes back to where it was when the toast appeared.
 * Ctrl+Z (⌘Z) anywhere in the panel but a text field is its Undo, so the keyboard need not reach it.
 */
export function Toast(props: {
  message: string;
  error?: boolean;
  lifetime: number | null;
  onUndo?: () => void;
  onClose: () => void;
}) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // the control that acted, focused when the toast appeared
  const [origin] = useState(() => document.activeElement as HTMLElement | null);
  const box = useRef<HTMLDivElement>(null);
  const { lifetime, onClose } = props;
  useEffect(() => {
    if (lifetime === null || hovered || focused) return;
    const t = setTimeout(onClose, lifetime);
    return () => clearTimeout(t);
  }, [lifetime, hovered, focused, onClose]);
  /** Run `then`, first handing focus back if it is on the toast, which is about to go. */
  const leaving = (then: () => void) => () => {
    if (origin?.isConnected && box.current?.contains(document.activeElement)) origin.focus();
    then();
  };
  // the latest Undo, so the key listener is added once, not on every render of the panel
  const undoRef = useRef(props.onUndo);
  useEffect(() => {
    undoRef.current = props.onUndo;
  });
  const hasUndo = Boolean(props.onUndo);
  useEffect(() => {
    if (!hasUndo) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || !isUndoKey(e)) return;
      if (isTextEntry(e.target as HTMLElement | null)) return;
      e.preventDefault();
      if (origin?.isConnected && box.current?.contains(document.activeElement)) origin.focus();
      undoRef.current?.();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hasUndo, origin]);
  return (
    <div
      ref={box}
      className={`toast${props.error ? ' error' : ''}`}
      data-testid="toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        // moving between its own buttons keeps it held
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <span>
        {props.error && <strong>Error: </strong>}
        {props.message}
      </span>
      {props.onUndo && (
        <button
          type="button"
          onClick={leaving(props.onUndo)}
          data-testid="undo"
          title={`Undo (${UNDO_KEYS})`}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          Undo <kbd aria-hidden="true">{UNDO_KEYS}</kbd>
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={leaving(props.onClose)}>
        ×
      </button>
    </div>
  );
}
