import { describe, expect, it } from 'vitest';
import { check, penalties, pushiness, PUSHY_THRESHOLD, rulesById } from '../../lib/coach';

const PUSHY =
  "Hi James,\n\nJust checking in on my last email. Our offer expires on Friday, so please sign by then or we'll release your spot. I need you to confirm ASAP!!\n\nBest,\nAnna";
const GOOD =
  "Hi Sarah,\n\nI read your interview about cutting returns. One client cut returns by 18% with fit notes; the case study is here: https://example.com/fit-notes\n\nWould the checklist they used be useful? If the timing isn't right, just tell me and I'll close the loop.\n\nBest,\nTom";

describe('check()', () => {
  it('returns exactly the contract object', () => {
    const r = check(GOOD);
    expect(Object.keys(r).sort()).toEqual(['findings', 'flags', 'score', 'stats']);
    expect(Object.keys(r.flags).sort()).toEqual([
      'clearAsk',
      'optOut',
      'pushy',
      'selfCentred',
      'valueFirst',
    ]);
    for (const v of Object.values(r.flags)) expect(typeof v).toBe('boolean');
    expect(r.stats).toMatchObject({
      words: expect.any(Number),
      questions: 1,
      readingGrade: expect.any(Number),
    });
    for (const f of r.findings) {
      expect(
        Object.keys(f).every((k) =>
          ['rule', 'category', 'start', 'end', 'message', 'replacement'].includes(k),
        ),
      ).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('passes a good follow-up', () => {
    const r = check(GOOD);
    expect(r.flags).toEqual({
      pushy: false,
      selfCentred: false,
      valueFirst: true,
      optOut: true,
      clearAsk: true,
    });
    expect(r.score).toBeGreaterThanOrEqual(90);
  });

  it('flags a pushy one, with every tactic explained', () => {
    const r = check(PUSHY);
    expect(r.flags.pushy).toBe(true);
    expect(r.flags.optOut).toBe(false);
    expect(r.flags.valueFirst).toBe(false);
    const rules = new Set(r.findings.map((f) => f.rule));
    for (const id of [
      'empty-bump',
      'expiring-offer',
      'deadline-pressure',
      'demand',
      'urgency-words',
      'shouting',
    ])
      expect(rules).toContain(id);
    expect(r.score).toBeLessThan(30);
  });

  it('derives the score from the findings: 100 minus the penalties', () => {
    for (const text of [
      PUSHY,
      GOOD,
      'Thoughts?',
      'We are the #1 award-winning platform. We are the best.',
    ]) {
      const r = check(text);
      const points = penalties(r.findings).reduce((s, p) => s + p.points, 0);
      expect(r.score).toBe(Math.max(0, Math.min(100, Math.round(100 - points))));
    }
  });

  it('caps a rule at twice its weight however often it fires', () => {
    const r = check('ASAP. ASAP. ASAP. ASAP. ASAP.');
    const p = penalties(r.findings).find((x) => x.rule === 'urgency-words')!;
    expect(p.count).toBe(5);
    expect(p.points).toBe(2 * rulesById.get('urgency-words')!.weight);
  });

  it('gives ranges inside the text, sorted', () => {
    const r = check(PUSHY);
    let last = 0;
    for (const f of r.findings) {
      expect(f.start).toBeGreaterThanOrEqual(last);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(PUSHY.length);
      last = f.start;
    }
  });

  it('never flags the signature or quoted history', () => {
    const text =
      "Here's the guide: https://example.com/g. Worth a look? If not, no worries.\n\nOn Tue, Jan 7, 2025 at 9:00 AM Bob <b@x.io> wrote:\n> Reply ASAP or we'll cancel!!! I NEED THIS TODAY.\n> Just checking in.";
    const r = check(text);
    expect(r.flags.pushy).toBe(false);
    const cut = text.indexOf('On Tue');
    for (const f of r.findings) expect(f.start).toBeLessThanOrEqual(cut);
  });

  it('adapts length checks to the channel and kind', () => {
    const long = Array.from({ length: 18 }, () => 'Here is one more useful sentence for you.').join(
      ' ',
    );
    expect(check(long).findings.some((f) => f.rule === 'word-count')).toBe(true);
    expect(
      check(long, { channel: 'linkedin' }).findings.some((f) => f.rule === 'linkedin-length'),
    ).toBe(true);
    expect(check(long, { channel: 'linkedin' }).findings.some((f) => f.rule === 'word-count')).toBe(
      false,
    );
    const sixty = Array.from({ length: 12 }, () => 'Here are five more words.').join(' ');
    expect(check(sixty, { kind: 'first' }).findings.some((f) => f.rule === 'word-count')).toBe(
      true,
    );
    expect(check(sixty, { kind: 'value' }).findings.some((f) => f.rule === 'word-count')).toBe(
      false,
    );
  });

  it('uses the silence state', () => {
    const now = Date.UTC(2025, 0, 15);
    const ids = (ctx: Parameters<typeof check>[1]) =>
      check("Here's the guide. Useful?", { now, ...ctx }).findings.map((f) => f.rule);
    expect(ids({ contact: { optedOut: true } })).toContain('opted-out');
    expect(ids({ contact: { awayUntil: now + 86_400_000 } })).toContain('away');
    expect(ids({ contact: { streak: 2, daysSinceLastTouch: 2 } })).toContain('too-soon');
    expect(ids({ contact: { streak: 3, daysSinceLastTouch: 20 } })).toContain('long-silence');
    expect(ids({ contact: { streak: 3, daysSinceLastTouch: 20 }, kind: 'feedback' })).not.toContain(
      'long-silence',
    );
    expect(ids({ contact: { streak: 5, daysSinceLastTouch: 40 } })).toContain('rest-period');
    expect(ids({})).toEqual(
      expect.not.arrayContaining(['opted-out', 'away', 'too-soon', 'long-silence', 'rest-period']),
    );
  });

  it('ranks pushiness: warm below neutral below pushy', () => {
    const warm = pushiness(
      'Hi! I hope your week is going well. Would you consider $115? Thanks so much for your time.',
    );
    const neutral = pushiness('I can offer $115 for the phone.');
    const pushy = pushiness('$115 is my final offer. Take it or leave it, and reply ASAP.');
    expect(warm).toBeLessThan(neutral);
    expect(neutral).toBeLessThan(pushy);
    expect(pushy).toBeGreaterThanOrEqual(PUSHY_THRESHOLD);
  });

  // session 26: a draft pasted from a document, or typed in a rich editor, has no-break spaces
  // between words; the perturbation sweep lost 86% of flagged dev drafts to them
  it('reads no-break and thin spaces as spaces, with the same findings at the same offsets', () => {
    for (const odd of ['\u00a0', '\u202f', '\u2009']) {
      const text = PUSHY.replace(/ /g, odd);
      const r = check(text);
      const plain = check(PUSHY);
      expect(r.flags).toEqual(plain.flags);
      expect(r.findings.map((f) => [f.rule, f.start, f.end])).toEqual(
        plain.findings.map((f) => [f.rule, f.start, f.end]),
      );
    }
  });

  it('never throws on odd input', () => {
    for (const t of [
      '',
      ' ',
      '\n\n\n',
      '?!?!',
      '>>>',
      '-- ',
      'Hi,',
      '\u0000\uFFFF',
      'İİİ. ÇA!',
      '😀😀 😀?',
      'a'.repeat(10_000),
    ])
      expect(() => check(t)).not.toThrow();
    expect(() => check(undefined as unknown as string)).not.toThrow();
    expect(check('').score).toBeGreaterThanOrEqual(0);
  });
});
