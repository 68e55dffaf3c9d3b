/**
 * The on-device model's answer as email text: the chat wrapping small models add ("Here's a
 * smoother version:", code fences, bold, quotes round the whole), a repeated greeting and a
 * sign-off taken off. What is left is judged; nothing here decides whether it is shown.
 */
import { findBodyEnd } from '../coach/body-end';
import { findGreetingEnd } from '../coach/greeting';
import type { CoachContext } from '../coach';

/**
 * A line that announces the answer; it must say what it announces, so a real first line such as
 * "Here are the two times that suit me:" stays.
 */
const PREAMBLE =
  /^(?:(?:sure|okay|ok|certainly|of course)[,!.]?\s+)?(?:here(?:['’]s| is| are)|below is|rewritten)\b[^\n]*\b(?:version|rewrite|rewritten|rewording|reworded|wording|email|e-mail|message|draft|edit|edited|revision|revised|body|text)\b[^\n]*:[ \t]*(?:\n+|$)/i;
const FENCE = /^```[^\n]*\n?|\n?```$/g;
const SUBJECT = /^subject:[^\n]*\n+/i;
const BOLD = /\*\*([^*\n]+)\*\*|__([^_\n]+)__/g;
const WRAPPED = /^(["“])([\s\S]*)(["”])$/;

export function cleanAnswer(raw: unknown, context: CoachContext = {}): string {
  if (typeof raw !== 'string') return '';
  let t = raw.replace(/\r\n?/g, '\n').trim();
  // the announcement first: it often stands before the fence
  t = t.replace(PREAMBLE, '').trim();
  t = t.replace(FENCE, '').trim();
  t = t.replace(PREAMBLE, '').replace(SUBJECT, '').trim();
  t = t.replace(BOLD, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
  const w = WRAPPED.exec(t);
  if (w && !w[2]!.includes(w[1]!) && !w[2]!.includes(w[3]!)) t = w[2]!.trim();
  t = t.slice(findGreetingEnd(t)).trim();
  t = t.slice(0, findBodyEnd(t, context)).trim();
  return t.replace(/\n{3,}/g, '\n\n');
}
