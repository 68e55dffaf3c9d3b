import { useCallback, useState } from 'react';
import type { Message } from '@/lib/messages';
import { toastShown } from '@/lib/toast';

/** What a toast says, and the action that undoes what it reports. */
export interface ToastInput {
  message: string;
  error?: boolean;
  undo?: Message;
}

export interface ToastState extends ToastInput {
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
    (t: ToastInput) => setToast({ ...t, id: ++seq, threadKey }),
    [threadKey],
  );
  const close = useCallback(() => setToast(null), []);
  return { toast: toast && toastShown(toast, threadKey) ? toast : null, show, close };
}
