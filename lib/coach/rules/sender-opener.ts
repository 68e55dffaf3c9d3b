import { rx, READER } from '../lexicon';
import { capitalise } from '../casing';
import { defineRule, type Hit } from '../rule';
import { firstContentSentence } from '../first-content';

// regexes used inside functions, compiled once at module load
const R1 =
  /^(?:I'm|I’m|I am|This is|It's|It’s) [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,| from| at| with| here| and| of)/;
const R2 = /^\S+(?:\s+\S+){0,3}/;

const OPENER = rx(
  "^(?:(?:i|we) (?:just )?(?:wanted|want|would like|'d like|wish|thought i'd|thought i would|thought we'd) to\\b|(?:i|we)(?:'m| am|'re| are) (?:just |now )?(?:reaching out|writing|contacting you|emailing|messaging|getting in touch|following up|touching base|checking in|circling back|excited to|thrilled to|pleased to|happy to announce|delighted to)\\b|(?:just )?(?:wanted|writing|reaching out|(?:a )?quick (?:intro|introduction))\\b|my name is\\b|(?:we(?: are|'re)|i(?: am|'m)) (?:a|an|the) \\w+(?![^.!?]*\\byour?\\b)|(?:(?:(?:a (?:little |bit of |quick )?|some )(?:personal |big |exciting |good )?news|(?:big|exciting|personal|good) news)\\b(?![^.!?]*\\byour?\\b)|funny story\\b|quick (?:hello|hi|share)\\b)|i (?:thought|figured) (?:i'd|i would|you(?:'d| would| might)) (?:drop|share|enjoy|like to (?:know|hear)|want to (?:know|hear)|be interested to (?:know|hear))\\b(?![^.!?]*\\byour?\\b)|(?:i|we)(?:'ve| have)? (?:just |recently |finally )?(?:joined|started|launched|opened|moved|raised|closed|completed|qualified|founded|set up on|been promoted|taken on|stepped)\\b(?![^.!?]*\\byour?\\b)|(?:it['’]s been|it has been|been) (?:a |an )?(?:[\\w-]+ ){0,2}?(?:few months|year|quarter|start|month|ride|journey|whirlwind)(?: for (?:us|me)| here| over here)(?: at \\w+)?[.!:,]|(?!(?:thanks|thank|greetings|love|hello|hi|all)\\b)\\w+ (?:from|at|with) (?!(?:all|us|everyone)\\b)(?:\\w+ ){1,3}here\\b|(?:allow|let) me (?:to )?(?:introduce|present)\\b|i(?:'d| would) like to (?:introduce|present|tell you about)\\b|i hope you don't mind\\b|here at \\w+|we at \\w+|(?:our|my) (?:company|team|firm|agency|startup|platform|product|solution|mission|business)\\b|as (?:a|the) (?:leading|top|premier|fast-growing)\\b|as you (?:may|might) (?:know|have heard), (?:we|our)\\b|i am writing\\b)",
  'i',
);
const NAMED = R1;
/** Who the sender is, said outright: name, role, firm. */
const INTRO = rx(
  "^(?:[Mm]y name is\\b|[Ww]e (?:do|offer|provide|specialise in|specialize in|run|make|build|sell)\\b|(?:[Jj]ust )?(?:[Ww]anted|I wanted) to let you know (?:we|I)\\b|(?:[Ii]t['’]s|[Ii]t has) been (?:a |an )?(?:[\\w-]+ ){0,2}?(?:few months|year|quarter|start|month|ride|journey|whirlwind)(?: for (?:us|me)| here| over here)|I(?:'m| am) (?:just )?(?:reaching out|writing|getting in touch) to introduce (?:myself|ourselves|us)\\b|I (?:just )?wanted to introduce (?:myself|ourselves|us)\\b|I(?:'m| am) (?:[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,| from| at| with| of)|(?:the |a |an )?(?:[\\w-]+ ){0,2}?(?:founder|co-founder|ceo|owner|head|director|manager|partner|rep|representative|consultant|recruiter|account executive|ae|sdr|specialist|advisor|adviser|broker)\\b)|(?:[Ww]e(?:'re| are)|(?!(?:It|This|That|There|Here|He|She|They)\\b)[A-Z][\\w&'-]*(?: [A-Z][\\w&'-]*)* (?:is|are)) (?:a|an) (?:[\\w-]+ ){0,4}?(?:company|firm|agency|provider|practice|studio|consultancy|manufacturer|supplier|business|startup|start-up|platform|team|partner|specialist|distributor|installer|brokerage|service)\\b)",
  '',
);
/** An introduction said in so many words: it stays one whatever follows. */
const INTRODUCES = /\bintroduce\b|^my name is\b/i;
const AGAIN = 'Introduces the sender again: say what is in it for them instead.';
const AT_COMPANY = /^At [A-Z][\w&-]*(?: [A-Z][\w&-]*)*,? we\b/;

