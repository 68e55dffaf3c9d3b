import { describe, expect, it } from 'vitest';
import { sameConversationSite, threadHref, webHref } from '../lib/safe-url';

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

describe('threadHref: only Gmail or LinkedIn conversations are opened in a tab', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/1a1536edd6808eb5', true],
    ['https://www.linkedin.com/messaging/thread/2-abc/', true],
    ['http://mail.google.com/mail/u/0/', false],
    ['https://evil.example/mail.google.com', false],
    ['file:///etc/passwd', false],
    ['data:text/html,x', false],
    // session 20: a conversation's page, not any page of the site
    ['https://mail.google.com/mail/u/0/?tab=rm&ogbl#inbox/1a15', true],
    ['https://mail.google.com/mail/u/0/?logout', false],
    ['https://mail.google.com/mail/u/0/?logout#inbox/1a15', false],
    ['https://mail.google.com/accounts/x#inbox', false],
    ['https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/m/logout/', false],
  ])('%j → %s', (url, ok) => {
    expect(threadHref(url)).toBe(ok ? url : undefined);
  });
});

describe('sameConversationSite: which open tab may be moved to a conversation', () => {
  const GMAIL0 = 'https://mail.google.com/mail/u/0/#inbox';
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/1a1', GMAIL0, true],
    ['https://mail.google.com/mail/u/0/#inbox/1a1', 'https://mail.google.com/mail/#inbox', true],
    ['https://mail.google.com/mail/u/1/#inbox/1a1', GMAIL0, false], // another account
    ['https://www.linkedin.com/messaging/thread/2-a/', 'https://www.linkedin.com/feed/', true],
    ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/messaging/thread/2-a/', GMAIL0, false],
    ['https://mail.google.com/mail/u/0/#inbox/1a1', 'http://mail.google.com/mail/u/0/', false],
    ['javascript:alert(1)', GMAIL0, false],
    ['https://mail.google.com/mail/u/0/#inbox/1a1', 'not a url', false],
  ])('%j from %j → %s', (target, current, ok) => {
    expect(sameConversationSite(target, current)).toBe(ok);
  });
});
