import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_CADENCE } from './silence/cadence';

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
  optOutLine: z.string().check(z.maxLength(300)),
  /** The user's own template per message kind; a missing one uses the built-in template. */
  templates: z.partialRecord(
    z.enum(['first', 'value', 'reference', 'feedback', 'close', 'next-step']),
    z.string().check(z.maxLength(5000)),
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
    templates: part('templates'),
  };
}

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}
