/**
 * Chrome's built-in on-device model (the Prompt API, `LanguageModel`, in extension pages since
 * Chrome 138). Crickets only uses a model Chrome has already downloaded: `create()` is called only
 * when `availability()` says 'available', because on any other answer it would start a download of
 * several gigabytes, which is a network call the user did not ask Crickets to make.
 *
 * The global is passed in (`scope`), so tests and the browser tests can put a stand-in there.
 */

/** The options both calls take: English text in, English text out. */
export const MODEL_OPTIONS = {
  expectedInputs: [{ type: 'text', languages: ['en'] }],
  expectedOutputs: [{ type: 'text', languages: ['en'] }],
} as const;

type Options = typeof MODEL_OPTIONS;

/** The part of a Prompt API session Crickets uses. */
export interface ModelSession {
  prompt(input: string, options?: { signal?: AbortSignal }): Promise<unknown>;
  destroy(): void;
}

/** The part of the `LanguageModel` global Crickets uses. */
export interface OnDeviceModel {
  availability(options: Options): Promise<unknown>;
  create(
    options: Options & {
      initialPrompts: { role: 'system'; content: string }[];
      signal?: AbortSignal;
    },
  ): Promise<ModelSession>;
}

/**
 * 'ready': downloaded and usable now; 'not-downloaded': this device could run it but Chrome has not
 * downloaded it; 'downloading': Chrome is downloading it (for whatever asked); 'none': no model here
 * (another browser, an older Chrome, a device too small, or the API answered something unexpected).
 */
export type ModelState = 'ready' | 'not-downloaded' | 'downloading' | 'none';

/** The model global in `scope`, when it has the shape Crickets needs. */
export function onDeviceModel(scope: object): OnDeviceModel | null {
  const m = (scope as { LanguageModel?: unknown }).LanguageModel;
  if (!m || (typeof m !== 'object' && typeof m !== 'function')) return null;
  const { availability, create } = m as Record<string, unknown>;
  return typeof availability === 'function' && typeof create === 'function'
    ? (m as OnDeviceModel)
    : null;
}

/** Whether the model can be used now. Never throws, never starts a download. */
export async function modelState(model: OnDeviceModel | null): Promise<ModelState> {
  if (!model) return 'none';
  try {
    const a = await model.availability(MODEL_OPTIONS);
    if (a === 'available') return 'ready';
    // 'after-download' is what older builds said for 'downloadable'
    if (a === 'downloadable' || a === 'after-download') return 'not-downloaded';
    if (a === 'downloading') return 'downloading';
    return 'none';
  } catch {
    return 'none';
  }
}
