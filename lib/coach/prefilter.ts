/**
 * The words a regex cannot match without: read from its source at load, so a gated pattern is
 * run only in the sentences that hold a word of each of these lists (a prefilter, as a search
 * index does with the literals of a query). "\b(?:the timing|now) (?:isn't|is not) right\b"
 * needs one of (timing, now), one of (isnt, is) and "right".
 *
 * The result is a conjunction of word lists (each a disjunction). Words are whole words as
 * analyse() sees them: lower case, apostrophes dropped, letters a-z and digits only; a list is
 * left out when any way through that part of the pattern holds no such word. Anything the reader
 * does not follow (a back-reference, a wide character class) only weakens the requirement: an
 * empty result means "no requirement".
 */

/** Of a part of the pattern: its exact strings (when few), else the word lists it requires. */
interface Info {
  /** Every string the part can match, when there are at most EXACT_MAX (markers for bounds). */
  exact: string[] | null;
  /** Word lists required when exact is null. */
  clauses: string[][];
}

/** Can a part match nothing; does every non-empty match start (end) with a non-word character? */
interface Shape {
  empty: boolean;
  startsApart: boolean;
  endsApart: boolean;
  /** infoOf's answers by context (a group recurs across patterns) */
  memo?: Info[];
}

type Node = Shape &
  (
    | { t: 'str'; s: string }
    | { t: 'set'; chars: string[] | null }
    | { t: 'bound' }
    | { t: 'zero' }
    | { t: 'seq'; items: Node[] }
    | { t: 'alt'; options: Node[] }
    | { t: 'rep'; node: Node; min: number; max: number }
  );

/** A character that marks a word bound (\b, ^, $, or a bound known from the context). */
const BOUND = '\u0001';
const EXACT_MAX = 32;
const CLAUSES_MAX = 8;

/** The word lists (conjunction of disjunctions) every match of `source` must contain. */
export function requiredWords(source: string): string[][] {
  const node = new Parser(source).parse();
  const info = infoOf(node, false, false);
  return minimal(info.exact ? clausesIn(info.exact, false, false) : info.clauses);
}

/** Groups already read, by their source (kept: shared lists of words recur across patterns). */
const GROUPS = new Map<string, Node>();

/** Index just after the ")" closing the group that opens at `open` (escapes and classes skipped). */
function groupEnd(s: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return s.length;
}

const ZERO: Node = { t: 'zero', empty: true, startsApart: true, endsApart: true };
const WIDE: Node = { t: 'set', chars: null, empty: false, startsApart: false, endsApart: false };
const WIDE_APART: Node = {
  t: 'set',
  chars: null,
  empty: false,
  startsApart: true,
  endsApart: true,
};

function str(text: string): Node {
  const s = text.toLowerCase();
  return {
    t: 'str',
    s,
    empty: false,
    startsApart: !isWordChar(s[0]!),
    endsApart: !isWordChar(s[s.length - 1]!),
  };
}

function seq(items: Node[]): Node {
  let startsApart = true;
  for (const x of items) {
    if (!x.startsApart) startsApart = false;
    if (!x.empty) break;
  }
  let endsApart = true;
  for (let k = items.length - 1; k >= 0; k--) {
    if (!items[k]!.endsApart) endsApart = false;
    if (!items[k]!.empty) break;
  }
  return { t: 'seq', items, empty: items.every((x) => x.empty), startsApart, endsApart };
}

