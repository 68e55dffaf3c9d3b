/** Month names and abbreviations (en, de, fr, es, it, pt, nl), accents stripped, lower case. */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'janner'],
  ['february', 'februar', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'feber'],
  ['march', 'marz', 'mars', 'marzo', 'marco', 'maart', 'mrt'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'setiembre'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dicembre', 'dezembro'],
];

let prefixes: Map<string, number> | undefined;

/** 1–12 for a month name or an abbreviation of one (at least three letters), else 0. */
export function monthOf(word: string): number {
  if (!prefixes) {
    prefixes = new Map();
    MONTHS.forEach((names, i) => {
      for (const name of names) {
        for (let n = 3; n <= name.length; n++) prefixes?.set(name.slice(0, n), i + 1);
      }
    });
  }
  return prefixes.get(word) ?? 0;
}
