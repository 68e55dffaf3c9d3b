/**
 * Tactic cues, one file per tactic: patterns over words that tell a tactic by what it combines, whatever the wording
 * ("your silence" + "deflated", "capped at 250" + "fewer than 40 remain"), rather than one stock
 * phrase. Each tactic's rule appends its list to its own gated patterns, so the list's first words
 * gate it as usual. Written from DESIGN.md's definitions and widened on the blind development sets
 * (tests/data/pushy-dev*.jsonl); the held-out sets were never read.
 */
// The explicit list of cue tables (the registry test checks every one of them).
export { GUILT_CUES, GUILT_FELT, GUILT_SILENT } from './guilt';
export { FOMO_CUES } from './fear-of-missing-out';
export { SCARCITY_CUES } from './scarcity';
export { PRESUMPTIVE_CUES } from './presumptive-close';
export { ULTIMATUM_CUES } from './ultimatum';
export { DEADLINE_CUES } from './deadline';
export { DEMAND_CUES } from './demand';
export { SURVEILLANCE_CUES } from './surveillance';
export { BUMP_CUES } from './empty-bump';
