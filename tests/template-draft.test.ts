import { describe, expect, it } from 'vitest';
import { templates } from '@/lib/coach';
import type { ContactRow } from '@/lib/db';
import { normaliseSettings } from '@/lib/settings';
import { draftFromTemplate, templateAddedMessage, templateText } from '@/lib/template-draft';

const DAY = 86_400_000;
const now = new Date(2026, 10, 23, 12).getTime();
const dana = {
  id: 'dana@acme.com',
  name: 'Dana Whitfield',
  silentSince: now - 35 * DAY,
} as ContactRow;

describe('templates from settings', () => {
  it('uses the user’s own template, else the built-in one', () => {
    expect(templateText('feedback', { templates: {} })).toBe(templates.feedback);
    expect(
      templateText('feedback', { templates: { feedback: 'Hi {name}, one line of feedback?' } }),
    ).toBe('Hi {name}, one line of feedback?');
    expect(templateText('feedback', { templates: { feedback: '   ' } })).toBe(templates.feedback);
  });

  it('fills name, subject and silent days, and reports what it could not fill', () => {
    const own = {
      templates: { feedback: 'Hi {name}, about {subject} ({silentDays} days): {referrer}' },
    };
    const filled = draftFromTemplate('feedback', own, {
      contact: dana,
      subject: 'Re: Proposal for Acme',
      now,
    });
    expect(filled.text).toBe('Hi Dana, about Proposal for Acme (35 days): {referrer}');
    expect(filled.unfilled).toEqual(['referrer']);
    const built = draftFromTemplate(
      'value',
      { templates: {} },
      { contact: dana, subject: 'Audit', now },
    );
    expect(built.unfilled).toEqual(['article']);
  });

  it('keeps valid templates in settings and drops unknown kinds', () => {
    expect(normaliseSettings({ templates: { close: 'Bye {name}' } }).templates).toEqual({
      close: 'Bye {name}',
    });
    expect(normaliseSettings({ templates: { nonsense: 'x' } }).templates).toEqual({});
  });
});

describe('templateAddedMessage', () => {
  it('names the fields left to fill, or says Undo brings the draft back', () => {
    expect(templateAddedMessage({ unfilled: ['article', 'referrer'] })).toBe(
      'Template added. Fill in {article}, {referrer} before you send.',
    );
    expect(templateAddedMessage({ unfilled: [] })).toContain('Undo brings your draft back');
  });
});
