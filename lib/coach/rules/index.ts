/**
 * The explicit registry of coach rules, in the order findings are reported within a position.
 * tests/coach/registry.test.ts fails when a file in this folder is missing here, has no table test,
 * or its id differs from its file name.
 */
import type { Rule } from '../types';
import { allAboutUs } from './all-about-us';
import { askHighFriction } from './ask-high-friction';
import { askMany } from './ask-many';
import { askMissing } from './ask-missing';
import { askVague } from './ask-vague';
import { authorityPressure } from './authority-pressure';
import { away } from './away';
import { bareCommand } from './bare-command';
import { bragging } from './bragging';
import { deadlinePressure } from './deadline-pressure';
import { demand } from './demand';
import { emptyBump } from './empty-bump';
import { expiringOffer } from './expiring-offer';
import { fearOfMissingOut } from './fear-of-missing-out';
import { featureList } from './feature-list';
import { flattery } from './flattery';
import { guiltTrip } from './guilt-trip';
import { imperativeDeadline } from './imperative-deadline';
import { intrigue } from './intrigue';
import { jargon } from './jargon';
import { linkedinLength } from './linkedin-length';
import { longSentence } from './long-sentence';
import { longSilence } from './long-silence';
import { meRatio } from './me-ratio';
import { optOutMissing } from './opt-out-missing';
import { optedOut } from './opted-out';
import { personalName } from './personal-name';
import { presumedYes } from './presumed-yes';
import { presumptiveClose } from './presumptive-close';
import { productPitch } from './product-pitch';
import { questionCount } from './question-count';
import { readingGrade } from './reading-grade';
import { referenceNamed } from './reference-named';
import { restPeriod } from './rest-period';
import { scarcity } from './scarcity';
import { selfSentenceStarts } from './self-sentence-starts';
import { senderOpener } from './sender-opener';
import { shouting } from './shouting';
import { silenceAsConsent } from './silence-as-consent';
import { surveillance } from './surveillance';
import { tooSoon } from './too-soon';
import { ultimatum } from './ultimatum';
import { urgencyWords } from './urgency-words';
import { valueFirst } from './value-first';
import { wordCount } from './word-count';
import { wordy } from './wordy';

export const rules: readonly Rule[] = [
  deadlinePressure,
  expiringOffer,
  scarcity,
  guiltTrip,
  presumptiveClose,
  presumedYes,
  authorityPressure,
  demand,
  urgencyWords,
  imperativeDeadline,
  emptyBump,
  surveillance,
  shouting,
  intrigue,
  silenceAsConsent,
  ultimatum,
  fearOfMissingOut,
  bareCommand,
  flattery,
  senderOpener,
  bragging,
  meRatio,
  allAboutUs,
  selfSentenceStarts,
  productPitch,
  featureList,
  valueFirst,
  referenceNamed,
  optOutMissing,
  askMissing,
  askVague,
  askMany,
  askHighFriction,
  questionCount,
  wordCount,
  linkedinLength,
  longSentence,
  readingGrade,
  jargon,
  wordy,
  tooSoon,
  optedOut,
  away,
  longSilence,
  restPeriod,
  personalName,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
