import { defineRule, type Hit } from '../rule';

// regexes used inside functions, compiled once at module load
const R1 = /\s/;

/** LinkedIn: InMails under 400 characters did 22% better. */
export const LINKEDIN_MAX = 400;

/** LinkedIn messages over 400 characters. */
export const linkedinLength = defineRule({
  id: 'linkedin-length',
  category: 'length',
  weight: 6,
  principle: 'P10',
  explanation:
    'On LinkedIn, short wins: InMails under 400 characters did 22% better than longer ones (LinkedIn). Keep one idea and one ask.',
  message: 'Over 400 characters for LinkedIn.',
  find(a) {
    const hits: Hit[] = [];
    if (a.channel !== 'linkedin' || a.characters <= LINKEDIN_MAX) return hits;
    const first = a.sentences[0];
    if (!first) return hits;
    let at = first.start + LINKEDIN_MAX;
    while (at < a.contentEnd && !R1.test(a.body[at]!)) at++;
    while (at < a.contentEnd && R1.test(a.body[at]!)) at++;
    if (at >= a.contentEnd) at = first.start + LINKEDIN_MAX;
    hits.push({
      start: at,
      end: a.contentEnd,
      message: `${a.characters} characters: LinkedIn messages under 400 did 22% better. Everything from here is over.`,
    });
    return hits;
  },
});
