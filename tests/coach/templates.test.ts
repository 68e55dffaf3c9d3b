import { describe, expect, it } from 'vitest';
import { check, fillTemplate, templateFor, templates } from '../../lib/coach';
import type { MessageKind } from '../../lib/coach';

const KINDS = Object.keys(templates) as MessageKind[];
const input = {
  contact: { name: 'Ana Lima', silentDays: 21 },
  subject: 'the Q3 pilot',
  article: { title: 'How teams cut ramp time', url: 'https://example.com/ramp' },
  referrer: 'Mike Kincaid',
};

describe('templates', () => {
  it('has the five follow-up kinds and a first touch', () => {
    expect(KINDS.sort()).toEqual(['close', 'feedback', 'first', 'next-step', 'reference', 'value']);
  });

  it('fills {name}, {subject}, {silentDays} and {article} from the context', () => {
    const v = templateFor('value', input);
    expect(v.unfilled).toEqual([]);
    expect(v.text).toContain('Hi Ana,');
    expect(v.text).toContain('How teams cut ramp time (https://example.com/ramp)');
    expect(v.text).toContain('the Q3 pilot');
    expect(templateFor('feedback', input).text).toContain('21 days');
    expect(templateFor('reference', input).text).toContain('Mike Kincaid suggested');
  });

  it('reports fields it could not fill and leaves them visible', () => {
    const v = templateFor('value', {});
    expect(v.unfilled.sort()).toEqual(['article', 'name', 'subject']);
    expect(v.text).toContain('{name}');
    expect(fillTemplate('{a} and {a} and {b}', { a: 'x', b: '' })).toEqual({
      text: 'x and x and {b}',
      unfilled: ['b'],
    });
    expect(fillTemplate('{silentDays}', { silentDays: 0 }).text).toBe('0');
  });

  for (const kind of KINDS) {
    it(`${kind}: the filled template passes the coach`, () => {
      const { text } = templateFor(kind, input);
      const r = check(text, { kind, contact: input.contact });
      expect(r.flags.pushy).toBe(false);
      expect(r.flags.selfCentred).toBe(false);
      expect(r.flags.optOut).toBe(true);
      if (kind === 'first' || kind === 'value' || kind === 'reference')
        expect(r.flags.valueFirst).toBe(true);
      expect(r.score).toBeGreaterThanOrEqual(80);
    });
  }
});
