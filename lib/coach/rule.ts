/** Helpers for writing rules: one rule per file in rules/, each built with defineRule. */
import { sentenceAt } from './analyse';
import type { Analysis, Category, Finding, Principle, Rule, Sentence } from './types';

export interface Hit {
  start: number;
  end: number;
  message?: string;
  replacement?: string;
}

export interface RuleSpec {
  id: string;
  category: Category;
  weight: number;
  principle: Principle;
  explanation: string;
  /** Default message of a finding. */
  message: string;
  /** See Rule.triggers: the rule is skipped when none of these words is in the draft. */
  triggers?: readonly string[];
  /** See Rule.probes. */
  probes?: readonly string[];
  /** Patterns gated by their own trigger words (see gated()); the rule's triggers default to their union. */
  patterns?: Gated;
  find(a: Analysis): Hit[];
}

export function defineRule(spec: RuleSpec): Rule {
  const { id, category, weight, principle, explanation, message, find, probes, patterns } = spec;
  const triggers = spec.triggers ?? (patterns ? [...new Set(Object.values(patterns.groups).flat())] : undefined);
  const rule: Rule = {
    id,
    category,
    weight,
    principle,
    explanation,
    check(_text: string, ctx: Analysis): Finding[] {
      const hits = find(ctx);
      const out: Finding[] = new Array<Finding>(hits.length);
      for (let i = 0; i < hits.length; i++) {
        const h = hits[i]!;
        const f: Finding = { rule: id, category, start: h.start, end: h.end, message: h.message ?? message };
        if (h.replacement !== undefined) f.replacement = h.replacement;
        out[i] = f;
      }
      return out;
    },
  };
  if (triggers) rule.triggers = triggers;
  if (probes) rule.probes = probes;
  if (patterns) rule.groups = patterns.groups;
  return rule;
}

/** Regexes each switched on by its own words: only the ones whose words occur are run. */
export interface Gated {
  keys: readonly string[];
  res: readonly RegExp[];
  groups: Readonly<Record<string, readonly string[]>>;
}

/**
 * Builds gated patterns for rule `id` from [words, regex source] pairs. Every match of a pattern
 * must contain one of its words (lower case, apostrophes dropped). Sources use straight
 * apostrophes; curly ones are accepted too.
 */
export function gated(id: string, list: readonly (readonly [string, string])[], flags = 'gi'): Gated {
  const keys: string[] = [];
  const res: RegExp[] = [];
  const groups: Record<string, readonly string[]> = {};
  list.forEach(([words, source], k) => {
    const key = `${id}#${k}`;
    keys.push(key);
    res.push(new RegExp(source.replace(/'/g, "['’]"), flags));
    groups[key] = words.split(/\s+/).filter(Boolean);
  });
  return { keys, res, groups };
}

/** Runs the gated patterns whose words occur, over the body after the greeting. */
export function scan(a: Analysis, g: Gated, fn: (m: RegExpExecArray, k: number) => void): void {
  for (let k = 0; k < g.res.length; k++) {
    if (a.gated && !a.triggered.has(g.keys[k]!)) continue;
    const re = g.res[k]!;
    re.lastIndex = a.greetingEnd;
    let m: RegExpExecArray | null;
    while ((m = re.exec(a.body)) !== null) {
      fn(m, k);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}

/** Did a probe word of this rule occur (always true when the analysis was not gated)? */
export function probed(a: Analysis, id: string): boolean {
  return !a.gated || a.triggered.has(id);
}

/** Calls fn for each match of a global regex over the body, after the greeting. */
export function eachMatch(
  re: RegExp,
  a: Analysis,
  fn: (m: RegExpExecArray) => void,
  from: number = a.greetingEnd,
): void {
  re.lastIndex = from;
  const s = a.body;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Tests a (non-global, non-sticky) regex against one sentence. */
export function sentenceHas(re: RegExp, s: Sentence): boolean {
  return re.test(s.text);
}

export { sentenceAt };

/** Index of the first character after the match's leading whitespace. */
export function trimStart(text: string, start: number, end: number): number {
  while (start < end && /\s/.test(text[start]!)) start++;
  return start;
}

/** Upper-cases the first letter of s. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** Keeps the capital of the original at the start of a replacement. */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  const c = original[0];
  if (c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase()) return capitalise(replacement);
  return replacement;
}

/** Is pos the first word of its sentence (ignoring opening quotes)? */
export function atSentenceStart(a: Analysis, pos: number): boolean {
  const s = sentenceAt(a, pos);
  if (!s) return false;
  for (let i = s.start; i < pos; i++) {
    const c = a.body[i]!;
    if (c !== '"' && c !== "'" && c !== '“' && c !== '‘' && c !== '(' && c !== '*' && c !== '-' && c !== ' ')
      return false;
  }
  return true;
}

/** The first sentence that is not a pleasantry ("Hope you're well.", "Thanks for the call."). */
export function firstContentSentence(a: Analysis): Sentence | undefined {
  const s = a.sentences;
  for (let i = 0; i < s.length && i < 3; i++) {
    const x = s[i]!;
    if (!PLEASANTRY.test(x.text)) return x;
  }
  return s[0];
}

const PLEASANTRY =
  /^(?:(?:i )?hope (?:you(?:'re| are)? (?:well|doing well|good|having|had|enjoy)|(?:this|my) (?:email|note|message) finds you|all is well|your (?:week|day|weekend|quarter)|things are)|happy (?:monday|tuesday|wednesday|thursday|friday|new year|holidays)|(?:many )?thanks? (?:you )?(?:for|again)|thank you (?:for|again|so much)|(?:it was |it's )?(?:great|good|nice|lovely) (?:to (?:meet|speak|talk|chat|see|hear|connect)|chatting|talking|speaking|meeting|catching up)|(?:great|good|nice) (?:call|chat|meeting|to meet)|good (?:morning|afternoon)|how are you|how(?:'s| is) (?:your|the) (?:week|day|quarter))\b[^.!?]{0,80}[.!?]*$/i;

const WORDISH = /[\p{L}\p{N}]/u;

/** Offset of the start of the n-th word (1-based) of the body, or -1 when there are fewer. */
export function wordStart(a: Analysis, n: number): number {
  let seen = 0;
  for (const s of a.sentences) {
    if (seen + s.words < n) {
      seen += s.words;
      continue;
    }
    const re = /\S+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      if (!WORDISH.test(m[0])) continue;
      if (++seen === n) return s.start + m.index;
    }
    return -1;
  }
  return -1;
}
