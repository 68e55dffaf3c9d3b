/**
 * The coaching canon (DESIGN.md, "The coaching canon"), each principle in a few plain words, so
 * the panel can say why without jargon such as "P8".
 */

export type Principle = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7' | 'P8' | 'P9' | 'P10';

export const PRINCIPLES: Readonly<Record<Principle, string>> = Object.freeze({
  P1: 'No pressure tactics',
  P2: 'Chasing the sale makes people go quiet',
  P3: 'Add value, don’t pitch',
  P4: 'Make it easy to say no',
  P5: 'After a long silence, step back and ask for feedback',
  P6: 'Share something useful',
  P7: 'References open doors',
  P8: 'Be patient, don’t chase',
  P9: 'Agree a firm next step about their outcome',
  P10: 'Be personal and short',
});
