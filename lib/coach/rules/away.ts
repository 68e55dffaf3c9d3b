import { defineRule, type Hit } from '../rule';

/** Their out-of-office says they are away. */
export const away = defineRule({
  id: 'away',
  category: 'context',
  weight: 10,
  principle: 'P10',
  explanation:
    'Their out-of-office says they are away. A message now lands under a pile of mail; wait until they are back, and mention what you know ("hope the time off was good").',
  message: 'They are away.',
  find(a) {
    const hits: Hit[] = [];
    const until = a.context.contact?.awayUntil;
    if (until === undefined || !Number.isFinite(until) || until <= a.now) return hits;
    const date = new Date(until).toISOString().slice(0, 10);
    hits.push({
      start: 0,
      end: 0,
      message: `They are away until ${date}: wait until they are back.`,
    });
    return hits;
  },
});
