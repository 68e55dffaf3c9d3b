/**
 * A learned baseline for the benchmark only (never part of the extension): logistic regression over
 * hashed word unigrams and bigrams, trained on the development sets. It answers one question: would
 * a classifier learned from our labelled drafts generalise better than the coach's rules? On the
 * helper-written held-out sets it does; on real people's text (the offers and Wikipedia sets) it is
 * close to chance and flags most warm messages, so it learns how our writers write, not the tactics.
 */

const DIMENSIONS = 1 << 18;
const WORD = /[a-z']+|[!?]/g;
const GREETING = /^\s*(?:hi|hey|hello|dear)\b[^\n,]*,?/i;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % DIMENSIONS;
}

/** Feature slots of a text: each distinct word and pair of neighbouring words, greeting dropped. */
function featuresOf(text: string): number[] {
  const words = text.replace(GREETING, '').toLowerCase().match(WORD) ?? [];
  const slots = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    slots.add(hash(words[i]!));
    if (i > 0) slots.add(hash(`${words[i - 1]} ${words[i]}`));
  }
  return [...slots];
}

/** A small deterministic generator (mulberry32), so every run trains the same model. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Labelled {
  text: string;
  pushy: boolean;
}

/** Trains by stochastic gradient descent with L2; returns the probability that a text is pushy. */
export function trainBow(rows: Labelled[], epochs = 30): (text: string) => number {
  const weights = new Float64Array(DIMENSIONS);
  let bias = 0;
  const xs = rows.map((r) => featuresOf(r.text));
  const random = seeded(7);
  const order = rows.map((_, i) => i);
  let rate = 0.2;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      let z = bias;
      for (const s of xs[i]!) z += weights[s]!;
      const g = 1 / (1 + Math.exp(-z)) - (rows[i]!.pushy ? 1 : 0);
      bias -= rate * g;
      for (const s of xs[i]!) weights[s]! -= rate * (g + 1e-4 * weights[s]!);
    }
    rate *= 0.9;
  }
  return (text) => {
    let z = bias;
    for (const s of featuresOf(text)) z += weights[s]!;
    return 1 / (1 + Math.exp(-z));
  };
}
