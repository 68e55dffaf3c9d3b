// Stray fragments a rewrite may leave where it cut or reworded: a lone joining word before
// punctuation ("in Zurich, of."), "is and", a doubled word ("open open"), empty punctuation
// (" ,", ",,", ". ."). Used by the rewrite test over the development sets and by the benchmark.
// ("in" and "on" may end a phrasal verb: "we just got the new models in!", "log on.")

const STRAY =
  /\b(?:is|are|was|were|the|a|an|our|your|my|to|of|for|with|by|in|on|at)\s+(?:and|or|but)\b|\b(?:the|a|an|our|your|my|to|of|for|with|by|at)\s*[.,;:!?](?!\d)|(?<!\b(?:got|get|gets|getting|bring|brought|came|come|log|logged|sign|signed|check|checked|drop|dropped|pop|popped|fill|filled|plug|plugged|move|moved|keep|kept|carry|carried|hold|held)(?: [\w-]+){0,4} )\b(?:in|on)\s*[.,;:!?](?!\d)|[ \t],|,\s*,|\.[ \t]*\.(?!\.)|\b(\w+) \1\b/gi;

/** The stray fragments in `after` that `before` did not already have. */
export function newFragments(before: string, after: string): string[] {
  const had = new Set((before.match(STRAY) ?? []).map((x) => x.toLowerCase()));
  return (after.match(STRAY) ?? []).filter((x) => !had.has(x.toLowerCase()));
}
