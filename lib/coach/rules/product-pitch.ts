import { rx } from '../lexicon';
import { defineRule, type Hit } from '../rule';
import { eachMatch, needing } from '../gated';

const RE = needing(
  rx(
    [
      '\\b(?:our|my) (?:new |latest |own |innovative |powerful |unique |proprietary |amazing )?(?:products?|platform|solutions?|software|tools?|services|app|application|features?|offering|technology|suite|system|engine|dashboards?|methodology|consultants|engineers|experts|customers|clients|investors|founders|expertise|awards|offices|integrations?|models|ai)\\b',
      '\\bwe (?:offer|provide|sell|deliver|specialise|specialize|build|built|make|develop|developed|launched|released|rebuilt|added|have built|have developed|help (?:companies|businesses|teams|brands|organisations|organizations|clients|customers))\\b',
      '\\bfeatures (?:include|like)\\b',
    ].join('|'),
  ),
);

/** Product talk piled up: "our platform… our features… we offer…". */
export const productPitch = defineRule({
  id: 'product-pitch',
  category: 'self-centred',
  weight: 6,
  principle: 'P3',
  explanation:
    'Three or more mentions of "our platform", "our features", "we offer" make the message a pitch. Add value instead: one insight or result that matters to their business.',
  message: 'Product pitch.',
  triggers: (
    'product products platform solution solutions software tool tools services app application feature features offering technology suite system engine dashboard dashboards methodology consultants engineers experts customers clients investors founders expertise awards offices integration integrations models ai ' +
    'offer provide sell deliver specialise specialize build built make develop developed launched released rebuilt added help'
  ).split(' '),
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      RE,
      a,
      (m) => {
        hits.push({ start: m.index, end: m.index + m[0].length });
      },
      'product-pitch',
    );
    return hits.length >= 3 ? hits : [];
  },
});
