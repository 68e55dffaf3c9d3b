import { normalizeText, stripQuoted } from './return-date';

/**
 * Auto-replies: out-of-office, vacation, parental/maternity/sick leave, "no longer with the
 * company", unmonitored mailboxes. They are inbound but not a reply (DESIGN.md, "Silence").
 *
 * Three kinds of evidence, in English, German, French and Spanish (plus a few Italian and Dutch
 * headers), all matched on normalized text (lower case, no diacritics):
 * - markers that only machines write: "Automatic reply", "Abwesenheitsnotiz", "Réponse
 *   automatique", "this mailbox is not monitored", "is no longer with the company", an
 *   "Out of Office:" header line. One is enough.
 * - away statements: "I am out of the office", "bin ich nicht im Büro", "je suis absent(e)",
 *   "estoy fuera de la oficina", "I'm on parental leave".
 * - the boilerplate around them: "limited access to email", "for urgent matters", "upon my
 *   return", "in dringenden Fällen", "en cas d'urgence", "a mi regreso".
 *
 * An away statement counts when it comes with boilerplate, or when nothing in the message reads
 * like a person answering ("let's talk Tuesday", "can we", "sounds good"): "I'm on vacation next
 * week, but let's talk Tuesday" is a real reply; "hope you had a good vacation" is not an away
 * statement at all.
 */

