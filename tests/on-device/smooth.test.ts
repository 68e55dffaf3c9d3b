/**
 * The on-device smoother rewrite, with stand-in models: it only uses a model Chrome has already
 * downloaded, sends the model the body alone, and shows the model's wording only when the coach
 * passes it.
 */
import { describe, expect, it, vi } from 'vitest';
import { applyChanges, check, rewrite } from '../../lib/coach';
import { DEV_SETS, readSet } from '../coach/dev-sets';
import {
  MODEL_OPTIONS,
  modelState,
  onDeviceModel,
  type ModelSession,
  type OnDeviceModel,
} from '../../lib/on-device/model';
import { protectedTokens } from '../../lib/coach/protect';
import { cleanAnswer } from '../../lib/on-device/clean';
import { chosenBase, judge, partsOf, smooth, SYSTEM_PROMPT } from '../../lib/on-device/smooth';

const DRAFT =
  'Hi Dana,\n\nJust checking in again. I need you to sign the contract by Friday or the 20% discount goes away. Did you get my last email?\n\nBest,\nAlex Seller';
const base = rewrite(DRAFT);
const BODY = partsOf(base.text).body;
const GOOD =
  "Whenever you're ready, the contract with the 20% discount is here for you to sign by Friday. If now isn't the right time, just say so and I'll stop writing.";

/** A stand-in for Chrome's LanguageModel global. */
function fakeModel(
  answer: (input: string, signal?: AbortSignal) => Promise<unknown>,
  availability: unknown = 'available',
) {
  const sessions: { input?: string; destroyed: boolean }[] = [];
  const model = {
    availability: vi.fn(async () => availability),
    create: vi.fn(async () => {
      const s = { destroyed: false } as { input?: string; destroyed: boolean };
      sessions.push(s);
      const session: ModelSession = {
        prompt: async (input, opts) => {
          s.input = input;
          return answer(input, opts?.signal);
        },
        destroy: () => void (s.destroyed = true),
      };
      return session;
    }),
  } satisfies OnDeviceModel;
  return { model, sessions };
}
const run = (model: OnDeviceModel, signal = new AbortController().signal) =>
  smooth(model, DRAFT, base, {}, signal);

describe('finding the model', () => {
  it('takes the LanguageModel global only when it has availability() and create()', () => {
    expect(onDeviceModel({})).toBeNull();
    expect(onDeviceModel({ LanguageModel: 'x' })).toBeNull();
    expect(onDeviceModel({ LanguageModel: { availability: () => 0 } })).toBeNull();
    const lm = { availability: () => 0, create: () => 0 };
    expect(onDeviceModel({ LanguageModel: lm })).toBe(lm);
  });

  it.each([
    ['available', 'ready'],
    ['downloadable', 'not-downloaded'],
    ['downloading', 'downloading'],
    ['unavailable', 'none'],
    ['something new', 'none'],
  ])('availability %s is %s, asked for English text', async (answer, state) => {
    const { model } = fakeModel(async () => '', answer);
    expect(await modelState(model)).toBe(state);
    expect(model.availability).toHaveBeenCalledWith(MODEL_OPTIONS);
  });

  it('is none when there is no model or availability() throws', async () => {
    expect(await modelState(null)).toBe('none');
    const { model } = fakeModel(async () => '');
    model.availability.mockRejectedValueOnce(new Error('NotAllowedError'));
    expect(await modelState(model)).toBe('none');
  });
});