const TRIM = rx(
  "^(?:(?:i|we)(?:'m| am|'re| are) (?:just )?(?:reaching out|writing|contacting you|getting in touch|emailing)(?: to you)? (?:because|since|as) |(?:i|we) (?:just )?(?:wanted|'d like|would like|thought i'd) to (?:let you know|tell you|inform you|mention|say) (?:that )?|(?:i'm|i am) writing to (?:let you know|tell you|inform you) (?:that )?|just a quick (?:note|intro|introduction)[:,—–-]? |a quick (?:note|intro)[:,—–-]? )",
  'i',
);
const HERE = rx(
  "^(?:i|we) (?:just )?(?:wanted|'d like|would like|thought i'd) to (?:share|send|pass along|forward|send over) (?=(?:a|an|the|this|some|our|my|one|two|three)\\b)",
  'i',
);

/** Openers about the sender: "I wanted to", "I'm reaching out", "My name is", "We are a". */
export const senderOpener = defineRule({
  id: 'sender-opener',
  category: 'self-centred',
  weight: 10,
  principle: 'P3',
  explanation:
    'The first line decides whether they read on. "I wanted to…", "My name is…", "We are a…" start with you; start with something for them instead: what is in it for the reader?',
  message: 'Opens with the sender, not the reader.',
  find(a) {
    const hits: Hit[] = [];
    const first = firstContentSentence(a);
    if (!first) return hits;
    const text = first.text;
    if (!OPENER.test(text) && !NAMED.test(text) && !AT_COMPANY.test(text)) return hits;
    // (session 32) the next two sentences introducing the sender again: "I'm Jake, a senior AE at
    // Brightwave." after "I wanted to say hello"; "We are a managed service provider…"
    const more: Hit[] = [];
    const i = a.sentences.indexOf(first);
    for (let j = i + 1; j < a.sentences.length && j <= i + 2; j++) {
      const s = a.sentences[j]!;
      const m = INTRO.exec(s.text);
      // (session 32 review) "We do need your sign-off", "I'm happy to partner with your IT lead"
      if (m && (INTRODUCES.test(m[0]) || !READER.test(s.text)))
        more.push({ start: s.start, end: s.start + m[0].length, message: AGAIN });
    }
    const trim = TRIM.exec(text);
    const here = HERE.exec(text);
    if (trim && trim[0].length < text.length) {
      const rest = text.slice(trim[0].length);
      hits.push({
        start: first.start,
        end: first.start + trim[0].length + 1,
        replacement: capitalise(rest[0]!),
      });
    } else if (here) {
      hits.push({ start: first.start, end: first.start + here[0].length, replacement: "Here's " });
    } else {
      const word = R2.exec(text)![0];
      hits.push({ start: first.start, end: first.start + word.length });
    }
    for (const h of more) hits.push(h);
    return hits;
  },
});
