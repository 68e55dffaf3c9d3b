import { describe, expect, it } from 'vitest';
import { webHref } from '../lib/safe-url';

describe('webHref: only web addresses become links', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['file:///etc/passwd', undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('%j → %j', (url, href) => {
    expect(webHref(url)).toBe(href);
  });
});