describe('smooth', () => {
  it('sends only the body of the one-click rewrite and offers the answer with greeting and signature put back', async () => {
    const { model, sessions } = fakeModel(async () => GOOD);
    const out = await run(model);
    expect(model.create).toHaveBeenCalledWith(
      expect.objectContaining({
        ...MODEL_OPTIONS,
        initialPrompts: [{ role: 'system', content: SYSTEM_PROMPT }],
      }),
    );
    expect(sessions[0]!.input).toBe(BODY);
    expect(sessions[0]!.input).not.toContain('Dana,');
    expect(sessions[0]!.input).not.toContain('Alex Seller');
    expect(sessions[0]!.destroyed).toBe(true);
    expect(out.kind).toBe('offer');
    if (out.kind !== 'offer') return;
    expect(out.text).toBe(`Hi Dana,\n\n${GOOD}\n\nBest,\nAlex Seller`);
    expect(out.result.flags.pushy).toBe(false);
    expect(out.result.score).toBeGreaterThanOrEqual(base.after.score);
  });

  it('never creates a session (which would start a download) unless the model is already downloaded', async () => {
    for (const a of ['downloadable', 'downloading', 'unavailable']) {
      const { model } = fakeModel(async () => GOOD, a);
      const out = await run(model);
      expect(out).toEqual({
        kind: 'error',
        message: "Chrome's on-device model is no longer available.",
      });
      expect(model.create).not.toHaveBeenCalled();
    }
  });

  it('is cancelled by its signal while the model writes, and the session is destroyed', async () => {
    const ctl = new AbortController();
    const { model, sessions } = fakeModel(
      (_input, signal) =>
        new Promise((_resolve, reject) =>
          signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        ),
    );
    const pending = run(model, ctl.signal);
    await vi.waitFor(() => expect(sessions[0]?.input).toBe(BODY));
    ctl.abort();
    expect(await pending).toEqual({ kind: 'cancelled' });
    expect(sessions[0]!.destroyed).toBe(true);
  });

  it('reports a failing model in plain words and never throws', async () => {
    const { model, sessions } = fakeModel(async () => {
      throw new Error('The model execution session has been destroyed.');
    });
    expect(await run(model)).toEqual({
      kind: 'error',
      message: "Chrome's on-device model failed: The model execution session has been destroyed.",
    });
    expect(sessions[0]!.destroyed).toBe(true);
    const broken = fakeModel(async () => GOOD).model;
    broken.create.mockRejectedValueOnce('QuotaExceededError');
    expect(await run(broken)).toEqual({
      kind: 'error',
      message: "Chrome's on-device model failed: QuotaExceededError",
    });
    // an answer that is not text is no wording
    expect(await run(fakeModel(async () => ({ text: GOOD })).model)).toEqual({
      kind: 'refused',
      reason: 'The model gave no wording back.',
    });
  });

  it('has nothing to smooth in a draft that is only a greeting', async () => {
    const { model } = fakeModel(async () => GOOD);
    const empty = rewrite('Hi Dana,\n\n');
    expect(await smooth(model, 'Hi Dana,\n\n', empty, {}, new AbortController().signal)).toEqual({
      kind: 'refused',
      reason: 'There is nothing in the draft to smooth yet.',
    });
    expect(model.create).not.toHaveBeenCalled();
  });
});

describe('cleanAnswer: chat wrapping off, the email body left', () => {
  it.each([
    [`Here's a smoother version:\n\n${GOOD}`, GOOD],
    ['Here’s a smoother version:\n```\n' + GOOD + '\n```', GOOD],
    [
      'Here are the two times that suit me:\nTuesday at 3pm or Thursday at 10.',
      'Here are the two times that suit me:\nTuesday at 3pm or Thursday at 10.',
    ],
    [`Sure! Here is the rewritten email:\n${GOOD}`, GOOD],
    ['```\n' + GOOD + '\n```', GOOD],
    [`Subject: Re: contract\n\n${GOOD}`, GOOD],
    [`“${GOOD}”`, GOOD],
    [`Hi Dana,\n\n${GOOD}\n\nBest,\nAlex`, GOOD],
    ['Could you **sign the contract** by Friday?', 'Could you sign the contract by Friday?'],
    [`${GOOD}\n\n\n\nThanks for your time.`, `${GOOD}\n\nThanks for your time.`],
    ['   ', ''],
  ])('%j', (raw, want) => {
    expect(cleanAnswer(raw)).toBe(want);
  });

  it('keeps quotes that are part of the text', () => {
    const t = '"Fast" was your word for it, and the 20% discount is "yours" until Friday.';
    expect(cleanAnswer(t)).toBe(t);
  });

  it('is empty for anything but text', () => {
    expect(cleanAnswer(undefined)).toBe('');
    expect(cleanAnswer(42)).toBe('');
  });
});

