/** The merge picker's list: likely matches first, narrowed by typing, capped. */
import { describe, expect, it } from 'vitest';
import { rankCandidates, type Candidate } from '@/lib/merge-candidates';

const SELF: Candidate = { id: 'linkedin:dana-whitfield', name: 'Dana Whitfield' };
const ALL: Candidate[] = [
  { id: 'alex@acme.com', name: 'Alex Brown' },
  { id: 'dana@acme-freight.com', name: 'Dana Whitfield' },
  { id: 'd.whitfield@home.example', name: 'D. Whitfield' },
  { id: 'bea@acme.com', name: 'Beatriz Dana' },
  { id: 'jose@corp.example', name: 'José Núñez' },
  { id: 'sean@obrien.example', name: "Seán O'Brien" },
  SELF,
];
const ids = (r: { shown: Candidate[] }) => r.shown.map((c) => c.id);
/** ALL as ranked for SELF with nothing typed: shared name words first, then by name. */
const RANKED = [
  'dana@acme-freight.com',
  'bea@acme.com',
  'd.whitfield@home.example',
  'alex@acme.com',
  'jose@corp.example',
  'sean@obrien.example',
];

describe('rankCandidates', () => {
  it('puts those sharing most words of the name first, then the rest by name, never itself', () => {
    const r = rankCandidates(SELF, ALL, '');
    expect(ids(r)).toEqual(RANKED);
    expect(r.total).toBe(6);
    expect([...r.likely].sort()).toEqual([
      'bea@acme.com',
      'd.whitfield@home.example',
      'dana@acme-freight.com',
    ]);
  });

  it.each([
    ['whit', ['dana@acme-freight.com', 'd.whitfield@home.example']],
    ['dana whit', ['dana@acme-freight.com']],
    ['jose', ['jose@corp.example']],
    ['NUÑ', ['jose@corp.example']],
    // session 21 review: an apostrophe, typed or not
    ["o'bri", ['sean@obrien.example']],
    ['obrien', ['sean@obrien.example']],
    ['O’Brien', ['sean@obrien.example']],
    ['acme.com', ['bea@acme.com', 'alex@acme.com']],
    ['zed', []],
    ['  ', RANKED],
  ])('narrows by %j (a word starting a name word, or part of the address)', (q, want) => {
    expect(ids(rankCandidates(SELF, ALL, q))).toEqual(want);
  });

  it('shows at most the limit and says how many matched', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      id: `p${i}@x.example`,
      name: `Person ${String(i).padStart(3, '0')}`,
    }));
    const r = rankCandidates(SELF, [...many, ALL[1]!], '');
    expect(r.shown).toHaveLength(30);
    expect(r.total).toBe(501);
    expect(r.shown[0]!.id).toBe('dana@acme-freight.com');
    expect(ids(rankCandidates(SELF, many, 'person 042', 5))).toEqual(['p42@x.example']);
  });
});
