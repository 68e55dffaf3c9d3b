import { defineRule, type Hit } from '../rule';

/** They asked you to stop. */
export const optedOut = defineRule({
  id: 'opted-out',
  category: 'context',
  weight: 40,
  principle: 'P4',
  explanation:
    'They asked not to be contacted ("not interested", "please remove me"). Respect it: no follow-up is due, and another message burns the relationship for good.',
  message: 'This contact opted out: do not send.',
  find(a) {
    const hits: Hit[] = [];
    if (a.context.contact?.optedOut === true) hits.push({ start: 0, end: 0 });
    return hits;
  },
});
