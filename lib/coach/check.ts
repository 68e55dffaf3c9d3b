/** Runs the rules over a draft and turns findings into the contract object. */
import { analyse } from './analyse';
import { NEEDED_WORDS } from './gated';
import { hashWord, triggerIndex, type TriggerMap } from './word-table';
import { PROBES as POLITENESS_PROBES } from './politeness';
import { rules } from './rules';
import { flagsOf, penalties, pushinessOf, scoreOf } from './score';
import type { Analysis, CheckResult, CoachContext, Finding } from './types';

/** Trigger and probe words of every rule, hashed once at module load. */
export const TRIGGERS: TriggerMap = (() => {
  const map = new Map<number, string[]>();
  const add = (w: string, key: string): void => {
    const h = hashWord(w);
    const ids = map.get(h);
    if (!ids) map.set(h, [key]);
    else if (!ids.includes(key)) ids.push(key);
  };
  for (const r of rules) {
    for (const w of [...(r.triggers ?? []), ...(r.probes ?? [])]) add(w, r.id);
    for (const [key, words] of Object.entries(r.groups ?? {})) for (const w of words) add(w, key);
  }
  for (const [key, words] of Object.entries(POLITENESS_PROBES)) for (const w of words) add(w, key);
  for (const w of NEEDED_WORDS) add(w, `w:${w}`);
  return map;
})();

/** Analyses a draft with the registry's triggers, so rules without their words are skipped. */
export function analyseDraft(text: string, context: CoachContext = {}): Analysis {
  return analyse(text, context, TRIGGERS);
}

/** Per rule, the trigger slots of its own words and of its patterns' words (null: always runs). */
const RULE_SLOTS: (Int32Array | null)[] = (() => {
  const index = triggerIndex(TRIGGERS);
  return rules.map((r) => {
    if (r.gate === false || (!r.triggers && !r.groups)) return null;
    const keys = [...(r.triggers ? [r.id] : []), ...Object.keys(r.groups ?? {})];
    return Int32Array.from(keys.map((k) => index.get(k) ?? -1));
  });
})();

/** Could rule i find anything: one of its trigger words, or of any of its patterns' words, occurs. */
function mayMatch(a: Analysis, i: number): boolean {
  const slots = RULE_SLOTS[i];
  if (!slots || !a.gated) return true;
  const lists = a.triggered.lists;
  for (let k = 0; k < slots.length; k++)
    if (slots[k]! >= 0 && lists[slots[k]!] !== undefined) return true;
  return false;
}

/** Runs every rule over an analysed draft; findings sorted by position. */
export function findingsOf(a: Analysis): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (!mayMatch(a, i)) continue;
    const found = rule.check(a.text, a);
    for (let j = 0; j < found.length; j++) out.push(found[j]!);
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

export function checkAnalysis(a: Analysis): CheckResult {
  const findings = findingsOf(a);
  const ps = penalties(findings);
  return {
    score: scoreOf(ps),
    flags: flagsOf(a, findings, ps),
    findings,
    stats: {
      words: a.words,
      questions: a.questions,
      readingGrade: a.readingGrade,
      characters: a.characters,
      sentences: a.sentences.length,
      selfWords: a.selfWords,
      youWords: a.youWords,
      pushiness: pushinessOf(a, ps),
    },
  };
}

/** Scores a draft: {score, flags, findings, stats}. Never throws on any string. */
export function check(text: string, context: CoachContext = {}): CheckResult {
  return checkAnalysis(analyseDraft(typeof text === 'string' ? text : '', context ?? {}));
}

/** Pushiness for ranking (higher is pushier): pushy points minus warmth. */
export function pushiness(text: string, context: CoachContext = {}): number {
  return check(text, context).stats.pushiness;
}
