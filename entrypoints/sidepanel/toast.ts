import { useCallback, useState } from 'react';
import type { Message } from '@/lib/messages';
import { joinedUndo, toastShown } from '@/lib/toast';

/** What a toast says, and the action that undoes what it reports. */
export interface ToastInput {
  message: string;
  error?: boolean;
  undo?: Message;
  /** Actions of one batch join while Undo shows; `say` words the count ("2 articles deleted."). */
  batch?: { key: string; say: (count: number) => string };
}

export interface ToastState {
  message: string;
  error?: boolean;
  /** Undo sends these, in reverse order. */
  undo?: Message[];
  batch?: string;
  /** New for each toast, so its timer starts afresh. */
  id: number;
  threadKey: string | null;
}

let seq = 0;

/**
 * The panel's one toast. A toast raised in one conversation goes when another opens, unless it
 * offers Undo (lib/toast.ts).
 */
export function useToast(threadKey: string | null) {
  const [toast, setToast] = useState<ToastState | null>(null);
  if (toast && !toastShown(toast, threadKey)) setToast(null);
  const show = useCallback(
    (t: ToastInput) =>
      setToast((shown) => {
        const next = { undo: t.undo && [t.undo], batch: t.batch?.key };
        const undo = joinedUndo(shown && toastShown(shown, threadKey) ? shown : null, next);
        const joined = undo && undo.length > 1 && t.batch;
        return {
          message: joined ? t.batch!.say(undo.length) : t.message,
          ...(t.error ? { error: true } : {}),
          ...(undo ? { undo } : {}),
          ...(next.batch ? { batch: next.batch } : {}),
          id: ++seq,
          threadKey,
        };
      }),
    [threadKey],
  );
  const close = useCallback(() => setToast(null), []);
  return { toast: toast && toastShown(toast, threadKey) ? toast : null, show, close };
}
