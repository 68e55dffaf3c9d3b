import { useEffect, useState } from 'react';

/**
 * A one-line result of an action, with Undo when it can be undone. It goes away by itself after
 * `lifetime` ms (null: only when dismissed); hovering or focusing it holds it.
 */
export function Toast(props: {
  message: string;
  error?: boolean;
  lifetime: number | null;
  onUndo?: () => void;
  onClose: () => void;
}) {
  const [held, setHeld] = useState(false);
  const { lifetime, onClose } = props;
  useEffect(() => {
    if (lifetime === null || held) return;
    const t = setTimeout(onClose, lifetime);
    return () => clearTimeout(t);
  }, [lifetime, held, onClose]);
  return (
    <div
      className={`toast${props.error ? ' error' : ''}`}
      role={props.error ? 'alert' : 'status'}
      aria-live={props.error ? 'assertive' : 'polite'}
      data-testid="toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span>{props.message}</span>
      {props.onUndo && (
        <button type="button" onClick={props.onUndo} data-testid="undo">
          Undo
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}
