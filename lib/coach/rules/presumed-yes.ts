import { rx } from '../lexicon';
import { defineRule, type Hit } from '../rule';
import { gated, scan } from '../gated';
import { sentenceAt } from '../analyse';
import { AGREED, theySaidYes } from '../their-yes';

/**
 * Sentences that confirm an arrangement: "I am pleased to confirm our team for the 14th", "Your
 * interpreters are locked", "Crew starts Monday", "our invoice will follow". Right after a yes they
 * are good service; after messages that went unanswered they take a yes nobody gave. So they are
 * read only when the contact's state says my last messages are unanswered (streak of 1 or more):
 * the words alone cannot tell, the silence can.
 */
const PATTERNS = gated('presumed-yes', [
  ['confirm confirming', '\\b(?:pleased|happy|delighted|glad|writing|this is) to confirm\\b'],
  ['confirming', "\\b(?:i'm|i am|we're|we are|just) confirming (?:your|the|our)\\b"],
  [
    'locked confirmed booked reserved scheduled schedule calendar rota route diary system pencilled penciled set good',
    "\\byour\\b[^.?!]{0,40}?\\b(?:is|are|has been|have been|'s|'re) (?:now |all )?(?:locked(?: in)?|confirmed|booked|reserved|scheduled|on (?:the|our) (?:schedule|calendar|rota|route)|in (?:the|our) (?:diary|calendar|system)|pencill?ed in|set(?! on\\b)|good to go)\\b",
  ],
  [
    'follow follows attached enclosed',
    '\\b(?:invoice|contract|agreement|paperwork|order confirmation|purchase order|deposit request)\\b[^.?!]{0,40}?\\b(?:will follow|to follow|follows|(?:is )?(?:attached|enclosed) for (?:your )?signature)\\b',
  ],
  [
    'start starts starting arrive arrives arriving begin begins site',
    "\\b(?:crew|team|installers?|technicians?|engineers?|drivers?|trucks?|we)\\b (?:start|starts|arrive|arrives|begin|begins|are (?:starting|arriving)|will (?:start|arrive|begin|be on site)|'ll (?:start|arrive|begin|be on site))\\b(?: on)? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|the \\d)",
  ],
  ['lock', "\\b(?:we|i)(?:'ll| will) lock (?:in|it in|that in|this in|(?:the|your) \\w+ in)\\b"],
  [
    'need',
    '\\bjust need (?:the|your) (?:billing|po\\b|purchase order|signature|signed|card|payment|bank|tax|vat|w-?9|delivery address)',
  ],
  [
    'onboarding welcome kickoff kick setup set installation implementation',
    "\\b(?:sending|attaching|here's|here is|enclosed is|attached is) (?:over )?(?:the|your) (?:onboarding|welcome|kick-?off|setup|set-up|installation|implementation) (?:checklist|pack|packet|guide|form|plan|schedule)\\b",
  ],
]);

/** A yes given on a call ("per our call", "you agreed"; see AGREED), or the arrangement offered. */
const OFFERED = rx(
  "\\b(?:per (?:our|your) (?:call|conversation)|you agreed|if (?:you|it|that|this)|once you(?:'ve| have)? (?:decide|agree|approve|give)|should you|whenever you|when you're ready|happy to|glad to|could|would you|shall i)\\b",
  'i',
);

/** Confirming a deal the contact never agreed to, after messages they did not answer (P1). */
export const presumedYes = defineRule({
  id: 'presumed-yes',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'They have not answered your last messages, yet this sentence confirms the arrangement as if they had said yes (a presumptive close). Assuming all is well is manipulation (P1) and makes a silent prospect retreat further. If they agreed by phone, ignore this; otherwise offer the next step and let them choose.',
  message: 'Confirms a deal they have not agreed to.',
  patterns: PATTERNS,
  find(a) {
    const hits: Hit[] = [];
    const streak = a.context.contact?.streak ?? 0;
    if (streak < 1 || theySaidYes(a)) return hits;
    scan(a, PATTERNS, (m) => {
      const s = sentenceAt(a, m.index);
      if (!s || s.text.trimEnd().endsWith('?') || AGREED.test(s.text) || OFFERED.test(s.text))
        return;
      hits.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `Confirms a deal they have not agreed to: your last ${streak === 1 ? 'message is' : `${streak} messages are`} unanswered.`,
      });
    });
    return hits;
  },
});
