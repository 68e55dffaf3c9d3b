// The labelled and development sets the rules were written from, for tests that run over all of
// them. The held-out sets are left out: a failing test would print their text.
import { readFileSync } from 'node:fs';

export const DEV_SETS = [
  'followups',
  'pushy-dev',
  'pushy-dev2',
  'pushy-dev3',
  'pushy-dev4',
  'pushy-dev5',
  'pushy-dev6',
  'pushy-dev7',
  'pushy-dev8',
  'pushy-dev9',
  'pushy-dev10',
  'pushy-dev11',
  'pushy-dev12',
  'pushy-dev13',
  'pushy-dev14',
  'pushy-dev15',
  'pushy-dev16',
  'pushy-dev17',
  'pushy-dev18',
  'pushy-dev19',
  'pushy-dev20',
  'stock-blind',
  'self-dev1',
  'self-dev2',
] as const;

export interface SetRow {
  id: string;
  text: string;
  channel?: 'email' | 'linkedin';
}

/** The rows of tests/data/<name>.jsonl. */
export function readSet(name: string): SetRow[] {
  return readFileSync(new URL(`../data/${name}.jsonl`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as SetRow);
}