function alt(options: Node[]): Node {
  return {
    t: 'alt',
    options,
    empty: options.some((x) => x.empty),
    startsApart: options.every((x) => x.startsApart),
    endsApart: options.every((x) => x.endsApart),
  };
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i < this.s.length) throw new Error(`prefilter: unexpected ")" at ${this.i}`);
    return n;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : alt(options);
  }

  private sequence(): Node {
    const items: Node[] = [];
    let text = ''; // literal characters not yet pushed
    const s = this.s;
    while (this.i < s.length && s[this.i] !== '|' && s[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantified(atom);
      if (typeof q === 'string') {
        text += q;
        continue;
      }
      if (text) items.push(str(text));
      text = '';
      items.push(q);
    }
    if (text) items.push(str(text));
    if (items.length === 0) return ZERO;
    return items.length === 1 ? items[0]! : seq(items);
  }

  /** The atom with the quantifier after it, if any (a literal character becomes a node then). */
  private quantified(atom: Node | string): Node | string {
    const s = this.s;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom; // a literal "{"
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: the same strings
    const node = typeof atom === 'string' ? str(atom) : atom;
    const { startsApart, endsApart } = node;
    return { t: 'rep', node, min, max, startsApart, endsApart, empty: min === 0 || node.empty };
  }

  /** A literal character as a string, anything else as a node. */
  private atom(): Node | string {
    const s = this.s;
    const c = s[this.i++]!;
    if (c === '(') {
      // the same group (a shared list of words) recurs across patterns: read it once
      const end = groupEnd(s, this.i - 1);
      const key = s.slice(this.i - 1, end);
      const known = GROUPS.get(key);
      if (known) {
        this.i = end;
        return known;
      }
      const node = this.group();
      if (this.i === end) GROUPS.set(key, node);
      return node;
    }
    if (c === '[') return this.set();
    if (c === '.') return WIDE;
    if (c === '^' || c === '$') return { ...ZERO, t: 'bound' };
    if (c === '\\') return this.escape(false);
    return c;
  }

  /** After "(": the group, or ZERO for a look-around (it consumes nothing). */
  private group(): Node {
    const s = this.s;
    let look = false;
    if (s[this.i] === '?') {
      const kind = s.slice(this.i, this.i + 3);
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind === '?<=' || kind === '?<!') [this.i, look] = [this.i + 3, true];
      else if (kind.startsWith('?=') || kind.startsWith('?!')) [this.i, look] = [this.i + 2, true];
      else if (kind.startsWith('?<')) this.i = s.indexOf('>', this.i) + 1; // a named group
    }
    const inner = this.alternation();
    if (s[this.i] !== ')') throw new Error(`prefilter: unclosed group in ${s.slice(0, 40)}`);
    this.i++;
    return look ? ZERO : inner;
  }

  /** After a backslash: a character (as a string), a class or an assertion. */
  private escape(inClass: boolean): Node | string {
    const s = this.s;
    const c = s[this.i++]!;
    if (c === 'b') return inClass ? '\b' : { ...ZERO, t: 'bound' }; // in a class: backspace
    if (c === 'B' && !inClass) return ZERO;
    if (c === 'W' || c === 's') return WIDE_APART; // never a letter, digit or "_"
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '\r';
    if (c === 'f' || c === 'v') return ' ';
    if (c === '0' && !/\d/.test(s[this.i] ?? '')) return ' ';
    if (c === 'u' && /^[\da-f]{4}/i.test(s.slice(this.i, this.i + 4))) {
      this.i += 4;
      return String.fromCharCode(parseInt(s.slice(this.i - 4, this.i), 16));
    }
    if (c === 'x' && /^[\da-f]{2}/i.test(s.slice(this.i, this.i + 2))) {
      this.i += 2;
      return String.fromCharCode(parseInt(s.slice(this.i - 2, this.i), 16));
    }
    // \w \d \D \S, a back-reference (\1, \k<name>), an octal or control escape, a property
    // (\p{L}): anything, as far as words go
    if (/[wdDSkpPc0-9]/.test(c)) {
      if (c === 'k' && s[this.i] === '<') this.i = s.indexOf('>', this.i) + 1;
      else if ((c === 'p' || c === 'P') && s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1;
      else if (c === 'c' && /[a-z]/i.test(s[this.i] ?? '')) this.i++;
      else while (/\d/.test(s[this.i] ?? '')) this.i++;
      return WIDE;
    }
    return c; // an escaped character stands for itself: \. \- \/ \( …
  }

  private set(): Node {
    const s = this.s;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let wide = false;
    let apart = true;
    // (in JavaScript "]" right after "[" or "[^" closes the class: "[]" and "[^]")
    while (this.i < s.length && s[this.i] !== ']') {
      let lo: string;
      if (s[this.i] === '\\') {
        this.i++;
        const e = this.escape(true);
        if (typeof e !== 'string') {
          wide = true;
          if (e !== WIDE_APART) apart = false;
          continue;
        }
        lo = e;
      } else lo = s[this.i++]!;
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        let hi: string;
        if (s[this.i] === '\\') {
          this.i++;
          const e = this.escape(true);
          hi = typeof e === 'string' ? e : '\uffff';
        } else hi = s[this.i++]!;
        const [a, b] = [lo.charCodeAt(0), hi.charCodeAt(0)];
        if (rangeHasWordChar(a, b)) apart = false;
        if (b - a > 8) wide = true;
        else for (let k = a; k <= b; k++) chars.push(String.fromCharCode(k));
      } else chars.push(lo);
    }
    this.i++; // "]"
    for (const ch of chars) if (isWordChar(ch)) apart = false;
    if (negated || (chars.length === 0 && !wide)) return WIDE;
    const sh = { empty: false, startsApart: apart, endsApart: apart };
    if (wide || chars.length > 4) return { t: 'set', chars: null, ...sh };
    return { t: 'set', chars: [...new Set(chars.map((ch) => ch.toLowerCase()))], ...sh };
  }
}