/** Machine-only wording: enough on its own. */
const MARKERS: readonly RegExp[] = [
  // English
  /(?<!\b(?:my|your|his|her|their|our|that|the|this|an?)\s(?:\w+\s)?)\b(?:automatic(?:ally generated)?|automated) (?:reply|response|message|e-?mail|notification)\b/,
  /(?<!\b(?:my|your|his|her|their|our|that|the|an?)\s(?:\w+\s)?)\bauto[- ]?(?:reply|response|responder)\b/,
  /\bthis is an? automat(?:ic|ed|ically)\b/,
  /\bout of (?:the )?office (?:auto(?:matic)?[- ]?)?(?:reply|message|notice|response|notification)\b/,
  /\b(?:this|the|my|our) (?:mailbox|inbox|e-?mail(?: address| account)?|address|account) is (?:not|no longer|un)[- ]?(?:being )?(?:monitored|attended|checked|active|in use|read)\b/,
  /\bunmonitored (?:mailbox|inbox|e-?mail|address)\b/,
  /\b(?:is|am|are) no longer (?:with|at|employed (?:by|at|with)|working (?:for|at|with)|part of|a member of|an employee of|employed)\b/,
  /\bno longer works? (?:for|at|here|with)\b/,
  /\b(?:has|have|had) (?:now )?(?:left|departed)(?: from)? (?:the|our|this) (?:company|organi[sz]ation|firm|business|agency|group|practice)\b/,
  /\bleft the (?:company|organi[sz]ation|firm)\b/,
  /\b(?:have|has) (?:now )?left (?:[a-z0-9&.'-]+ ){1,3}(?:inc|ltd|llc|gmbh|corp|co|group|plc|sa|ag|bv|limited)\b/,
  // German
  /\babwesenheits(?:notiz|nachricht|meldung|assistent)\b/,
  /\bautomatische (?:antwort|nachricht|e-?mail|benachrichtigung)\b/,
  /\bautomatisch (?:generierte|erstellte|versandte) (?:nachricht|antwort|e-?mail)\b/,
  /\b(?:ist|bin) nicht mehr (?:im unternehmen|in unserem unternehmen|in der firma|bei|fur|tatig|beschaftigt)\b/,
  /\bhat (?:das|unser) unternehmen verlassen\b|\bhat die firma verlassen\b/,
  /\b(?:dieses|das) postfach wird nicht (?:mehr )?(?:uberwacht|gelesen|betreut)\b/,
  // French
  /\b(?:reponse|message|courriel) automatique\b/,
  /\bne (?:fait|fais) plus partie\b/,
  /\bn'est plus (?:en poste|chez|au sein|dans l'entreprise|employe)/,
  /\ba quitte (?:l'entreprise|la societe|l'organisation|le groupe|ses fonctions)\b/,
  /\bcette (?:boite|adresse)\b.{0,30}\bn'est (?:pas|plus) (?:surveillee|consultee|active|lue)\b/,
  // Spanish
  /\b(?:respuesta|mensaje|correo) automatic[oa]\b/,
  /\bya no (?:trabaja|trabajo|forma parte|formo parte)\b/,
  /\bha dejado (?:la empresa|la compania|la organizacion)\b/,
  /\besta (?:cuenta|direccion|casilla|bandeja)\b.{0,30}\bno (?:es|esta) (?:monitoreada|supervisada|revisada|atendida)\b/,
  // Italian, Dutch
  /\brisposta automatica\b|\bfuori ufficio\b|\bautomatisch antwoord\b|\bafwezigheidsbericht\b/,
];

/** Auto-reply subject prefixes, as a subject or as a header line quoted in the body. */
const STRONG_HEADER = String.raw`(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|auto[- ]?response|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|reponse automatique|message d'absence|respuesta automatica|fuera de la oficina|risposta automatica|automatisch antwoord)`;
const WEAK_HEADER = String.raw`(?:auto|ooo|away|absent|abwesend|absence|ausente|afwezig)`;
const SUBJECT_RE = new RegExp(
  String.raw`^\s*(?:\[[^\]]{0,40}\]\s*)?(?:${STRONG_HEADER}\b|${WEAK_HEADER}\s*:)`,
);
const HEADER_LINE_RE = new RegExp(
  String.raw`^\s*(?:(?:subject|betreff|objet|asunto)\s*:\s*)?(?:${STRONG_HEADER}|${WEAK_HEADER})\s*:`,
  'm',
);

const I_AM = String.raw`(?:i am|i'm|im|i will be|i'll be|i shall be|i will remain|i remain)`;
/** First-person statements of absence. */
const AWAY: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${I_AM}\s+(?:currently\s+|now\s+|presently\s+|still\s+|unfortunately\s+)?(?:out of (?:the )?office|ooo|away\b|on (?:\w+\s+){0,2}(?:vacation|holidays?|leave|pto|sabbatical|furlough)\b|on (?:a )?(?:business trip|business travel|break)|off (?:work|sick|on)\b|out sick|travell?ing\b|attending\b|at a conference|offline|unavailable|not available|not in the office|absent|without (?:access|e-?mail)|in (?:transit|meetings all day))`,
  ),
  /\bcurrently (?:out of (?:the )?office|away|on (?:\w+ )?leave|on vacation|on holiday|unavailable|travell?ing|out)\b/,
  /\b(?:out of (?:the )?office|ooo) (?:until|till|through|from|and|with|returning|on|today|this week|next week)\b/,
  /\bon (?:maternity|paternity|parental|sick|medical|family|bereavement|study|annual|adoption) leave\b/,
  // German
  /\b(?:ich bin|bin ich|befinde ich mich|ich befinde mich|ich bin derzeit|ich bin zurzeit)\s+(?:\S+\s+){0,6}?(?:nicht im (?:buro|haus|office)|nicht erreichbar|abwesend|im urlaub|in urlaub|au(?:ß|ss)er haus|auf (?:geschafts|dienst)?reise|in elternzeit|im mutterschutz|krank(?:geschrieben)?\b|eingeschrankt erreichbar|unterwegs|auf dienstreise)/,
  // French
  /\bje (?:suis|serai)\s+(?:actuellement\s+|absente?\s+)?(?:absente?\b|en (?:conges?|vacances|deplacement|arret maladie|conge (?:maternite|paternite|parental|maladie))|hors du bureau|indisponible|en teletravail sans acces)/,
  /\bje ne suis pas (?:au bureau|disponible)\b|\bje n'ai pas acces (?:a|aux) (?:mes )?(?:e-?mails?|courriels|messages)\b/,
  // Spanish
  /\b(?:estoy|estare|me encuentro|me encontrare)\s+(?:actualmente\s+)?(?:fuera de (?:la )?oficina|fuera\b|de vacaciones|de viaje|ausente|de baja|de permiso|sin acceso)/,
];

/** The boilerplate around an away statement. */
const CONTEXT: readonly RegExp[] = [
  /\blimited (?:access to (?:my )?e-?mails?|e-?mail access|access|connectivity)\b/,
  /\b(?:no|without) (?:access to )?(?:e-?mail|email access)\b/,
  /\b(?:upon|on|after) my return\b|\bwhen i (?:return|get back|am back)\b|\bwhen i'm back\b/,
  /\b(?:in|during) my absence\b/,
  /\bfor (?:urgent|immediate|time[- ]sensitive|pressing) (?:matters|issues|requests|inquiries|enquiries|questions|assistance|help|support|needs|queries|concerns)\b/,
  /\bif (?:your (?:\w+ )?|this |the )?(?:matter|request|issue|inquiry|enquiry|email|message|it)? ?(?:is|'s) urgent\b|\bif urgent\b/,
  /\b(?:will|shall) (?:be )?(?:respond|reply|get back|answer|read|check|return)\w*\b.{0,60}\b(?:as soon as (?:possible|i can)|promptly|on my return|upon my return|when i return|when i'm back|when i am back)\b/,
  /\bresponses? (?:will|may) be delayed\b|\bdelayed (?:response|reply)\b/,
  /\bthank you for your (?:e-?mail|message|note)\b/,
  /\byour (?:e-?mail|message) (?:will not|won't) be (?:forwarded|read)\b/,
  // German
  /\b(?:in|bei) dringenden (?:fallen|anliegen|angelegenheiten|fragen)\b/,
  /\bnach meiner (?:ruckkehr|ruckkunft)\b|\bwahrend meiner abwesenheit\b/,
  /\bihre (?:e-?mail|nachricht|mail) wird nicht weitergeleitet\b|\bkeinen zugriff auf\b/,
  /\bvielen dank fur ihre (?:e-?mail|nachricht|mail)\b/,
  // French
  /\ben cas d'urgence\b|\b(?:a|des) mon retour\b|\b(?:pendant|durant|en) mon absence\b/,
  /\bmerci (?:pour|de) votre (?:message|e-?mail|courriel|mail)\b|\bacces limite\b/,
  // Spanish
  /\ben caso de urgencia\b|\bpara (?:asuntos|temas) urgentes\b|\ba mi (?:regreso|vuelta)\b/,
  /\bdurante mi ausencia\b|\bgracias por su (?:mensaje|correo|e-?mail)\b|\bacceso limitado\b/,
];

/** Signs of a person answering: these turn a bare away statement into a real reply. */
const ENGAGEMENT: readonly RegExp[] = [
  /\b(?:let's|let us|sounds (?:good|great)|works for me|how about|what about|can we|could we|shall we|would you|could you|can you)\b/,
  /\b(?:happy|glad) to (?:chat|talk|meet|help|discuss|connect|hop|jump|review|look)\b/,
  /\b(?:i'd|i would|we'd|we would) (?:love|like|be happy|be glad)\b/,
  /\b(?:call me|give me a call|send (?:me|it|over|us)|please send|if you could)\b/,
  /\b(?:thanks|thank you) for (?:the|sending|following) (?:up|proposal|deck|info|information|note|reminder|nudge)?/,
  /\b(?:interested in|looks good|look forward to (?:our|the|talking|speaking|chatting|meeting))\b/,
  // German, French, Spanish
  /\b(?:lass uns|lassen sie uns|klingt gut|passt mir|konnen wir|schicken sie mir|rufen sie mich an)\b/,
  /\b(?:avec plaisir|volontiers|ca me va|on peut|pouvons-nous|envoyez-moi|appelez-moi)\b/,
  /\b(?:con gusto|me parece bien|podemos|envieme|enviame|llamame|llameme|hablemos)\b/,
];

const any = (res: readonly RegExp[], s: string) => res.some((re) => re.test(s));

function prepare(text: string): string {
  return normalizeText(text)
    .replace(/\bout-of-(?:the-)?office\b/g, 'out of office')
    .replace(/[ \t]+/g, ' ');
}

/**
 * Whether an inbound message is an automatic reply rather than a person answering.
 * `text` is the message body (quoted history is ignored); `subject` its subject, if known.
 */
export function detectAutoReply(text: string, subject?: string): boolean {
  const lines = prepare(stripQuoted(text));
  const body = lines.replace(/\s+/g, ' ').trim();
  if (HEADER_LINE_RE.test(lines) || any(MARKERS, body)) return true;
  const away = any(AWAY, body);
  const context = any(CONTEXT, body);
  const engaged = any(ENGAGEMENT, body);
  if (away && (context || !engaged)) return true;
  if (subject !== undefined && SUBJECT_RE.test(prepare(subject))) {
    // A person's answer in a thread whose subject still carries the header is a real reply.
    return !engaged || context;
  }
  return false;
}
