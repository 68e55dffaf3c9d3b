import { rx } from '../lexicon';
import { defineRule, type Hit } from '../rule';
import { eachMatch, needing, probed } from '../gated';

// regexes used inside functions, compiled once at module load
const R1 =
  /\b[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?(?: (?:at|from|of) [A-Z][\p{L}&'’-]*(?: [A-Z][\p{L}&'’-]*)*,?)? (?:suggested|recommended|mentioned|asked me|pointed me|introduced|said|thought|told me|passed along|put us in touch)\b/u;

const NAMED = R1;
const UNNAMED = needing(
  rx(
    '\\b(?:a (?:colleague|friend|mutual (?:friend|contact|connection)|contact|peer)|someone (?:on|in|at|from) your (?:team|company|org)|one of your (?:colleagues|peers|team(?:mates)?)|a (?:former|mutual) colleague)(?: of (?:yours|mine))? (?:suggested|recommended|mentioned|pointed|said|told|thought)\\b',
  ),
);

/** References open doors, but only when named (P7). */
export const referenceNamed = defineRule({
  id: 'reference-named',
  category: 'value',
  weight: 5,
  principle: 'P7',
  explanation:
    'A named reference opens doors ("Mike Kincaid at Quality Fabricators asked me to call you"). An unnamed one ("a colleague suggested") sounds made up; name the person, with their permission.',
  message: 'Name the person who referred you.',
  probes: ['colleague', 'friend', 'mutual', 'contact', 'peer', 'someone', 'one', 'former'],
  find(a) {
    const hits: Hit[] = [];
    if (probed(a, 'reference-named')) {
      eachMatch(
        UNNAMED,
        a,
        (m) => {
          hits.push({ start: m.index, end: m.index + m[0].length });
        },
        'reference-named',
      );
    }
    if (
      a.context.kind === 'reference' &&
      hits.length === 0 &&
      !NAMED.test(a.body.slice(a.greetingEnd))
    ) {
      const first = a.sentences[0];
      if (first)
        hits.push({
          start: first.start,
          end: first.end,
          message: 'A reference message: open with who referred you, by name.',
        });
    }
    return hits;
  },
});
