/**
 * The one-line "thought you'd find this useful" opener for a saved article (P6), and putting it at
 * the top of a draft, after the greeting. Written so the coach reads the draft as value-first: the
 * opener's first sentence carries the link (or names the article) whatever the title says.
 */
import type { SavedArticle } from './article';

const MAX_TOPIC = 48;
/** Where a sentence could end: . ! ? … (and any closing quotes) before a space or the end. */
const BREAK = /[.!?…]["'”’)\]]*(?:\s|$)/;

/** "Came across "<title>" on <site> and thought of your <topic>: <url>" */
export function valueOpener(
  article: Pick<SavedArticle, 'title' | 'site' | 'url'>,
  topic?: string | null,
): string {
  const title = oneLine(article.title)
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .replace(/["“”]/g, "'");
  const site = oneLine(article.site);
  const url = oneLine(article.url);
  const about = cleanTopic(topic);
  const on = site ? ` on ${site}` : '';
  if (!title) return `Came across this article${on} and thought of your ${about}: ${url}`;
  // A sentence break in the title or site would end the first sentence before the link: then the
  // words "this article" come first, so the opening sentence offers something either way.
  if (BREAK.test(title) || BREAK.test(site))
    return `Came across this article${on} and thought of your ${about}: "${title}" ${url}`;
  return `Came across "${title}"${on} and thought of your ${about}: ${url}`;
}

function oneLine(s: string | null | undefined): string {
  return typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '';
}

/** "your freight audit" → "freight audit"; nothing usable → "work". */
function cleanTopic(topic: string | null | undefined): string {
  let t = oneLine(topic)
    .replace(/[.!?…"“”]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:your|the|our|my)\s+/i, '')
    .replace(/[\s,;:]+$/g, '')
    .trim();
  if (t.length > MAX_TOPIC)
    t = t.slice(0, t.lastIndexOf(' ', MAX_TOPIC) > 0 ? t.lastIndexOf(' ', MAX_TOPIC) : MAX_TOPIC);
  return /[\p{L}\p{N}]/u.test(t) ? t : 'work';
}

const GREETING_WORDS =
  'hi|hello|hey|hiya|dear|greetings|good morning|good afternoon|good evening|morning|hallo|liebe|lieber|guten tag|bonjour|salut|hola|ciao|hej';
/** A greeting on a line of its own: "Hi Dana,", "Hello Dana", "Dear Mr. Smith,". */
const GREETING_LINE = new RegExp(
  `^[ \\t]*((?:${GREETING_WORDS})\\b(?:[ \\t]+[^\\s,!:;]+){0,3}[ \\t]*[,!:;—–-]?)[ \\t]*(?=\\r?\\n|$)`,
  'iu',
);
/** A greeting that starts a longer line: "Hi Dana, hope the move went well." */
const GREETING_INLINE = new RegExp(
  `^[ \\t]*((?:${GREETING_WORDS})\\b(?:[ \\t]+[^\\s,!:;.]+){0,3}[ \\t]*[,!:;.—–-])[ \\t]*(?=\\S)`,
  'iu',
);
/** A bare name as the greeting: "Dana," on its own line. */
const NAME_LINE =
  /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?[ \t]*,)[ \t]*(?=\r?\n|$)/u;

/**
 * Puts the opener at the top of the draft: after a greeting line when there is one, before
 * everything else (so before the signature and any quoted text), followed by a blank line. A draft
 * that already has the opener, or its link, is returned unchanged.
 */
export function insertOpener(draft: string, opener: string): string {
  const text = typeof draft === 'string' ? draft : '';
  const line = oneLine(opener);
  if (!line) return text;
  if (text.includes(line)) return text;
  const link = /https?:\/\/\S+/.exec(line)?.[0];
  if (link && text.includes(link)) return text;

  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const body = text.replace(/^(?:[ \t]*\r?\n)+/, '');
  if (!body.trim()) return line;

  const whole = GREETING_LINE.exec(body) ?? NAME_LINE.exec(body);
  if (whole) {
    const rest = body.slice(whole[0].length).replace(/^[ \t]*(?:\r?\n[ \t]*)*/, '');
    return `${whole[1]!.trim()}${nl}${nl}${line}${rest ? nl + nl + rest : ''}`;
  }
  const inline = GREETING_INLINE.exec(body);
  if (inline) {
    const rest = body.slice(inline[0].length);
    return `${inline[1]!.trim()}${nl}${nl}${line}${nl}${nl}${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  }
  return `${line}${nl}${nl}${body}`;
}
