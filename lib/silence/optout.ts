import {
  addLocalDays,
  addLocalMonths,
  cueBefore,
  findDateMentions,
  localDate,
  monthIndex,
  MONTH_RE,
  nextOccurrence,
  nextWeekday,
  normalizeText,
  resolveMention,
  startOfLocalDay,
  stripQuoted,
  usesMonthFirst,
  withinHorizon,
} from './return-date';

/**
 * "Please stop" versus "not now" (DESIGN.md, "Silence: definitions").
 *
 * - An opt-out ends the sequence for good: "not interested", "please remove me", "take me off
 *   your list", "stop emailing me", "unsubscribe", "we went with another vendor", "please don't
 *   contact me again", a bare "no thanks"; and the German, French and Spanish equivalents.
 * - A "not now" is a real answer that asks to be contacted later: "not right now", "reach out
 *   next quarter", "busy until March", "ping me in a few weeks". `findLaterDate` turns it into
 *   a date.
 *
 * Quoted history (">" lines, everything after "On … wrote:") is ignored. A soft refusal ("not
 * interested", "went with another vendor") does not count when the sentence goes on to a
 * contrast that keeps the door open ("not interested in the enterprise tier, but the starter plan
 * looks good"), when it is a question, a condition ("if you're not interested") or denied ("it's
 * not that we're not interested"); with a time qualifier ("not interested right now") or a later
 * date anywhere in the reply it is a "not now". Explicit requests to stop (remove me, stop
 * emailing, unsubscribe, don't contact me again) always win.
 */

export type OptOutKind = 'opt-out' | 'not-now';

type Guard = 'negation' | 'footer' | 'self';
interface Pattern {
  re: RegExp;
  guards?: readonly Guard[];
}

