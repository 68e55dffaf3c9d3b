/**
 * Words for matching articles to threads: tokens, a light plural stemmer, stopwords, and an
 * article's keywords. Shared by the extractor (which runs in the page) and the ranker, so it
 * imports nothing.
 */

const STOP = `
a about above after again against ago all almost along already also although always am among an
and another any anyone anything anyway are around as at away back be became because become been
before being below between both but by can cannot could did do does doing done down during each
either else enough especially etc even ever every few first for from further get gets getting got
had has have having he her here hers herself him himself his how however i if in into is it its
itself just last least less let like likely made make makes making many may maybe me might mine
more most much must my myself near need needs never new next no nor not now of off often on once
one only or other others otherwise our ours ourselves out over own per perhaps please quite rather
really said same say says see seen several shall she should since so some something sometimes
soon still such than that the their theirs them themselves then there these they thing things
this those though through thus to too two three four five six seven eight nine ten under until up
upon us use used using very via was way ways we well were what whatever when where whether which
while who whom whose why will with within without would yes yet you your yours yourself
yourselves across amongst anybody beyond else's hence instead onto per toward towards whereas
whichever whoever whole wholly
mr mrs ms dr inc ltd llc gmbh co corp plc sa ag bv com www http https html
hi hello hey dear thanks thank regards best cheers sincerely kind warm wishes
email emails mail message messages note notes reply replied wrote sent send sending attached
attachment forwarded fwd re subject cc bcc unsubscribe
call calls chat meeting meetings talk talking speak spoke week weeks weekly month months today
tomorrow yesterday day days year years time times morning afternoon evening monday tuesday
wednesday thursday friday saturday sunday january february march april june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
quick question questions follow following followup checking check touch base circling
update updates hope great good nice glad happy sure okay ok happy let know knows knew
proposal proposals attached interested interest team teams company companies work working
looking look looks want wants wanted think thought thinks going go goes went come comes came
take takes took give gives gave find finds found help helps helped keep keeps kept put puts
able lot lots bit little big small large long short high low right left yes great real
part parts point points case cases way something someone anything nothing everything
share shared sharing read reading post posts article articles blog page site story link links
minute minutes min hour hours comment comments subscribe newsletter sign privacy terms cookies
based percent cent per tell told telling ask asked asking exactly together sound sounds seems seem
add adds added adding end ends ended number numbers run runs running ran start starts started
third second list internally actually usually simply probably certainly definitely basically
matter matters timely conversation conversations bring brings brought side copied complete
completed join joined joining separate contact contacts reach reached mentioned mention around
able unable try tried trying wait waiting hear heard hearing meet met forward ahead early
later soon sooner recently recent currently current latest last first next whole kind sort type
many much lots plenty bit little fine awesome amazing excellent perfect welcome sorry apologies
yeah yes sure absolutely indeed anyway though also however therefore
`;

// German function words, for the German threads and pages users save.
const STOP_DE = `
aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bin bis bist
da damit dann das dass dem den denn der des die dies diese diesem diesen dieser doch dort du durch
ein eine einem einen einer eines er es für hab habe haben hat hatte ich ihm ihn ihnen ihr ihre
im in ist ja jetzt kann kein keine können man mehr mein meine mich mir mit muss nach nicht noch nur
ob oder ohne sehr sein seine sich sie sind so soll über um und uns unser unsere von vor war waren
was weil wenn wer werden wie wir wird wo zu zum zur zwischen hallo grüße gruß viele beste danke
`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  `${STOP} ${STOP_DE}`.split(/\s+/).filter(Boolean),
);

const LETTER = /[\p{L}\p{N}]/u;

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c < 0xd800 || c > 0xdfff ? LETTER.test(text[i]!) : false;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Calls fn for each word of the text: `raw` as written (a trailing "'s" dropped), `word` lower-cased,
 * and whether it starts a sentence (first word, or after . ! ? : ; or a line break). Words with
 * other apostrophes (don't, we're) are function words and skipped. One pass, no regex per word.
 */
export function eachWord(
  text: string,
  fn: (word: string, raw: string, sentenceStart: boolean) => void,
): void {
  const n = text.length;
  let i = 0;
  let boundary = true;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) {
      if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10) boundary = true;
      i++;
      continue;
    }
    const start = i;
    let apostrophe = -1;
    let inner = false;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isWordChar(c, text, i)) {
        i++;
        continue;
      }
      if (isApostrophe(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
        if (apostrophe >= 0) inner = true;
        apostrophe = i;
        i++;
        continue;
      }
      break;
    }
    let end = i;
    if (apostrophe >= 0) {
      const tail = text.slice(apostrophe + 1, end);
      if (!inner && (tail === 's' || tail === 'S')) end = apostrophe;
      else {
        boundary = false;
        continue;
      }
    }
    const raw = text.slice(start, end);
    fn(raw.toLowerCase(), raw, boundary);
    boundary = false;
  }
}

/** Lower-cased word tokens, possessives and contractions dropped ("carrier's" → "carrier"). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  eachWord(text, (w) => out.push(w));
  return out;
}

/** Is this token worth matching on: a content word, not a stopword or a bare number. */
export function isContent(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.length >= 3 && w.length <= 40 && !(c >= 48 && c <= 57) && !STOPWORDS.has(w);
}

/** A light plural stemmer, so "invoices" meets "invoice" and "fees" meets "fee". */
export function stem(w: string): string {
  const n = w.length;
  if (n <= 3 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is|ics|ous)$/.test(w)) return w.endsWith('sses') ? w.slice(0, -2) : w;
  if (/(?:xes|ches|shes|sses|zzes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/**
 * An article's keywords: its most frequent content terms, the title counting three times, in the
 * surface form seen most often. Ties break alphabetically, so the same text gives the same list.
 */
export function keywordsOf(title: string, text: string, limit = 12): string[] {
  const count = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const add = (s: string, weight: number): void =>
    eachWord(s, (w) => {
      if (!isContent(w)) return;
      const k = stem(w);
      count.set(k, (count.get(k) ?? 0) + weight);
      let f = forms.get(k);
      if (!f) forms.set(k, (f = new Map()));
      f.set(w, (f.get(w) ?? 0) + 1);
    });
  add(title, 3);
  add(text, 1);
  const best = (k: string): string => {
    let form = k;
    let n = -1;
    for (const [w, c] of forms.get(k)!) if (c > n || (c === n && w < form)) [form, n] = [w, c];
    return form;
  };
  return [...count]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([k]) => best(k));
}
