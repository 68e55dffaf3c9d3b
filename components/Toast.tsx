/** A one-line result of an action, with Undo when it can be undone. */
export function Toast(props: {
  message: string;
  error?: boolean;
  onUndo?: () => void;
  onClose: () => void;
}) {
  return (
    <div
      className={`toast${props.error ? ' error' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="toast"
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