/** Requests to stop: always an opt-out. */
const HARD: readonly Pattern[] = [
  {
    re: /\b(?:please\s+)?remove\s+(?:me|us|my (?:e-?mail|address|name|contact|details|info)|our (?:e-?mail|address|details|company))\b/,
    guards: ['negation'],
  },
  { re: /\btake (?:me|us|my (?:e-?mail|address|name)) off\b/, guards: ['negation'] },
  {
    re: /\b(?:stop|quit|cease)\s+(?:e-?mailing|contacting|messaging|writing(?: to)?|sending(?: me| us)?|spamming|calling|pinging|bothering|following up|reaching out|texting|chasing)\b/,
    guards: ['negation', 'self'],
  },
  {
    re: /\b(?:do not|don't|dont|never|no longer)\s+(?:e-?mail|contact|message|write(?: to)?|call|bother|spam|reach out to|follow up with|text|chase)\s+(?:me|us)\b(?:\s+(?:again|anymore|any more|ever again|further|in (?:the )?future|going forward)\b|(?=\s*(?:[.!]|,\s*(?:thanks?|thank you|regards|best|cheers)\b|$)))/,
  },
  { re: /\bdo not contact\b/ },
  { re: /\bunsubscrib(?:e|ed|ing)\b/, guards: ['negation', 'footer'] },
  { re: /\bopt (?:me|us) out\b|\b(?:want|like|wish|need) to opt[- ]?out\b/, guards: ['negation'] },
  { re: /\bleave (?:me|us) alone\b|\blose my (?:number|e-?mail|address|contact)\b/ },
  {
    re: /\b(?:off|from) (?:your|the|this) (?:mailing |e-?mail |distribution |contact |call |marketing )?list\b/,
    guards: ['negation', 'footer'],
  },
  {
    re: /\bno (?:more|further) (?:e-?mails|messages|contact|follow[- ]?ups|calls)\b/,
    guards: ['negation'],
  },
  // German
  {
    re: /\b(?:entfernen sie mich|nehmen sie mich)\b|\baus (?:ihrem|dem|ihrer|der) (?:verteiler|liste|mailingliste|e-?mail-?liste|newsletter|kartei)\b/,
  },
  { re: /\b(?:austragen|abmelden|abbestellen)\b/, guards: ['negation', 'footer'] },
  {
    re: /\bkeine (?:weiteren )?(?:e-?mails|nachrichten|kontaktaufnahmen?|anrufe|werbung)\b|\b(?:kontaktieren sie mich|schreiben sie mir|mailen sie mir) (?:bitte )?nicht mehr\b|\bnicht mehr (?:kontaktieren|anschreiben|anrufen|anmailen)\b/,
  },
  // French
  {
    re: /\bretirez[- ](?:moi|nous)\b|\b(?:me|nous) (?:retirer|desinscrire|desabonner|supprimer) de\b|\bne (?:me|nous) (?:contactez|ecrivez|relancez|sollicitez|envoyez) plus\b|\bde ne plus (?:me|nous) (?:contacter|ecrire|relancer|solliciter|envoyer)\b|\bcessez de (?:me|nous)\b/,
  },
  { re: /\bdesinscri(?:re|vez|ption)\b|\bdesabonn(?:er|ez|ement)\b/, guards: ['footer'] },
  // Spanish
  {
    re: /\b(?:eliminen|eliminar|elimine|borren|borrar|quiten|quitar|saquen|sacar)(?:me|nos)? de (?:su|la|sus|vuestra|esta) (?:lista|base|listado)\b|\bdar(?:me|nos)? de baja\b|\bden(?:me|nos) de baja\b|\bno (?:me|nos) (?:contacte[ns]?|escriba[ns]?|envie[ns]?|llame[ns]?) mas\b|\bdej(?:e|en|a) de (?:enviar|escribir|contactar|llamar)(?:me|nos)\b/,
  },
];

/** Polite refusals: an opt-out unless the context softens them. */
const SOFT: readonly RegExp[] = [
  /\b(?:not|no longer)\s+(?:really |very |that |at all |currently |too |so |even )?interested\b|\bno interest\b|\buninterested\b/,
  /\b(?:we'll|i'll|we will|i will|going to|gonna|have to|will have to) (?:\w+ )?pass\b(?=\s*(?:[.!,;]|$|on (?:this|it|that)|for now|this time|thanks))|\bnot for (?:us|me)\b/,
  /\b(?:went|gone|going|go|decided to go|chose to go|opted to go) with (?:another|a different|an alternative|someone else|a competitor|one of your competitors|other|a competing)\b/,
  /\b(?:chose|chosen|selected|picked|decided on|opted for|signed with|partnered with|settled on|hired|engaged) (?:a different|another|an alternative|a competing|someone else|other|a competitor)\b/,
  /\bdecided (?:not to|against) (?:move|moving|proceed|proceeding|go|going|pursue|pursuing|buy|buying|purchase|continue|continuing|work|working|engage|engaging|partner)\b/,
  /\b(?:will not|won't|are not|aren't|not) (?:be )?(?:moving|going|proceeding) forward\b/,
  /\b(?:go|going|went|decided to go|move|moving) in (?:a|another) (?:different )?direction\b/,
  /\b(?:not|isn't|aren't|wasn't) (?:a |the )?(?:good |great |right )?fit\b/,
  /\bwe already have (?:a|an) (?:solution|vendor|provider|partner|agency|supplier|tool|system)\b/,
  /\b(?:we|i) (?:don't|do not) need (?:this|that|it|your)\b|\b(?:no|have no|don't have a|do not have a) (?:need|use) for (?:this|that|it|your)\b/,
  /\b(?:not|aren't|are not|isn't|is not|am not|'m not|'re not) (?:currently |actively |really )?looking (?:to|for|at)\b/,
  /\b(?:we're|we are|i'm|i am) all set\b(?=\s*(?:[.!,;]|$|thanks|thank you|for now|on this|here))/,
  /\b(?:happy|satisfied|content) with (?:our|the) (?:current|existing) (?:provider|vendor|solution|setup|supplier|partner|tool|system)\b/,
  /\b(?:renewed|extended|signed) (?:with|our contract with) (?:our )?(?:current|existing) (?:vendor|provider|supplier|partner)\b/,
  /\b(?:decided|going|plan|planning) to (?:build|do|handle|keep|develop) (?:it |this |that )?in[- ]house\b/,
  // German
  /\bkein(?:e|en)? (?:\w+ )?interesse\b|\bnicht (?:mehr )?interessiert\b|\binteressiert (?:uns|mich) nicht\b|\bkein(?:en)? bedarf\b/,
  /\bfur (?:einen|eine|ein) (?:anderen|andere|anderes)(?: \w+)? entschieden\b/,
  // French
  /\bpas (?:du tout |vraiment |tres )?interess(?:e|ee|es|ees)\b|\b(?:ne (?:m|nous)|n)'interesse pas\b|\bpas pour nous\b/,
  /\b(?:choisi|retenu|opte pour|signe avec) (?:un autre|une autre|d'autres)\b/,
  // Spanish
  /\bno (?:me|nos) interesa\b|\bno (?:estoy|estamos) interesad[oa]s?\b|\bno tenemos interes\b|\bno (?:me|nos) hace falta\b/,
  /\b(?:elegido|escogido|optado por|seleccionado|contratado|elegimos|optamos por) (?:a )?(?:otro|otra)\b/,
];

/** A time qualifier next to a soft refusal makes it a "not now". */
const TIMING =
  /\b(?:right now|at the moment|at this (?:time|point|stage|juncture)|for now|for the moment|currently|at present|presently|this (?:year|quarter|month|season|time)|for the time being|just yet|yet|zurzeit|derzeit|momentan|im moment|aktuell|gerade|vorerst|im augenblick|pour le moment|pour l'instant|actuellement|en ce moment|pour l'heure|por ahora|de momento|en este momento|ahora mismo|actualmente|por el momento|todavia)\b/;

const CONTRAST =
  /\b(?:but|however|although|though|except|aber|jedoch|allerdings|sondern|mais|cependant|pourtant|pero|sin embargo|aunque)\b/;
/** What may follow "but" without reopening the door: "not interested, but thanks". */
const POLITE_TAIL =
  /^[\s,]*(?:thanks?|thank you|thx|many thanks|i appreciate|appreciate|appreciated|good luck|best of luck|all the best|best wishes|danke|vielen dank|merci|gracias|i wish|we wish|wish you)\b/;
const CONDITIONAL =
  /\b(?:if|in case|whether|unless|should you|falls|wenn|ob|si|en caso de que)\b(?! you (?:could|can|would kindly|would please|don't mind|wouldn't mind)\b)/;
/** The writer's own plan, not a request: "I'll stop following up after this note". */
const SELF_BEFORE =
  /\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| shall| should| can| could| would| won't| may| might)\s+(?:\w+\s+)?$/;
const DENIAL =
  /\b(?:not that|doesn't mean|does not mean|don't think|do not think|didn't say|never said|wouldn't say|not saying|isn't that|it's not that|not because|nicht dass|ce n'est pas que|no es que|no digo que)\b/;
const NEGATION_BEFORE =
  /\b(?:don't|do not|dont|didn't|did not|no need to|never|not|why did you|why would you|accidentally|by mistake|nicht|ne pas|no)\s+(?:\w+\s+){0,3}$/;
/** Mailing-list footers: "To unsubscribe, click here", "you can unsubscribe at any time". */
const FOOTER_BEFORE =
  /(?:^\s*to|\b(?:click(?:ing)?(?: on| here)?(?: to)?|you (?:can|may)(?: always)?|in order to|link to|button to|option to|hier|ici pour|aqui para))\s+$/;
const GENERIC_OBJECT =
  /^\s+in\s+(?:this|that|it|these|those|your|you|any|anything|working|buying|pursuing|moving|further|hearing|learning|talking|discussing|continuing|receiving|getting|a (?:call|demo|meeting|chat)|the (?:offer|product|products|service|services|solution|proposal|demo|call|meeting|opportunity|platform|tool|software|idea))\b/;
const POSITIVE =
  /\?|\b(?:looks? (?:good|great|interesting)|sounds? (?:good|great|interesting)|we like|i like|love|keen|could you|can you|send (?:me|us|over)|let's|how much|pricing|quote|would like|how about|what about)\b/;

/** Short replies that are a refusal as a whole. */
const WHOLE_NO =
  /\b(?:no|nope|nah|nein|non)\b[\s,.!-]*\b(?:thanks?|thank you|thx|ty|danke|merci|gracias)\b(?!\s*(?:needed|necessary|required))/;
const WHOLE_STOP =
  /^(?:please\s+)?(?:stop|remove(?: me)?|unsubscribe(?: me)?)(?:\s+(?:please|it|this|now))?[\s.!]*$/;

const MONTHS = String.raw`(?:${MONTH_RE})`;
/** A later time, as it follows "reach out", "circle back", "ping me", …. */
const LATER_WORDS = String.raw`(?:next (?:week|month|quarter|year|fiscal year|fy|budget cycle|season|spring|summer|fall|autumn|winter)|(?:a few|a couple of|a couple|several|\d{1,2}|two|three|four|six|some) (?:weeks|months)|a (?:week|month) or two|a month|the new year|later\b(?! today| this (?:morning|afternoon|evening)| tonight)|early next|(?:the )?(?:holidays|holiday season|festive season|new year|summer break)\b|(?:in|until|till|after|around|by|early|mid-?|late|end of|beginning of)\s+(?:the\s+)?(?:q[1-4]|${MONTHS})\b|(?:the )?end of (?:the )?(?:year|quarter|month|week)|sometime\b)`;
/** A later time worth deferring a conversation to ("let's talk in January"). */
const TIME_AHEAD = String.raw`(?:next (?:quarter|month|year|fiscal year|spring|summer|fall|autumn|winter)|in (?:a few|a couple of|several|\d{1,2}|two|three|four|six) (?:weeks|months)|after the (?:holidays|new year|summer)|in the new year|later this year|(?:in|until|after) (?:early |mid-?|late )?(?:q[1-4]|${MONTHS})\b)`;

/** Wording that asks to be contacted later. */
const NOT_NOW: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:maybe|perhaps|possibly|probably) (?:${TIME_AHEAD}|in (?:the )?(?:spring|summer|fall|autumn|winter)|next (?:spring|summer|fall|autumn|winter))`,
  ),
  /\bnot (?:right )?now\b|\bnot (?:at )?(?:the|this) (?:moment|time|point|stage)\b|\bnot at present\b|\bnot for now\b/,
  /\bnot (?:a|the) (?:good|right|great|best|ideal) time\b|\btiming (?:isn't|is not|'s not) (?:right|great|good|ideal)\b|\b(?:bad|poor|tough|wrong) timing\b|\btiming is (?:just |really |a bit |simply )?(?:off|bad|wrong|tough)\b/,
  /\bnot (?:a )?(?:top |high |big )?priority\b|\bnot (?:quite )?ready\b|\b(?:no|zero) budget\b|\bbudget (?:is )?(?:frozen|freeze|cuts?|tight)\b|\bhiring freeze\b/,
  /\b(?:busy|swamped|slammed|booked|tied up|buried|underwater|heads down|flat out|stretched thin|full)\b[^.!?]{0,30}\b(?:until|till|through|for the next|for a few|for a couple|the rest of)\b/,
  /\b(?:busy|swamped|slammed|tied up|buried|underwater|heads down|flat out|stretched thin) (?:right now|at the moment|this (?:week|month|quarter))\b/,
  /\bnot (?:until|before|till)\b|\b(?:don't|do not|doesn't|does not) have (?:the )?(?:bandwidth|capacity|time|budget|resources)\b/,
  /\b(?:maybe|perhaps|possibly) (?:later|down the (?:road|line))\b|\blater this (?:year|quarter|month)\b|\blater in the year\b|\bdown the road\b/,
  new RegExp(
    String.raw`\b(?:reach(?:ing)? out|circle back|check back|touch base|revisit(?: this| it)?|reconnect|try (?:me|us) again|ping (?:me|us)|come back to (?:me|us)|pick (?:this|it) (?:back )?up)\b[^.!?]{0,30}?\b(?:${LATER_WORDS}|once\b|when\b)`,
  ),
  new RegExp(
    String.raw`\b(?:check in|follow up|remind (?:me|us)|get back to (?:me|us|you)|get in touch|contact (?:me|us)|e-?mail (?:me|us)|write (?:to )?(?:me|us))\b[^.!?]{0,30}?\b${LATER_WORDS}`,
  ),
  new RegExp(
    String.raw`\b(?:talk|chat|speak|connect|meet|discuss|look at (?:this|it)|revisit)\b[^.!?]{0,20}?\b${TIME_AHEAD}`,
  ),
  /\bnext (?:quarter|fiscal year|budget cycle)\b|\bin a (?:few|couple(?: of)?) months\b|\bin (?:the )?new year\b|\bafter the (?:holidays|holiday season|new year|summer|festive season)\b|\bafter (?:christmas|xmas|new year'?s?)\b|\bearly next year\b/,
  // German
  /\b(?:derzeit|zurzeit|momentan|im moment|aktuell|gerade|vorerst)\s+(?:\w+\s+){0,2}(?:nicht|kein(?:en|e)?)\b|\bnicht jetzt\b|\bjetzt nicht\b|\bvielleicht spater\b|\bspater (?:im jahr|nochmal|noch einmal|wieder)\b/,
  /\b(?:melden|kommen) sie (?:sich )?(?:gerne |bitte )?(?:im|nach|in|nachstes|nachsten|nochmal|wieder|spater|ab)\b|\bnachste[sn]? (?:quartal|jahr|geschaftsjahr)\b|\bnach den (?:feiertagen|ferien|sommerferien)\b|\bnach (?:weihnachten|neujahr|ostern)\b|\bim neuen jahr\b|\bin (?:ein paar|einigen|zwei|drei|\d+) (?:wochen|monaten)\b/,
  // French
  /\bpas (?:pour le moment|pour l'instant|maintenant|en ce moment|tout de suite|cette annee|ce trimestre)\b|(?<!\bau )\bplus tard\b|\brecontacte[rz](?:[- ]moi|[- ]nous)?\b|\brevene[sz] vers (?:moi|nous)\b|\bpas le bon moment\b|\bpas prioritaire\b/,
  /\b(?:le trimestre|l'annee|l'exercice) prochain(?:e)?\b|\bapres les (?:fetes|vacances)\b|\bapres (?:noel|le nouvel an)\b|\ba la rentree\b|\bdans (?:quelques|deux|trois|\d+) (?:semaines|mois)\b/,
  // Spanish
  /\b(?:ahora|por ahora|de momento|en este momento|por el momento)\s+no\b|\bno (?:por ahora|de momento|en este momento|ahora)\b|\bmas adelante\b|\bvuelva a (?:contactar|escribir)(?:me|nos)?\b|\bno es (?:el|un) buen momento\b|\bcontacte(?:me|nos)\b.{0,30}\b(?:en|despues|dentro de)\b/,
  /\bel (?:proximo|siguiente) (?:trimestre|ano)\b|\bel (?:trimestre|ano) que viene\b|\bdespues de (?:las fiestas|navidad|ano nuevo|las vacaciones|verano)\b|\b(?:en|dentro de) (?:unas|unos|un par de|dos|tres|\d+) (?:semanas|meses)\b/,
];

interface Sentence {
  text: string;
  question: boolean;
}

function sentencesOf(lines: string): Sentence[] {
  return (lines.match(/[^.!?;\n]+[.!?;]*/g) ?? [])
    .map((s) => ({ text: s.trim(), question: s.includes('?') }))
    .filter((s) => s.text.length > 0);
}

function hardHit(s: Sentence): boolean {
  return HARD.some(({ re, guards }) => {
    const m = re.exec(s.text);
    if (!m) return false;
    const before = s.text.slice(0, m.index);
    if (guards?.includes('negation') && NEGATION_BEFORE.test(before)) return false;
    if (guards?.includes('footer') && (FOOTER_BEFORE.test(before) || CONDITIONAL.test(before))) {
      return false;
    }
    if (guards?.includes('self') && SELF_BEFORE.test(before)) return false;
    return true;
  });
}

/** 'hit' (a refusal), 'timed' (a refusal for now), or null (none, or softened away). */
function softHit(s: Sentence, next: Sentence | undefined, body: string): 'hit' | 'timed' | null {
  let result: 'hit' | 'timed' | null = null;
  for (const re of SOFT) {
    const m = re.exec(s.text);
    if (!m) continue;
    if (s.question) continue;
    const before = s.text.slice(0, m.index);
    const after = s.text.slice(m.index + m[0].length);
    if (CONDITIONAL.test(before) || DENIAL.test(before)) continue;
    const contrast = CONTRAST.exec(after);
    if (contrast && !POLITE_TAIL.test(after.slice(contrast.index + contrast[0].length))) continue;
    if (!contrast && next) {
      const lead =
        /^(?:but|however|although|though|aber|jedoch|mais|cependant|pero|sin embargo)\b(.*)$/.exec(
          next.text,
        );
      if (lead && !POLITE_TAIL.test(lead[1] ?? '')) continue;
    }
    if (/interess|interes/.test(m[0]) && /^\s+in\s/.test(after) && !GENERIC_OBJECT.test(after)) {
      // "not interested in the enterprise tier": a scoped no; other interest keeps it a reply.
      const rest = body.replace(m[0], ' ');
      if (POSITIVE.test(rest)) continue;
    }
    if (TIMING.test(s.text)) return 'timed';
    result = 'hit';
  }
  return result;
}

/** Whether a sentence asks to be contacted later (not under an "if": "if the timing isn't right"). */
function asksForLater(s: Sentence): boolean {
  return NOT_NOW.some((re) => {
    const m = re.exec(s.text);
    return m !== null && !CONDITIONAL.test(s.text.slice(0, m.index));
  });
}

/** 'opt-out', 'not-now', or null for any other reply. */
export function detectOptOut(text: string): OptOutKind | null {
  const lines = normalizeText(stripQuoted(text));
  const body = lines.replace(/\s+/g, ' ').trim();
  if (body.length === 0) return null;
  if (WHOLE_STOP.test(body)) return 'opt-out';
  const sentences = sentencesOf(lines);
  if (sentences.some((s) => WHOLE_STOP.test(s.text) || hardHit(s))) return 'opt-out';
  let refusal = false;
  let later = false;
  sentences.forEach((s, i) => {
    const hit = softHit(s, sentences[i + 1], body);
    if (hit === 'hit') refusal = true;
    if (hit === 'timed') later = true;
  });
  if (!later) later = sentences.some(asksForLater);
  if (later) return 'not-now';
  if (refusal) return 'opt-out';
  const words = body.split(/\s+/).length;
  if (words <= 8 && !body.includes('?') && WHOLE_NO.test(body)) return 'opt-out';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Later dates
// ---------------------------------------------------------------------------------------------

/** Local midnight of the first day of month `m` of year `y`, months overflowing into years. */
function monthStart(y: number, m: number): number {
  const d = new Date(2000, 0, 1);
  d.setFullYear(y, m, 1);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  ein: 1,
  eine: 1,
  einem: 1,
  einen: 1,
  einer: 1,
  un: 1,
  une: 1,
  una: 1,
  uno: 1,
  two: 2,
  zwei: 2,
  deux: 2,
  dos: 2,
  couple: 2,
  'a couple': 2,
  'a couple of': 2,
  'couple of': 2,
  'un par de': 2,
  three: 3,
  drei: 3,
  trois: 3,
  tres: 3,
  few: 3,
  'a few': 3,
  several: 3,
  some: 3,
  'ein paar': 3,
  einigen: 3,
  wenigen: 3,
  quelques: 3,
  unas: 3,
  unos: 3,
  'unas pocas': 3,
  'unos pocos': 3,
  pocas: 3,
  pocos: 3,
  algunas: 3,
  algunos: 3,
  four: 4,
  vier: 4,
  quatre: 4,
  cuatro: 4,
  six: 6,
  sechs: 6,
  seis: 6,
};
const NUMBER_RE = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const IN_N_UNITS = new RegExp(
  String.raw`\b(?:in|within|after|dans|en|dentro de|nach)\s+(?:the next\s+|about\s+|around\s+|roughly\s+|maybe\s+|another\s+)?(${NUMBER_RE}|\d{1,2})\s+(?:more\s+)?(days?|weeks?|months?|tagen?|wochen?|monaten?|monat|jours?|semaines?|mois|dias?|semanas?|meses|mes)\b`,
  'g',
);
const WEEK_OR_TWO = /\ba (week|month) or two\b/g;

const POSITION = String.raw`(early|beginning of|start of|mid|middle of|late|end of|the end of|anfang|mitte|ende|debut|mi|fin|a principios de|principios de|a mediados de|mediados de|a finales de|finales de|comienzos de)`;
const MONTH_PHRASE = new RegExp(
  String.raw`(?<!\d\.?\s{0,2})\b(?:(in|im|en|until|till|til|bis|jusqu'en|jusqu'a|hasta|after|nach|apres|despues de|from|ab|around|by|des)\s+)?(?:(?:the\s+)?${POSITION}[\s-]+(?:of\s+|de\s+)?)?(${MONTH_RE})\b(?!\.?\s*\d)(?:\s+(\d{4})\b)?`,
  'g',
);
const QUARTER_PHRASE =
  /\b(in|until|till|by|around|for|early|late|end of|after|bis|im|ab|au|en|hasta|despues del|apres le)\s+(?:the\s+)?q([1-4])\b(?:\s+(\d{4})\b)?/g;

const HOLIDAYS =
  /\bafter (?:the )?(?:holidays|holiday season|christmas|xmas|new year'?s?|new year|festive season)\b|\b(?:in|into) the new year\b|\bnach (?:den feiertagen|weihnachten|neujahr|dem jahreswechsel)\b|\bim neuen jahr\b|\bapres (?:les fetes|noel|le nouvel an)\b|\bdespues de (?:las fiestas|navidad|ano nuevo)\b|\ben el ano nuevo\b/;
const SEASONS: readonly [RegExp, number][] = [
  [
    /\bafter (?:the )?summer\b|\bnach (?:dem sommer|den sommerferien)\b|\bapres l'ete\b|\ba la rentree\b|\bdespues del verano\b|\b(?:in (?:the )?|next )(?:fall|autumn)\b|\bim herbst\b|\ben automne\b|\ben (?:el )?otono\b/,
    8,
  ],
  [
    /\b(?:in (?:the )?|next )spring\b|\bim (?:fruhling|fruhjahr)\b|\bau printemps\b|\ben primavera\b/,
    2,
  ],
  [/\b(?:in (?:the )?|next )summer\b|\bim sommer\b|\ben ete\b|\ben verano\b/, 5],
  [/\b(?:in (?:the )?|next )winter\b|\bim winter\b|\ben hiver\b|\ben invierno\b/, 11],
];
const NEXT_QUARTER =
  /\bnext (?:quarter|qtr)\b|\bnachste[sn]? quartal\b|\btrimestre prochain\b|\b(?:proximo|siguiente) trimestre\b|\btrimestre que viene\b/;
const NEXT_MONTH =
  /\bnext month\b|\bnachste[sn]? monat\b|\bmois prochain\b|\b(?:proximo|siguiente) mes\b|\bmes que viene\b/;
const NEXT_YEAR =
  /\bnext (?:year|fiscal year|fy)\b|\bnachste[sn]? (?:jahr|geschaftsjahr)\b|\bannee prochaine\b|\b(?:proximo|siguiente) ano\b|\bano que viene\b/;
const NEXT_WEEK =
  /\bnext week\b|\bnachste[sn]? woche\b|\bsemaine prochaine\b|\b(?:proxima|siguiente) semana\b|\bsemana que viene\b/;
const END_OF_MONTH = /\b(?:the )?end of (?:the |this )?month\b|\bmonth[- ]end\b/;
const END_OF_QUARTER = /\b(?:the )?end of (?:the |this )?quarter\b|\bquarter[- ]end\b/;
const END_OF_WEEK = /\b(?:the )?end of (?:the |this )?week\b/;
const LATER_THIS_YEAR =
  /\blater (?:this|in the) year\b|\bspater im jahr\b|\bplus tard (?:cette|dans l')annee\b|\bmas adelante este ano\b/;
const END_OF_YEAR =
  /\b(?:the )?end of (?:the |this )?year\b|\byear[- ]end\b|\bende des jahres\b|\bjahresende\b|\bfin (?:de )?l'annee\b|\bfin(?:ales)? de(?:l)? ano\b/;

const LATER_CUE =
  /\bjusqu'|\b(?:until|till|til|after|past|from|on|around|by|beyond|bis|nach|ab|am|apres|a partir d[eu]|des le|hasta|despues del?|desde|reach out|circle back|check back|check in|follow up|touch base|revisit|reconnect|ping me|ping us|contact me|contact us|try me again|try us again|get back to me|get back to us)\b/;
const LATER_EXTRA_FILLER = new Set(['me', 'us', 'again', 'back', 'with', 'then', 'later']);

/**
 * The day a "not now" points to, as local midnight: "next quarter" → first day of the next
 * calendar quarter; "in a few weeks" → +3 weeks ("a couple" 2, "a few"/"several" 3); "in
 * January" → 1 January, next occurrence ("mid-January" the 15th, "late January" the 20th, "end
 * of January" the 25th, or 1 February after "until"/"after"); "after the holidays" → 7 January;
 * "after the summer" → 1 September; "in Q3" → 1 July; "next month"/"next year"/"next week" →
 * the first day of it (Monday for a week); "later this year" → +90 days (by 1 December, at least
 * +30); "busy until 3 March" and other cued dates → that date ("after" → the day after).
 * Several phrases: the latest wins. When the text names no time but reads as a "not now": +30
 * days. Otherwise null.
 */
export function findLaterDate(text: string, sentAt: number): number | null {
  if (!Number.isFinite(sentAt) || Math.abs(sentAt) > 8e15) return null;
  const norm = normalizeText(stripQuoted(text)).replace(/\s+/g, ' ').trim();
  if (norm.length === 0) return null;
  const today = startOfLocalDay(sentAt);
  const now = new Date(today);
  const year = now.getFullYear();
  const month = now.getMonth();
  const found: number[] = [];
  const add = (t: number | null) => {
    if (t !== null && t > today && withinHorizon(t, sentAt)) found.push(t);
  };

  if (NEXT_QUARTER.test(norm)) add(monthStart(year, Math.floor(month / 3) * 3 + 3));
  if (NEXT_MONTH.test(norm)) add(monthStart(year, month + 1));
  if (NEXT_YEAR.test(norm)) add(monthStart(year + 1, 0));
  if (NEXT_WEEK.test(norm) || END_OF_WEEK.test(norm)) add(nextWeekday(1, today));
  if (END_OF_MONTH.test(norm)) add(monthStart(year, month + 1));
  if (END_OF_QUARTER.test(norm)) add(monthStart(year, Math.floor(month / 3) * 3 + 3));
  if (HOLIDAYS.test(norm)) add(nextOccurrence(0, 7, today));
  for (const [re, m] of SEASONS) if (re.test(norm)) add(nextOccurrence(m, 1, today));
  if (LATER_THIS_YEAR.test(norm)) {
    let t = addLocalDays(today, 90);
    const december = localDate(year, 11, 1) ?? t;
    if (t > december) t = Math.max(december, addLocalDays(today, 30));
    add(t);
  }
  if (END_OF_YEAR.test(norm)) {
    const december = localDate(year, 11, 1) ?? today;
    add(december > today ? december : addLocalDays(today, 30));
  }

  for (const m of norm.matchAll(IN_N_UNITS)) {
    const n = NUMBER_WORDS[m[1] ?? ''] ?? Number(m[1]);
    const unit = m[2] ?? '';
    if (!Number.isFinite(n) || n <= 0) continue;
    if (/^(?:month|monat|mois|mes)/.test(unit)) add(startOfLocalDay(addLocalMonths(today, n)));
    else if (/^(?:week|woche|semaine|semana)/.test(unit)) add(addLocalDays(today, 7 * n));
    else add(addLocalDays(today, n));
  }
  for (const m of norm.matchAll(WEEK_OR_TWO)) {
    add(m[1] === 'week' ? addLocalDays(today, 14) : startOfLocalDay(addLocalMonths(today, 2)));
  }

  for (const m of norm.matchAll(MONTH_PHRASE)) {
    const prep = m[1];
    const position = m[2];
    const mi = monthIndex(m[3] ?? '');
    const explicitYear = m[4] === undefined ? null : Number(m[4]);
    if (mi === null || (prep === undefined && position === undefined)) continue;
    let offset = 0; // months after `mi`
    let day = 1;
    if (position !== undefined) {
      if (/^(?:mid|middle of|mitte|mi|a mediados de|mediados de)$/.test(position)) day = 15;
      else if (/^(?:late|a finales de|finales de)$/.test(position)) day = 20;
      else if (/^(?:end of|the end of|ende|fin)$/.test(position)) {
        if (
          prep !== undefined &&
          /^(?:until|till|til|bis|jusqu'|hasta|after|nach|apres|despues)/.test(prep)
        ) {
          offset = 1;
        } else day = 25;
      }
    } else if (prep !== undefined && /^(?:after|nach|apres|despues de)$/.test(prep)) offset = 1;
    if (explicitYear !== null) {
      const first = monthStart(explicitYear, mi + offset);
      const d = new Date(first);
      add(localDate(d.getFullYear(), d.getMonth(), day));
    } else {
      add(nextOccurrence((mi + offset) % 12, day, today));
    }
  }

  for (const m of norm.matchAll(QUARTER_PHRASE)) {
    const prep = m[1] ?? '';
    const q = Number(m[2]);
    const explicitYear = m[3] === undefined ? null : Number(m[3]);
    const startMonth =
      (q - 1) * 3 + (/^(?:after|end of|late|despues del|apres le)$/.test(prep) ? 3 : 0);
    if (explicitYear !== null) add(monthStart(explicitYear, startMonth));
    else add(nextOccurrence(startMonth % 12, 1, addLocalDays(today, 1)));
  }

  const mentions = findDateMentions(norm);
  const monthFirst = usesMonthFirst(mentions);
  for (const mention of mentions) {
    if (mention.spec.type === 'next-week') continue; // counted above
    const cue = cueBefore(norm, mention.start, LATER_CUE, LATER_EXTRA_FILLER);
    if (cue === null) continue;
    const at = resolveMention(mention.spec, sentAt, monthFirst);
    if (at === null) continue;
    add(/^(?:after|past|beyond|nach|apres|despues)/.test(cue) ? addLocalDays(at, 1) : at);
  }

  if (found.length > 0) return found.reduce((a, b) => Math.max(a, b));
  return detectOptOut(text) === 'not-now' ? addLocalDays(today, 30) : null;
}
