/**
 * Watches a single-page app (Gmail, LinkedIn) for the conversation it shows.
 *
 * Reads on start, then whenever something may have changed: `hashchange`, `popstate`, WXT's
 * `wxt:locationchange`, a change of `location.href` seen by cheap polling (apps that use
 * `history.pushState` fire no event), and DOM mutations. Every trigger only schedules a read:
 * reads are debounced (a burst of mutations causes one read after it settles, and a page that
 * never settles is still read at least every `maxWaitMs`). `onChange` is called on start and
 * then only when the key of what was read changes (null counts as a value of its own).
 */

export interface WatchOptions<T> {
  /** Quiet time after the last trigger before reading. Default 300 ms. */
  debounceMs?: number;
  /** Longest wait for a read while triggers keep coming. Default 4 × debounceMs. */
  maxWaitMs?: number;
  /** How often `location.href` is compared. Default 500 ms; 0 turns polling off. */
  pollMs?: number;
  /** Identity of a value: onChange runs only when it changes. Default: JSON of the value. */
  key?: (value: T) => string;
}

const NULL_KEY = '\u0000null';
const EVENTS = ['hashchange', 'popstate', 'wxt:locationchange'] as const;

/**
 * Starts watching and returns the function that stops it. `read` must not throw; if it does,
 * that read is ignored and the last value stands.
 */
export function watchConversation<T>(
  win: Window,
  read: () => T | null,
  onChange: (value: T | null) => void,
  opts: WatchOptions<T> = {},
): () => void {
  const debounceMs = opts.debounceMs ?? 300;
  const maxWaitMs = opts.maxWaitMs ?? debounceMs * 4;
  const pollMs = opts.pollMs ?? 500;
  const keyOf = (value: T | null): string =>
    value === null ? NULL_KEY : opts.key ? opts.key(value) : JSON.stringify(value);

  let stopped = false;
  let lastKey: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstTrigger = 0;
  let href = safeHref(win);

  const check = (): void => {
    timer = undefined;
    firstTrigger = 0;
    if (stopped) return;
    let value: T | null;
    let key: string;
    try {
      value = read();
      key = keyOf(value);
    } catch {
      return;
    }
    if (key === lastKey) return;
    lastKey = key;
    onChange(value);
  };

  const schedule = (): void => {
    if (stopped) return;
    const now = Date.now();
    if (firstTrigger === 0) firstTrigger = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstTrigger + maxWaitMs - now));
    timer = setTimeout(check, wait);
  };

  const onLocation = (): void => {
    href = safeHref(win);
    schedule();
  };
  for (const type of EVENTS) win.addEventListener(type, onLocation);

  const poll =
    pollMs > 0
      ? setInterval(() => {
          const now = safeHref(win);
          if (now !== href) {
            href = now;
            schedule();
          }
        }, pollMs)
      : undefined;

  const Observer = (win as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const target = win.document?.body ?? win.document?.documentElement;
  const observer = Observer && target ? new Observer(schedule) : undefined;
  observer?.observe(target as Node, { childList: true, subtree: true });

  check();

  return () => {
    if (stopped) return;
    stopped = true;
    for (const type of EVENTS) win.removeEventListener(type, onLocation);
    if (poll !== undefined) clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
    observer?.disconnect();
  };
}

function safeHref(win: Window): string {
  try {
    return win.location.href;
  } catch {
    return '';
  }
}