/**
 * A character of a word as the prefilter counts words: ASCII letters, digits and "_" (a regex's
 * \w). analyse() registers every run of ASCII letters and digits inside a longer word too
 * ("o'clock" gives "oclock", "o" and "clock"), so an apostrophe, a letter past ASCII or any other
 * character outside \w bounds a word here, as \b does.
 */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;
}

/** Can a character range [lo, hi] hold a word character? */
function rangeHasWordChar(lo: number, hi: number): boolean {
  const overlaps = (a: number, b: number): boolean => lo <= b && hi >= a;
  return overlaps(48, 57) || overlaps(65, 90) || overlaps(97, 122) || overlaps(95, 95);
}

/**
 * What a node requires; `before`/`after`: is the text just before (after) any match of the node
 * known to be a word bound?
 */
function infoOf(n: Node, before: boolean, after: boolean): Info {
  if (n.t === 'str' || n.t === 'set' || n.t === 'bound' || n.t === 'zero') return leafInfo(n);
  const memo = (n.memo ??= []);
  return (memo[(before ? 2 : 0) + (after ? 1 : 0)] ??= innerInfo(n, before, after));
}

function leafInfo(n: Node): Info {
  switch (n.t) {
    case 'str':
      return { exact: [n.s], clauses: [] };
    case 'set':
      return { exact: n.chars, clauses: [] };
    case 'bound':
      return { exact: [BOUND], clauses: [] };
    case 'zero':
      return { exact: [''], clauses: [] };
    default:
      return { exact: null, clauses: [] };
  }
}

function innerInfo(n: Node, before: boolean, after: boolean): Info {
  switch (n.t) {
    case 'seq':
      return seqInfo(n.items, before, after);
    case 'alt': {
      const infos = n.options.map((o) => infoOf(o, before, after));
      if (infos.every((x) => x.exact)) {
        const all = [...new Set(infos.flatMap((x) => x.exact!))];
        if (all.length <= EXACT_MAX) return { exact: all, clauses: [] };
      }
      let clauses: string[][] | null = null;
      for (const x of infos) {
        const cs = x.exact ? clausesIn(x.exact, before, after) : x.clauses;
        clauses = clauses === null ? cs : orClauses(clauses, cs);
        if (clauses.length === 0) break;
      }
      return { exact: null, clauses: clauses ?? [] };
    }
    case 'rep': {
      const { node, min, max } = n;
      // inside a repetition, an item may follow or precede another copy of itself
      const inB = before && node.endsApart;
      const inA = after && node.startsApart;
      const inner = infoOf(node, inB, inA);
      if (inner.exact && max <= 1)
        return { exact: min === 0 ? [...new Set(['', ...inner.exact])] : inner.exact, clauses: [] };
      if (min === 0) return { exact: null, clauses: [] };
      return {
        exact: null,
        clauses: inner.exact ? clausesIn(inner.exact, inB, inA) : inner.clauses,
      };
    }
    default:
      return leafInfo(n);
  }
}

/** A sequence: runs of exact parts are joined into strings; other parts add their word lists. */
function seqInfo(items: Node[], before: boolean, after: boolean): Info {
  // a bound before item k: the item before ends apart (or is empty and the bound before it
  // holds), or is a \b
  const n = items.length;
  const boundBefore: boolean[] = new Array<boolean>(n);
  let b = before;
  for (let k = 0; k < n; k++) {
    boundBefore[k] = b;
    const x = items[k]!;
    b = x.t === 'bound' || (x.empty ? b && x.endsApart : x.endsApart);
  }
  const boundAfter: boolean[] = new Array<boolean>(n);
  b = after;
  for (let k = n - 1; k >= 0; k--) {
    boundAfter[k] = b;
    const x = items[k]!;
    b = x.t === 'bound' || (x.empty ? b && x.startsApart : x.startsApart);
  }
  const clauses: string[][] = [];
  let run: string[] | null = null; // exact strings of the current run
  let runStart = 0;
  let allExact = true;
  const flush = (boundEnd: boolean): void => {
    if (run) clauses.push(...clausesIn(run, boundBefore[runStart]!, boundEnd));
    run = null;
  };
  for (let k = 0; k < n; k++) {
    const x = infoOf(items[k]!, boundBefore[k]!, boundAfter[k]!);
    if (x.exact) {
      if (run === null) {
        [run, runStart] = [x.exact, k];
        continue;
      }
      if (run.length * x.exact.length <= EXACT_MAX) {
        const joined: string[] = [];
        for (const a of run) for (const e of x.exact) joined.push(a + e);
        run = joined.length > 1 ? [...new Set(joined)] : joined;
      } else {
        flush(false);
        allExact = false;
        [run, runStart] = [x.exact, k];
      }
    } else {
      allExact = false;
      if (k > 0) flush(boundAfter[k - 1]!);
      for (const c of x.clauses) clauses.push(c);
    }
  }
  if (allExact && run) return { exact: run, clauses: [] };
  flush(after);
  return { exact: null, clauses: minimal(clauses) };
}

