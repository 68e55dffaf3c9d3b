import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings } from '@/lib/settings';

describe('normaliseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.cadence).toEqual({
      gapsDays: [3, 7, 14, 30],
      restDays: 90,
      countWeekends: true,
    });
  });

  it('keeps valid parts and repairs invalid ones, part by part', () => {
    const s = normaliseSettings({
      cadence: { gapsDays: [2, 5], restDays: 60, countWeekends: false },
      notifications: 'yes',
      optOutLine: 'No worries if not.',
    });
    expect(s).toEqual({
      cadence: { gapsDays: [2, 5], restDays: 60, countWeekends: false },
      notifications: true,
      optOutLine: 'No worries if not.',
      templates: {},
    });
    expect(
      normaliseSettings({ cadence: { gapsDays: [0], restDays: 5, countWeekends: true } }).cadence,
    ).toEqual(DEFAULT_SETTINGS.cadence);
  });
});
