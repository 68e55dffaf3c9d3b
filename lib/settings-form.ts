/** The options form's fields checked and turned into settings; a bad field is named, nothing saved. */
import { KIND_LABELS } from './silence/kind';
import { OPT_OUT_MAX, TEMPLATE_MAX, type Settings } from './settings';
import type { MessageKind } from './coach';

export interface SettingsFields {
  gaps: string;
  rest: string;
  countWeekends: boolean;
  notifications: boolean;
  optOutLine: string;
  /** The text in each template box (undefined: untouched, the built-in one is shown). */
  own: Partial<Record<MessageKind, string>>;
}

export type FormResult =
  { ok: true; settings: Settings } | { ok: false; field: string; error: string };

const KINDS = Object.keys(KIND_LABELS) as MessageKind[];

export function parseGaps(text: string): number[] | null {
  const parts = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  return parts.length > 0 &&
    parts.length <= 12 &&
    parts.every((n) => Number.isInteger(n) && n >= 1 && n <= 365)
    ? parts
    : null;
}

/**
 * Checks every field before anything is saved. Templates equal to the built-in text, or left
 * empty, are not stored (the built-in one is used).
 */
export function settingsFromFields(
  f: SettingsFields,
  builtIn: Readonly<Record<MessageKind, string>>,
): FormResult {
  const gaps = parseGaps(f.gaps);
  if (!gaps)
    return {
      ok: false,
      field: 'gaps',
      error: 'Gaps: 1 to 12 whole numbers of days, each between 1 and 365, e.g. "3, 7, 14, 30".',
    };
  const shrinks = gaps.findIndex((g, i) => i > 0 && g < gaps[i - 1]!);
  if (shrinks > 0)
    return {
      ok: false,
      field: 'gaps',
      error: `Days to wait: each at least as long as the one before (${gaps[shrinks]} after ${gaps[shrinks - 1]}), so a longer silence never brings the next follow-up sooner, e.g. "3, 7, 14, 30".`,
    };
  const rest = Number(f.rest);
  if (!f.rest.trim() || !Number.isInteger(rest) || rest < 1 || rest > 730)
    return { ok: false, field: 'rest', error: 'Rest: a whole number of days between 1 and 730.' };
  const last = gaps[gaps.length - 1]!;
  if (rest < last)
    return {
      ok: false,
      field: 'rest',
      error: `Leave them alone for: at least ${last} days, the last wait, or the pause after the last follow-up would be shorter than the wait before it.`,
    };
  if (f.optOutLine.length > OPT_OUT_MAX)
    return {
      ok: false,
      field: 'opt-out',
      error: `Opt-out line: at most ${OPT_OUT_MAX} characters (it has ${f.optOutLine.length}). Nothing was saved.`,
    };
  const templates: Partial<Record<MessageKind, string>> = {};
  for (const k of KINDS) {
    const t = f.own[k];
    if (t !== undefined && t.length > TEMPLATE_MAX)
      return {
        ok: false,
        field: `template-${k}`,
        error: `${KIND_LABELS[k].label} template: at most ${TEMPLATE_MAX} characters (it has ${t.length}). Nothing was saved.`,
      };
    if (t !== undefined && t.trim() && t !== builtIn[k]) templates[k] = t;
  }
  return {
    ok: true,
    settings: {
      cadence: { gapsDays: gaps, restDays: rest, countWeekends: f.countWeekends },
      notifications: f.notifications,
      optOutLine: f.optOutLine,
      templates,
    },
  };
}
