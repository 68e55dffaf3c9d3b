/** "1 day", "3 days", "1 saved article": a count with its noun, singular only for one. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
