import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CoachContext, RewriteResult } from '@/lib/coach';
import { modelState, onDeviceModel, type ModelState } from '@/lib/on-device/model';
import { chosenBase, smooth, type SmootherJob } from '@/lib/on-device/smooth';

/** How often to ask Chrome again whether its model is there. */
const RECHECK_MS = 30_000;

/**
 * The on-device smoother rewrite of the draft. `model` is 'ready' only when Chrome has already
 * downloaded its model. The model smooths the text Apply would write with the changes the user
 * left ticked (told through `choose`; until then, the one-click rewrite as it is). A new draft,
 * or a new choice of changes, drops whatever was asked for the old one.
 */
export function useSmoother(
  draft: string | null,
  rewritten: RewriteResult | null,
  context: CoachContext,
): {
  model: ModelState | undefined;
  /** What the model is asked to smooth, scored: what its answer is judged against. */
  base: RewriteResult | null;
  job: SmootherJob;
  /** The text Apply would write with the ticked changes, for the current draft. */
  choose: (text: string) => void;
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
  const [choice, setChoice] = useState<{ draft: string | null; text: string } | null>(null);
  const choose = useCallback(
    (text: string) =>
      setChoice((c) => (c?.draft === draft && c.text === text ? c : { draft, text })),
    [draft],
  );
  const chosen = choice?.draft === draft ? choice.text : null;
  const base = useMemo(
    () => rewritten && chosenBase(rewritten, chosen ?? rewritten.text, context),
    [rewritten, chosen, context],
  );
  // a job belongs to one draft and one choice of changes
  const key = draft === null || !base ? null : `${draft}\u0000${base.text}`;
  const [job, setJob] = useState<SmootherJob & { key: string | null }>({ state: 'idle', key });
  const running = useRef<AbortController | null>(null);
  // what was asked for an old draft or choice no longer fits, even if that draft comes back
  useEffect(
    () => () => {
      running.current?.abort();
      running.current = null;
      setJob({ state: 'idle', key: null });
    },
    [key],
  );
  const start = useCallback(() => {
    if (!model || draft === null || !base) return;
    running.current?.abort();
    const ctl = new AbortController();
    running.current = ctl;
    setJob({ state: 'working', key });
    void smooth(model, draft, base, context, ctl.signal).then((outcome) => {
      if (running.current !== ctl) return;
      running.current = null;
      setJob({ state: 'done', outcome, key });
    });
  }, [model, draft, base, context, key]);
  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setJob({ state: 'done', outcome: { kind: 'cancelled' }, key });
  }, [key]);
  const discard = useCallback(() => setJob({ state: 'idle', key }), [key]);
  return {
    model: state,
    base,
    choose,
    job: job.key === key && key !== null ? job : { state: 'idle' },
    start,
    cancel,
    discard,
  };
}
