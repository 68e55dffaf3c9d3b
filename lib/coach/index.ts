/**
 * The draft coach: check a draft, explain each finding, rewrite it. Pure TypeScript, no I/O; runs in
 * Node, in the extension and in the CLI.
 */
export type {
  Analysis,
  Category,
  Change,
  Channel,
  CheckResult,
  CoachContext,
  ContactState,
  Finding,
  Flags,
  MessageKind,
  Principle,
  RewriteResult,
  Rule,
  Stats,
} from './types';
export { check, checkAnalysis, findingsOf, pushiness } from './check';
export { analyse } from './analyse';
export { rules, rulesById } from './rules';
export { hasAsk, isVagueAsk, isOptOut } from './asks';
export { rewrite } from './rewrite';
export { applyChanges } from './rewrite/changes';
export { PUSHY_THRESHOLD, SELF_CENTRED_THRESHOLD, penalties } from './score';
export { DEFAULT_OPT_OUT } from './rules/opt-out-missing';
export { fillTemplate, templateFor, templates } from './templates';
