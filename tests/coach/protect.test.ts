/** Protected tokens are found whole: a name inside a longer word does not count as kept. */
import { describe, expect, it } from 'vitest';
import { hasToken, keepsProtected } from '../../lib/coach/protect';

describe('hasToken', () => {
  it.each([
    ['Meet at 3pm', '3', true],
    ['our Q3 plan', '3', true],
    ['30 minutes', '3', false],
    ['about 130 seats', '30', false],
    ['SpO2 within 2%', 'SpO', true],
    ['Timeline attached', 'Tim', false],
    ['some time', 'tim', false],
    ['Thanks, Tim.', 'Tim', true],
    ["Tim's notes", 'Tim', true],
    ['Tim’s notes', 'Tim', true],
    ["we're ready", 're', false],
    ['re: your note', 're', true],
    ['McTim joined', 'Tim', false],
    ['see https://acme.com/a?b=1.', 'https://acme.com/a?b=1.', true],
    ['see https://acme.com/a', 'https://acme.com/a?b=1', false],
  ])('%j holds %j: %s', (text, t, want) => {
    expect(hasToken(text, t)).toBe(want);
  });
});

describe('keepsProtected', () => {
  it('does not take a name as kept when only a longer word holds it', () => {
    expect(
      keepsProtected('Did you see my note, Tim? Timeline attached.', 'Timeline attached.'),
    ).toBe(false);
    // a name that only opens sentences may lose its capital, but not inside another word
    expect(keepsProtected('Tim, any news? Thanks.', 'Any news since that time? Thanks.')).toBe(
      false,
    );
    expect(keepsProtected('Tim, any news? Thanks.', 'Any news, tim? Thanks.')).toBe(true);
  });
});