/** The whole words of a string: runs of word characters with a bound (or a non-word) on each side. */
function wholeWords(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isWordChar(s[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isWordChar(s[j]!)) j++;
    const word = s.slice(i, j);
    // only a word bounded inside the string is whole; a-z and digits only (as hashed, no "_")
    if (i > 0 && j < s.length && /^[a-z0-9]+$/.test(word)) out.push(word);
    i = j;
  }
  return out;
}

/** clausesOfExact of strings with the known bounds around them marked. */
function clausesIn(exact: readonly string[], before: boolean, after: boolean): string[][] {
  const b = before ? BOUND : '';
  const a = after ? BOUND : '';
  return clausesOfExact(exact.map((s) => b + s + a));
}

/**
 * Words so frequent that requiring one filters almost nothing: a list holding one is weak, and
 * a string's word for a list is its first word not among these.
 */
const WEAK = new Set(
  (
    'a an the and or but of to in on at for with from by as is are was were be been am it its ' +
    'this that these those i me my we us our you your yours he she they them their his her ' +
    'not no do dont did have has had will would can could should if so just s t ll ve re d m'
  ).split(' '),
);

/**
 * Word lists implied by a set of exact strings: a word every string holds is a list of its own;
 * else each string gives its first strong word (or its first word) to one list.
 */
function clausesOfExact(exact: readonly string[]): string[][] {
  const words = exact.map(wholeWords);
  if (words.some((w) => w.length === 0)) return [];
  const out: string[][] = [];
  for (const w of words[0]!) if (words.every((ws) => ws.includes(w))) out.push([w]);
  out.push([...new Set(words.map((ws) => ws.find((w) => !WEAK.has(w)) ?? ws[0]!))]);
  return minimal(out);
}

/**
 * Words in nearly every sentence: a needed list holding one filters nothing and only costs the
 * analysis a position per occurrence (session 36: lists of the merely frequent words, "you", "we",
 * "not", "will", are kept: they filter some sentences, and cut regex searches a draft by a tenth).
 */
const UBIQUITOUS = new Set('a an the and or of to in on at for is it s t'.split(' '));

/** Does a word list hold a word found in nearly every sentence (see UBIQUITOUS)? */
export function ubiquitousList(words: readonly string[]): boolean {
  return words.some((w) => UBIQUITOUS.has(w));
}

/** Is a word list weak (holds a very frequent word)? */
function weakList(words: readonly string[]): boolean {
  return words.some((w) => WEAK.has(w));
}

/** (A1 and A2 ...) or (B1 and B2 ...), as a conjunction: every Ai joined with every Bj. */
function orClauses(a: string[][], b: string[][]): string[][] {
  if (a.length === 0 || b.length === 0) return [];
  if (a.length * b.length > 16) {
    a = [best(a)];
    b = [best(b)];
  }
  const out: string[][] = [];
  for (const x of a) for (const y of b) out.push([...new Set([...x, ...y])]);
  return minimal(out);
}

/** The most selective list: no very frequent word, then the fewest words. */
function best(clauses: string[][]): string[] {
  const rank = (c: string[]): number => (weakList(c) ? 1000 : 0) + c.length;
  return clauses.reduce((x, y) => (rank(y) < rank(x) ? y : x));
}

/** Drops duplicate lists and lists implied by a smaller one; keeps at most CLAUSES_MAX. */
function minimal(clauses: string[][]): string[][] {
  const rank = (c: string[]): number => (weakList(c) ? 1000 : 0) + c.length;
  const sorted = clauses.map((c) => [...new Set(c)].sort()).sort((x, y) => rank(x) - rank(y));
  const out: string[][] = [];
  for (const c of sorted) {
    if (out.some((o) => o.every((w) => c.includes(w)))) continue;
    out.push(c);
    if (out.length === CLAUSES_MAX) break;
  }
  return out;
}
