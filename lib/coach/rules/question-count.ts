import { defineRule, type Hit } from '../rule';

/** Boomerang 2016: 1 to 3 questions got 50% more replies than none. */
export const MAX_QUESTIONS = 3;

/** 1 to 3 questions (Boomerang 2016). */
export const questionCount = defineRule({
  id: 'question-count',
  category: 'ask',
  weight: 4,
  principle: 'P9',
  explanation:
    'Boomerang (40M emails, 2016): emails with 1 to 3 questions were 50% more likely to get a reply than emails with none. More than three reads like a questionnaire.',
  message: 'No question: emails with 1 to 3 questions get 50% more replies (Boomerang 2016).',
  find(a) {
    const hits: Hit[] = [];
    if (a.sentences.length === 0) return hits;
    if (a.context.kind === 'close') return hits;
    if (a.questions === 0) {
      hits.push({ start: a.contentEnd, end: a.contentEnd });
      return hits;
    }
    if (a.questions <= MAX_QUESTIONS) return hits;
    let seen = 0;
    for (const s of a.sentences) {
      if (!s.text.includes('?')) continue;
      seen++;
      if (seen > MAX_QUESTIONS)
        hits.push({
          start: s.start,
          end: s.end,
          message: `${a.questions} questions: keep 1 to 3 (Boomerang 2016).`,
        });
    }
    return hits;
  },
});
