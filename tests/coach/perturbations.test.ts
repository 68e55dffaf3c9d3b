import { describe, expect, it } from 'vitest';
import { check } from '../../lib/coach';
import { keepsLabel, PERTURBATIONS } from '../../bench/perturbations';
import { DEV_SETS, readSet } from './dev-sets';

// The benchmark's rewordings (bench/perturbations.ts) change the writing, not the tactic.
describe('bench perturbations', () => {
  const p = PERTURBATIONS;
  it('reword as they say', () => {
    expect(p['I -> we']!("I'm sure my boss told me. I was there.")).toBe(
      "We're sure our boss told us. We were there.",
    );
    expect(p['we -> I']!('We are sure our boss told us.')).toBe('I am sure my boss told me.');
    expect(p['contracted']!('I will not wait, we are late')).toBe("I'll not wait, we're late");
    expect(p['spelled out']!("I'll say it's late")).toBe('I will say it is late');
    expect(p['+ "just"']!("I need the file. We've booked it.")).toBe(
      "I just need the file. We've just booked it.",
    );
    expect(p['another weekday']!('by Friday or Monday')).toBe('by Monday or Tuesday');
    expect(p['no-break spaces']!('a b')).toBe('a\u00a0b');
    expect(keepsLabel('lower case', 'shouting')).toBe(false);
    expect(keepsLabel('lower case', 'guilt')).toBe(true);
    // session 27: a set without tactic labels leaves out the drafts the coach found shouting
    expect(keepsLabel('lower case', undefined, true)).toBe(false);
    expect(keepsLabel('lower case', undefined, false)).toBe(true);
    expect(keepsLabel('lower case', 'guilt', true)).toBe(true);
    // session 27: "'s been" and "'d" + participle spell out as "has" and "had"; what is shared stays
    expect(p['spelled out']!("It's been a week. I'd hoped, I'd need, I'd like")).toBe(
      'It has been a week. I had hoped, I would need, I would like',
    );
    expect(p['we -> I']!('When we spoke on our call, we said our team')).toBe(
      'When we spoke on our call, I said my team',
    );
  });

  // session 26: the coach reads a no-break space as a space and CRLF as a line end, so these two
  // rewordings must change no flag of any draft it was written from (before: 86% of the flagged
  // drafts lost their flag to no-break spaces)
  it('no-break spaces and Windows line ends change no flag on any development draft', () => {
    const changed: string[] = [];
    for (const name of DEV_SETS)
      for (const r of readSet(name)) {
        const before = check(r.text, { channel: r.channel }).flags.pushy;
        for (const how of ['no-break spaces', 'Windows line ends'])
          if (check(p[how]!(r.text), { channel: r.channel }).flags.pushy !== before)
            changed.push(`${name}/${r.id} (${how})`);
      }
    expect(changed).toEqual([]);
  });
});
