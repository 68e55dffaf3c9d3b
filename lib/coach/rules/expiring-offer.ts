import { caseAt, defineRule, gated, matchCase, scan, type Hit } from '../rule';

const RE = gated('expiring-offer', [
  [
    'expire expires end ends ending runs wont goes disappear disappears lapse lapses will going',
    "\\b(?:this|the|our|my|your|that) (?:special |current |exclusive |one-time )?(?:offer|discount|deal|price|pricing|rate|promotion|promo|quote|proposal|terms|package|bundle)s? (?:expires?|ends?|is ending|runs out|won't last|goes away|disappears?|lapses?|(?:will|is going to) (?:expire|end|go up|increase|disappear|be withdrawn|lapse|vanish))(?: on| at)?\\b",
  ],
  [
    'up',
    '\\b(?:prices?|pricing|rates?|costs?|fees?) (?:goes|go|will go|are going|is going|going) up\\b',
  ],
  ['chance', '\\b(?:your |the )?last chance\\b'],
  ['final', '\\bfinal (?:chance|call|hours|days|opportunity|reminder)\\b'],
  ['only', '\\btoday only\\b'],
  ['limited', '\\b(?:for a )?limited[- ]time(?: only)?\\b'],
  ['act', '\\bact (?:now|fast|quickly|today)\\b'],
  ['last', "\\b(?:won't|will not) last(?: long)?\\b"],
  ['running', '\\btime is running out\\b'],
  ['ends expires', '\\b(?:ends|expires) (?:today|tonight|tomorrow|soon|at midnight|this week)\\b'],
  ['lock', '\\block in (?:this|the|your|our|that) (?:price|pricing|rate|discount|deal)\\b'],
  ['one', '\\bone[- ](?:time|off) (?:offer|deal|discount|price)\\b'],
  [
    'only',
    '\\b(?:offer|discount|deal|price|pricing) (?:is )?only (?:valid|good|available) (?:until|till|through|for)\\b',
  ],
]);

const GO_UP = /\b(?:will go|are going|is going|going|goes|go) up$/i;
const UP_TO: Record<string, string> = {
  'will go up': 'will change',
  'are going up': 'are changing',
  'is going up': 'is changing',
  'going up': 'changing',
  'goes up': 'changes',
  'go up': 'change',
};

function soften(m: string, pos: number, body: string): string | undefined {
  const l = m.toLowerCase().replace(/’/g, "'");
  if (/(?:expires?|ends?|runs out|lapses?)(?: on| at)?$/.test(l) && !/^(?:ends|expires) /.test(l)) {
    return m.replace(/\b(?:expires?|ends?|is ending|runs out|lapses?)(?: on| at)?$/i, 'runs until');
  }
  if (/(?:will|is going to) (?:go up|increase)$/.test(l))
    return m.replace(/(?:will|is going to) (?:go up|increase)$/i, 'changes');
  if (/(?:will|is going to) (?:expire|end|lapse)(?: on| at)?$/.test(l))
    return m.replace(/(?:will|is going to) (?:expire|end|lapse)(?: on| at)?$/i, 'runs until');
  const up = GO_UP.exec(m);
  if (up) return m.slice(0, up.index) + UP_TO[up[0].toLowerCase()]!;
  if (/last chance$/.test(l)) {
    const prev = body.slice(Math.max(0, pos - 2), pos);
    return /(?:^|[.!?:]\s*)$/.test(prev) || pos === 0
      ? matchCase(m, 'a chance')
      : m.replace(/last /i, '');
  }
  if (/limited[- ]time/.test(l)) return '';
  if (/^act (?:now|fast|quickly|today)$/.test(l)) return '';
  if (/won't last|will not last/.test(l))
    return m.replace(/(?:won['’]t|will not) last(?: long)?/i, 'is open for now');
  if (/^lock in/.test(l)) return m.replace(/^lock in/i, (x) => matchCase(x, 'keep'));
  if (/^one[- ](?:time|off) /.test(l)) return m.replace(/^one[- ](?:time|off) /i, '');
  return undefined;
}

/** Offers that "expire", "last chance", "act now": manufactured urgency. */
export const expiringOffer = defineRule({
  id: 'expiring-offer',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Telling a prospect the offer expires or this is their last chance is false urgency ("buy today or the deal goes away"). It pressures instead of helping, and pressured prospects go silent.',
  message: 'Expiring offer or "last chance": false urgency.',
  patterns: RE,
  find(a) {
    const hits: Hit[] = [];
    scan(a, RE, (m) => {
      const r = soften(m[0], m.index, a.body);
      hits.push(
        r === undefined
          ? { start: m.index, end: m.index + m[0].length }
          : {
              start: m.index,
              end: m.index + m[0].length,
              replacement: caseAt(a, m.index, m[0], r),
            },
      );
    });
    return hits;
  },
});
