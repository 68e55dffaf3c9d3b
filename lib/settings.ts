import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_CADENCE } from './silence/cadence';

/** Longest opt-out line and template kept (characters); the options page says so before saving. */
export const OPT_OUT_MAX = 300;
export const TEMPLATE_MAX = 5000;

/** The user's settings, edited in the options page. */
export const SettingsSchema = z.object({
  cadence: z.object({
    gapsDays: z
      .array(z.number().check(z.int(), z.gte(1), z.lte(365)))
      .check(z.minLength(1), z.maxLength(12)),
    restDays: z.number().check(z.int(), z.gte(1), z.lte(730)),
    countWeekends: z.boolean(),
  }),
  /** Desktop notifications when a follow-up falls due. */
  notifications: z.boolean(),
  /** The opt-out line the rewrite adds when a draft has none. */
  optOutLine: z.string().check(z.maxLength(OPT_OUT_MAX)),
  /** The user's own template per message kind; a missing one uses the built-in template. */
  templates: z.partialRecord(
    z.enum(['first', 'value', 'reference', 'feedback', 'close', 'next-step']),
    z.string().check(z.maxLength(TEMPLATE_MAX)),
  ),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  cadence: {
    gapsDays: [...DEFAULT_CADENCE.gapsDays],
    restDays: DEFAULT_CADENCE.restDays,
    countWeekends: DEFAULT_CADENCE.countWeekends,
  },
  notifications: true,
  optOutLine: "If the timing isn't right, just tell me and I'll close the loop.",
  templates: {},
};

/**
 * Settings in storage.local. `version` and `migrations` follow WXT's storage item versioning:
 * bump the version and add a migration when the shape changes; never edit a shipped one.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored, repaired: anything missing or invalid falls back to its default. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Partial<Record<keyof Settings, unknown>>;
  const part = <K extends keyof Settings>(key: K): Settings[K] => {
    const schema = SettingsSchema.shape[key];
    const parsed = schema.safeParse(r[key]);
    return (parsed.success ? parsed.data : DEFAULT_SETTINGS[key]) as Settings[K];
  };
  return {
    cadence: part('cadence'),
    notifications: part('notifications'),
    optOutLine: part('optOutLine'),
    templates: templatesOf(r.templates),
  };
}

const TEMPLATE = SettingsSchema.shape.templates;

/** The user's templates, repaired one by one: a bad entry falls back alone, the others are kept. */
function templatesOf(raw: unknown): Settings['templates'] {
  const whole = TEMPLATE.safeParse(raw);
  if (whole.success) return whole.data;
  const out: Settings['templates'] = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [k, v] of Object.entries(raw)) {
    const one = TEMPLATE.safeParse({ [k]: v });
    if (one.success) Object.assign(out, one.data);
  }
  return out;
}

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}
