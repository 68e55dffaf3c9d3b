import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDue, DEFAULT_CADENCE, type CadenceState } from '@/lib/silence/cadence';
import { KIND_LABELS, suggestKind, type KindInput, type MessageKind } from '@/lib/silence/kind';

const T = new Date(2026, 2, 2, 9).getTime();

describe('suggestKind', () => {
  it.each<[string, KindInput, MessageKind]>([
    ['no messages yet', { streak: 0, lastOutboundAt: null, lastInboundAt: null }, 'first'],
    ['one unanswered message', { streak: 1, lastOutboundAt: T, lastInboundAt: null }, 'value'],
    ['two unanswered', { streak: 2, lastOutboundAt: T, lastInboundAt: null }, 'reference'],
    ['three unanswered', { streak: 3, lastOutboundAt: T, lastInboundAt: null }, 'feedback'],
    ['four unanswered', { streak: 4, lastOutboundAt: T, lastInboundAt: null }, 'close'],
    ['nine unanswered', { streak: 9, lastOutboundAt: T, lastInboundAt: T - 1 }, 'close'],
    ['they replied last', { streak: 0, lastOutboundAt: T - 1, lastInboundAt: T }, 'next-step'],
    ['they wrote first', { streak: 0, lastOutboundAt: null, lastInboundAt: T }, 'next-step'],
    [
      'phase replied',
      { streak: 0, lastOutboundAt: T, lastInboundAt: T, phase: 'replied' },
      'next-step',
    ],
    [
      'they asked for later and it is not yet time: something useful, no ask (session 17)',
      { streak: 0, lastOutboundAt: T - 1, lastInboundAt: T, phase: 'not-now' },
      'value',
    ],
    [
      'their "not now" came due',
      { streak: 0, lastOutboundAt: T - 1, lastInboundAt: T, phase: 'due' },
      'next-step',
    ],
    [
      'after their reply, one more of mine',
      { streak: 1, lastOutboundAt: T, lastInboundAt: T - 1 },
      'value',
    ],
    ['a bad streak', { streak: Number.NaN, lastOutboundAt: null, lastInboundAt: null }, 'first'],
  ])('%s', (_name, input, want) => {
    expect(suggestKind(input)).toBe(want);
  });

  it('takes a contact state together with its due info', () => {
    const s: CadenceState = {
      streak: 3,
      lastOutboundAt: T,
      lastInboundAt: null,
      awayUntil: null,
      laterAt: null,
      status: 'active',
      snoozedUntil: null,
    };
    expect(suggestKind({ ...s, ...computeDue(s, DEFAULT_CADENCE, T) })).toBe('feedback');
  });

  it('moves forward along the sequence as the streak grows, and never back', () => {
    const order: MessageKind[] = ['first', 'value', 'reference', 'feedback', 'close'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (streak) => {
        const a = suggestKind({ streak, lastOutboundAt: T, lastInboundAt: null });
        const b = suggestKind({ streak: streak + 1, lastOutboundAt: T, lastInboundAt: null });
        expect(order.indexOf(b)).toBeGreaterThanOrEqual(order.indexOf(a));
        expect(order).toContain(a);
      }),
    );
  });
});

describe('KIND_LABELS', () => {
  it.each<[MessageKind, string[]]>([
    ['first', ['P3', 'P10']],
    ['value', ['P3', 'P6']],
    ['reference', ['P7', 'P9']],
    ['feedback', ['P5']],
    ['close', ['P4']],
    ['next-step', ['P9']],
  ])('%s comes from %j, in plain words', (kind, principles) => {
    const label = KIND_LABELS[kind];
    expect(label.principles).toEqual(principles);
    for (const text of [label.label, label.hint, label.why]) {
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/\bP\d+\b/);
    }
  });

  it('labels every kind, and only those', () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual(
      ['close', 'feedback', 'first', 'next-step', 'reference', 'value'].sort(),
    );
  });
});
