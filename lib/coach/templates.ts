/**
 * Message templates for each kind of follow-up, filled from the contact and thread. Unfilled fields
 * stay as {field} in the text and are reported, never silently sent.
 */
import type { CoachContext, MessageKind } from './types';

// regexes used inside functions, compiled once at module load
const R1 = /\s+/;

export const templates: Readonly<Record<MessageKind, string>> = {
  first:
    "Hi {name},\n\nA question about {subject}: how is your team handling it today? Teams like yours often save a few hours a week with one small change, and I can send the one-page summary.\n\nWould that be useful? If the timing isn't right, just tell me and I'll close the loop.",
  value:
    "Hi {name},\n\nThought of you when I read this: {article}. It looks relevant to {subject}.\n\nWould a short note on how it applies to your team be useful? If the timing isn't right, just tell me and I'll close the loop.",
  reference:
    "Hi {name},\n\n{referrer} suggested I get in touch about {subject}, as they thought it could help your team.\n\nWould a 15-minute call next week be useful? If it's not a priority, just tell me and I'll close the loop.",
  feedback:
    "Hi {name},\n\nIt has been {silentDays} days since we last spoke about {subject}, and I'm sorry if my notes missed the mark. Could you share one line of feedback: was it the timing, or not a fit for your team?\n\nIf you'd rather I stop, just say so and I will.",
  close:
    "Hi {name},\n\nSince the timing doesn't seem right, I'll close the loop on {subject} for now. If it becomes a priority for your team later, you know where to find me.\n\nAll the best with the quarter.",
  'next-step':
    "Hi {name},\n\nThanks for getting back to me about {subject}. Would a 20-minute call next week work for you, to map out what your team needs?\n\nIf you'd rather pause for now, that's fine too.",
};

export type TemplateValues = Record<string, string | number | undefined | null>;

export interface Filled {
  text: string;
  /** Field names left as {field} because no value was given. */
  unfilled: string[];
}

const FIELD = /\{([A-Za-z][\w-]*)\}/g;

/** Replaces {field} with its value; reports the fields left unfilled. */
export function fillTemplate(template: string, values: TemplateValues): Filled {
  const unfilled: string[] = [];
  const text = template.replace(FIELD, (whole, key: string) => {
    const v = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (!unfilled.includes(key)) unfilled.push(key);
      return whole;
    }
    return String(v);
  });
  return { text, unfilled };
}

export interface TemplateInput extends CoachContext {
  subject?: string;
  article?: { title: string; url?: string };
  referrer?: string;
}

/** The template for a message kind, filled from the context. */
export function templateFor(kind: MessageKind, input: TemplateInput = {}): Filled {
  const c = input.contact ?? {};
  const article = input.article
    ? input.article.url
      ? `${input.article.title} (${input.article.url})`
      : input.article.title
    : undefined;
  return fillTemplate(templates[kind], {
    name: c.name?.trim().split(R1)[0],
    subject: input.subject,
    silentDays: c.silentDays,
    article,
    referrer: input.referrer,
  });
}
