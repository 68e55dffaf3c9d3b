import type { ReactNode } from 'react';

/**
 * A result line ("Saved.", "Import failed: …") in live regions that stay mounted, so a screen
 * reader announces each new message put into them: a success politely, an error at once. A region
 * created together with its text is often not announced.
 */
export function StatusLine(props: {
  status: { ok: boolean; message: string } | null;
  testId?: string;
  /** More after the message (a button that fixes the error). */
  children?: ReactNode;
}) {
  const { status } = props;
  const line = (ok: boolean) =>
    status &&
    status.ok === ok && (
      <p data-testid={props.testId} className={ok ? '' : 'error-text'}>
        {status.message}
        {props.children}
      </p>
    );
  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true">
        {line(true)}
      </div>
      <div role="alert" aria-atomic="true">
        {line(false)}
      </div>
    </>
  );
}