// session 24: the smoother works from the changes the user left ticked, not the whole rewrite
describe('chosenBase: the rewrite as the user chose it', () => {
  const D =
    'Hi Dana,\n\nJust checking in again. I need you to sign the contract by Friday or the 20% discount goes away.';
  const r = rewrite(D);
  const plain =
    "Whenever you're ready, the contract with the 20% discount is here for you to sign by Friday.";

  it('is the rewrite itself when every change of it is ticked', () => {
    expect(chosenBase(r, r.text)).toBe(r);
  });

  it('scores the chosen text afresh, so an unticked way out is not required of the model', () => {
    const keep = r.changes
      .map((_c, i) => i)
      .filter((i) => r.changes[i]!.rule !== 'opt-out-missing');
    const text = applyChanges(D, r.changes, keep);
    const b = chosenBase(r, text);
    expect(b.text).toBe(text);
    expect(b.after).toEqual({ score: check(text).score, flags: check(text).flags });
    expect(b.before).toEqual(r.before);
    expect(judge(r, plain).kind).toBe('refused');
    expect(judge(b, plain).kind).toBe('offer');
  });

  it('still refuses pushy wording when the user unticked every change', () => {
    const b = chosenBase(r, D);
    expect(b.after.flags.pushy).toBe(true);
    expect(
      judge(b, 'I need you to sign the contract by Friday or the 20% discount goes away.').kind,
    ).toBe('refused');
  });
});

