import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CoachContext, RewriteResult } from '@/lib/coach';
import { modelState, onDeviceModel, type ModelState } from '@/lib/on-device/model';
import { smooth, type SmootherJob } from '@/lib/on-device/smooth';

/** How often to ask Chrome again whether its model is there. */
const RECHECK_MS = 30_000;

/**
 * The on-device smoother rewrite of the draft. `model` is 'ready' only when Chrome has already
 * downloaded its model; a new draft text drops whatever was asked for the old one.
 */
export function useSmoother(
  draft: string | null,
  base: RewriteResult | null,
  context: CoachContext,
): {
  model: ModelState | undefined;
  job: SmootherJob;
  start: () => void;
  cancel: () => void;
  discard: () => void;
} {
  const model = useMemo(() => onDeviceModel(globalThis), []);
  const [state, setState] = useState<ModelState>();
  useEffect(() => {
    let live = true;
    const look = () => void modelState(model).then((s) => live && setState(s));
    look();
    // a model Chrome is fetching (or may fetch for another page) becomes usable without a reload
    const timer = setInterval(look, RECHECK_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [model]);
  const [job, setJob] = useState<SmootherJob & { draft: string | null }>({ state: 'idle', draft });
  const running = useRef<AbortController | null>(null);
  // the draft changed: what was asked for the old one no longer fits, even if the draft comes back
  useEffect(
    () => () => {
      running.current?.abort();
      running.current = null;
      setJob({ state: 'idle', draft: null });
    },
    [draft],
  );
  const start = useCallback(() => {
    if (!model || draft === null || !base) return;
    running.current?.abort();
    const ctl = new AbortController();
    running.current = ctl;
    setJob({ state: 'working', draft });
    void smooth(model, draft, base, context, ctl.signal).then((outcome) => {
      if (running.current !== ctl) return;
      running.current = null;
      setJob({ state: 'done', outcome, draft });
    });
  }, [model, draft, base, context]);
  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setJob({ state: 'done', outcome: { kind: 'cancelled' }, draft });
  }, [draft]);
  const discard = useCallback(() => setJob({ state: 'idle', draft }), [draft]);
  return {
    model: state,
    job: job.draft === draft ? job : { state: 'idle' },
    start,
    cancel,
    discard,
  };
}
