import { describe, expect, it } from 'vitest';
import { templates } from '@/lib/coach';
import { DEFAULT_SETTINGS, normaliseSettings, OPT_OUT_MAX, TEMPLATE_MAX } from '@/lib/settings';
import { settingsFromFields } from '@/lib/settings-form';
import { effectiveCadence } from '@/lib/silence/cadence';

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

describe('normaliseSettings templates (session 17)', () => {
  it('drops only the broken template and keeps the others', () => {
    const s = normaliseSettings({
      templates: {
        first: 'Hi {name}, one idea for you.',
        close: 'x'.repeat(TEMPLATE_MAX + 1),
        bogus: 'y',
      },
    });
    expect(s.templates).toEqual({ first: 'Hi {name}, one idea for you.' });
  });
});

describe('settingsFromFields', () => {
  const builtIn = templates;
  const fields = {
    gaps: '3, 7, 14',
    rest: '60',
    countWeekends: true,
    notifications: false,
    optOutLine: 'No worries if not.',
    own: {},
  };

  it('turns valid fields into settings, storing only changed, non-empty templates', () => {
    const r = settingsFromFields(
      { ...fields, own: { first: 'Hi {name}.', value: '', close: builtIn.close } },
      builtIn,
    );
    expect(r).toEqual({
      ok: true,
      settings: {
        cadence: { gapsDays: [3, 7, 14], restDays: 60, countWeekends: true },
        notifications: false,
        optOutLine: 'No worries if not.',
        templates: { first: 'Hi {name}.' },
      },
    });
  });

  it.each([
    [{ gaps: '0, 3' }, 'gaps'],
    [{ gaps: '' }, 'gaps'],
    [{ rest: '' }, 'rest'],
    [{ rest: '2.5' }, 'rest'],
    // session 19: settings the cadence would quietly change are refused, not "Saved"
    [{ gaps: '7, 3' }, 'gaps'],
    [{ gaps: '3, 7, 14', rest: '10' }, 'rest'],
    [{ optOutLine: 'z'.repeat(OPT_OUT_MAX + 1) }, 'opt-out'],
    [{ own: { feedback: 'w'.repeat(TEMPLATE_MAX + 1) } }, 'template-feedback'],
  ])('refuses %j, naming the field %s', (change, field) => {
    const r = settingsFromFields({ ...fields, ...change }, builtIn);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe(field);
      expect(r.error.length).toBeGreaterThan(10);
    }
  });

  it('older saved values that shrink, shown as the cadence runs them, save without an error', () => {
    const runs = effectiveCadence({ gapsDays: [7, 3], restDays: 5, countWeekends: true });
    const r = settingsFromFields(
      { ...fields, gaps: runs.gaps.join(', '), rest: String(runs.rest) },
      builtIn,
    );
    expect(r).toMatchObject({ ok: true, settings: { cadence: { gapsDays: [7, 7], restDays: 7 } } });
  });

  it('a gap may equal the one before, and the rest the last gap', () => {
    expect(settingsFromFields({ ...fields, gaps: '3, 3, 14', rest: '14' }, builtIn).ok).toBe(true);
    const r = settingsFromFields({ ...fields, gaps: '3, 14, 7' }, builtIn);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('7 after 14') });
  });

  it('names the template and its length when it is too long', () => {
    const r = settingsFromFields({ ...fields, own: { close: 'q'.repeat(6000) } }, builtIn);
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining('6000') });
  });
});