describe('judge: what the model writes is shown only if the coach passes it', () => {
  const verdict = (answer: string) => judge(base, answer);
  it.each([
    ['still pushy', `${GOOD} I need you to reply ASAP.`, /^The model's wording was still pushy: /],
    [
      'a number dropped',
      GOOD.replace('the 20% discount', 'the discount'),
      /^The model's wording dropped “20”\.$/,
    ],
    ['a day dropped', GOOD.replace(' by Friday', ''), /^The model's wording dropped “Friday”\.$/],
    [
      'a link added',
      `${GOOD} The contract is at https://example.com/sign.`,
      /added “https:\/\/example\.com\/sign”, which your draft does not have/,
    ],
    ['a number changed', GOOD.replace('20%', '25%'), /^The model's wording dropped “20”\.$/],
    [
      'a number added',
      GOOD.replace('by Friday.', 'by Friday, with 5 extra seats.'),
      /^The model's wording added “5”, which your draft does not have\.$/,
    ],
    [
      'a number written out added',
      GOOD.replace('the contract', 'the two copies of the contract'),
      /^The model's wording added “two”/,
    ],
    [
      'a relative date added',
      GOOD.replace('by Friday', 'by Friday or tomorrow'),
      /^The model's wording added “tomorrow”/,
    ],
    [
      'a promise turned around',
      GOOD.replace('the contract with the 20% discount is here', 'the 20% discount is not here'),
      /says “not” or “no” 2 times, not 1, which can turn a promise around/,
    ],
    [
      'a sign-off that makes the body unreadable',
      `${GOOD}\n\nThanks,\nDana`,
      /could not be read as the body of an email/,
    ],
    ['a name added', `${GOOD} Priya from legal can help too.`, /added “Priya”/],
    ['the way out dropped', GOOD.replace(/ If now.*$/, ''), /dropped the way out/],
    [
      'much longer',
      `${GOOD} ${'Thanks so much for reading this note today. '.repeat(4)}`,
      /much longer/,
    ],
    ['much shorter', 'Sign by Friday for 20%.', /left out too much/],
    ['unchanged', BODY, /kept the one-click rewrite as it is/],
    ['empty', '', /gave no wording back/],
  ])('refuses wording with %s', (_what, answer, reason) => {
    const out = verdict(answer);
    expect(out.kind).toBe('refused');
    if (out.kind === 'refused') expect(out.reason).toMatch(reason);
  });

  it('refuses wording that scores below the one-click rewrite', () => {
    const answer =
      "Could you sign the contract by Friday? The 20% discount ends then. If this isn't a priority, tell me and I'll close your file.";
    const full = `Hi Dana,\n\n${answer}\n\nBest,\nAlex Seller`;
    expect(check(full).flags.pushy).toBe(false);
    expect(check(full).score).toBeLessThan(base.after.score);
    expect(verdict(answer)).toEqual({
      kind: 'refused',
      reason: `The model's wording scored ${check(full).score}, below the one-click rewrite's ${base.after.score}.`,
    });
  });

  it('counts whole words: "Tim" is not kept by "time"; "Linda\'s" keeps "Linda" and adds nothing', () => {
    const tim =
      "Tim, here are the 3 case studies you asked for. If the timing isn't right, just tell me and I'll close the loop.";
    expect(
      judge(
        rewrite(tim),
        "Here are the 3 case studies you asked for, whenever you have time. If the timing isn't right, just tell me and I'll close the loop.",
      ),
    ).toEqual({ kind: 'refused', reason: "The model's wording dropped “Tim”." });
    const linda =
      "Hi Dana,\n\nLinda asked me to share the 20% pilot numbers with you. If the timing isn't right, just tell me and I'll close the loop.";
    const out = judge(
      rewrite(linda),
      "Linda's team asked me to pass on the 20% pilot numbers for you. If the timing isn't right, just tell me and I'll close the loop.",
    );
    expect(out.kind).toBe('offer');
  });

  it('offers wording that keeps "3pm", "Q3", a link with digits, a number in words and a possessive however it is written', () => {
    const d =
      'Hi Dana,\n\nI can hold the 20% discount for your Q3 rollout. The three case studies are at https://acme.com/cases/2024 and Linda’s notes cover the 3pm demo. Would Tuesday work to talk it through?';
    const base = rewrite(d);
    const answer =
      "I can hold the 20% discount for your Q3 rollout. You'll find the three case studies at https://acme.com/cases/2024, and Linda's notes cover the 3pm demo. Would Tuesday suit to talk it through? If the timing isn't right, just tell me and I'll close the loop.";
    expect(judge(base, answer).kind).toBe('offer');
    // the same wording without the number in words is refused for it
    const fewer = judge(base, answer.replace('the three case studies', 'the case studies'));
    expect(fewer).toEqual({ kind: 'refused', reason: "The model's wording dropped “three”." });
  });

  it('offers plain wording that keeps every name, number and way out', () => {
    const out = verdict(GOOD);
    expect(out.kind).toBe('offer');
  });
});

describe('judge over every dev-set draft: a model answer that breaks a rule is never shown', () => {
  // the corruptions a small model is known for: a lost figure or name, an invented link, pressure
  // put back, the one-click rewrite handed back as is
  // no names, numbers or date words, so only the coach's reading can refuse them
  const PRESSURE = [
    'I need your answer or the offer is gone.',
    'Spots are nearly gone, so reply ASAP!',
    'I saw you opened my emails.',
  ];
  const rows = DEV_SETS.flatMap((name) => readSet(name));
  it(`refuses each corruption on all ${rows.length} drafts`, () => {
    let judged = 0;
    for (const [i, row] of rows.entries()) {
      const context = { channel: row.channel };
      const r = rewrite(row.text, context);
      const { body, head, tail } = partsOf(r.text, context);
      if (!body || !partsOf(row.text, context).body) continue;
      const spare = new Set(protectedTokens(`${head}\n${tail}`));
      const lose = protectedTokens(body).find(
        // a token whose word is in the body once ("Workday’s" is kept by another "Workday")
        (t) =>
          !spare.has(t) &&
          body.toLowerCase().split(t.replace(/['’]s$/i, '').toLowerCase()).length === 2,
      );
      const answers: [string, RegExp][] = [
        [`${body}\n\n${PRESSURE[i % PRESSURE.length]}`, /still pushy|scored \d+, below/],
        [`${body} Details: https://example.org/offer-${i}`, /added “https:\/\/example\.org/],
        [body, /kept the one-click rewrite as it is/],
      ];
      if (lose) answers.push([body.replace(lose, ''), /dropped “/]);
      for (const [a, why] of answers) {
        const out = judge(r, a, context);
        expect(out.kind, `${row.id}: ${a}`).toBe('refused');
        if (out.kind === 'refused') expect(out.reason, `${row.id}: ${a}`).toMatch(why);
        judged++;
      }
    }
    expect(judged).toBeGreaterThan(rows.length * 3);
  }, 60_000);
});
