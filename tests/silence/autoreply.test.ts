import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectAutoReply } from '@/lib/silence/autoreply';

describe('detectAutoReply: auto-replies', () => {
  it.each([
    // English
    'Thank you for your email. I am currently out of the office with limited access to email and will respond upon my return on 3 March.',
    "I'm out of the office until Monday. For urgent matters please contact jane@acme.com.",
    "I'm out-of-office until 3 March.",
    'I am out of the office.',
    'OOO until 3/2',
    "Hi, thanks for your note. I'm OOO until 2/25 with spotty access. For anything urgent, reach out to ops@acme.com.",
    'Please note I am out of office on business travel this week. Expect delays in my response.',
    'I am on leave until further notice.',
    'Thanks for your email. Please note that I have left Acme Corp. For sales enquiries please contact sales@acme.com',
    'Please note that Sarah Jones is no longer employed at Acme.',
    'This email address is no longer in use.',
    'I am on vacation until 12 March.',
    'I am away on holiday and will reply when I get back.',
    'I am on parental leave until June.',
    'I am currently on maternity leave and will return in September.',
    "I'm on sick leave.",
    'I will be out of the office from 20 December to 3 January.',
    "I'm currently travelling with limited access to email.",
    'Hello, I am on annual leave. If your matter is urgent, please call the office.',
    'Thanks for your message. I am currently away and will get back to you as soon as possible.',
    'John Smith is no longer with the company. Please contact sales@acme.com.',
    'Jane has left the organisation.',
    'Jane has left the organization. Her emails are not forwarded.',
    'I no longer work at Acme.',
    'I am no longer with Acme; please write to Bob instead.',
    'This mailbox is not monitored. Please do not reply.',
    'This inbox is no longer monitored.',
    'This is an automated message.',
    'This is an automatically generated reply.',
    'Automatic reply: Proposal for Acme',
    'Auto: Re: your proposal',
    'Out of Office: Re: pricing',
    'Subject: Automatic reply: Re: pricing\n\nI am away.',
    'Out of office auto-reply',
    // German
    'Abwesenheitsnotiz: Ihr Angebot',
    'Vielen Dank für Ihre Nachricht. Ich bin bis zum 3. März nicht im Büro.',
    'Vom 1. bis 5. März bin ich nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Frau Meier.',
    'Ich bin derzeit im Urlaub.',
    'Ich befinde mich in Elternzeit.',
    'Ich bin bis Freitag außer Haus.',
    'Dies ist eine automatische Antwort.',
    'Herr Müller ist nicht mehr im Unternehmen tätig.',
    // French
    'Réponse automatique : Proposition',
    "Je suis absent(e) jusqu'au 5 janvier.",
    'Je suis actuellement en congé maternité.',
    "Bonjour, je suis en vacances. En cas d'urgence, contactez Marie.",
    'Je serai absente du 1er au 5 mars, je vous répondrai à mon retour.',
    "Marie ne fait plus partie de l'entreprise.",
    // Spanish
    'Respuesta automática: Propuesta',
    'Estoy fuera de la oficina hasta el 5 de enero.',
    'Me encuentro de vacaciones. En caso de urgencia, escriba a ana@acme.es.',
    'Estaré fuera de la oficina y responderé a mi regreso.',
    'Ya no trabajo en Acme.',
    // Italian, Dutch
    'Risposta automatica: proposta',
    'Automatisch antwoord: offerte',
  ])('%j', (text) => {
    expect(detectAutoReply(text)).toBe(true);
  });

  it.each([
    'Automatic reply: Proposal for Acme',
    'Out of Office: Re: pricing',
    'Out of office',
    'Auto: proposal',
    'OOO: proposal',
    '[External] Automatic reply: proposal',
    'Abwesenheitsnotiz: Angebot',
    'Automatische Antwort: Angebot',
    'Réponse automatique : Proposition',
    'Respuesta automática: Propuesta',
  ])('subject %j with an empty or boilerplate body', (subject) => {
    expect(detectAutoReply('', subject)).toBe(true);
    expect(detectAutoReply('Thank you for your message.', subject)).toBe(true);
  });
});

describe('detectAutoReply: real replies', () => {
  it.each([
    "Hope you had a good vacation — yes, let's talk Tuesday",
    "hope you had a good vacation - yes, let's talk Tuesday",
    "I'm on vacation next week but let's talk Tuesday",
    "I'll be out of the office tomorrow, so let's do Thursday instead.",
    "I'm travelling this week — can we talk Monday?",
    'I was out of the office last week, sorry for the slow reply. The proposal looks good.',
    'Sorry about my auto-reply, I am back now.',
    'Your automatic reply said you were away, no problem.',
    'Thanks for the proposal! Can we talk Thursday?',
    "Are you out of the office next week? If so, let's meet after.",
    'Our CFO just got back from parental leave and wants to see pricing.',
    'Vacation went well! Happy to chat Tuesday.',
    "We're no longer considering other vendors, let's go.",
    'He left the meeting early, I will brief him.',
    'I have left you a voicemail, call me back when you can.',
    'Ich war im Urlaub, lassen Sie uns am Dienstag sprechen.',
    "J'étais en vacances, on peut se parler mardi ?",
    'Estuve de vacaciones, ¿podemos hablar el martes?',
    'Not interested.',
    'Please remove me from your list.',
    '',
    'Sounds good!\n\nOn Mon, 2 Mar 2026 at 10:00, Ann <a@b.c> wrote:\n> I am out of the office until 3 March.',
    'Sounds good!\n> Automatic reply: I am away',
  ])('%j', (text) => {
    expect(detectAutoReply(text)).toBe(false);
  });

  it.each([
    ['Re: Auto insurance quote', 'Sounds good, send it over.'],
    ['Re: Out of office', "Thanks! Let's talk Tuesday."],
    ['Re: Saw your out of office', 'Yes, back now. Can we talk Monday?'],
    ['Automatic reply: Proposal', 'Thanks for the proposal, can we talk Tuesday?'],
    ['Proposal for Acme', ''],
  ])('subject %j, body %j', (subject, text) => {
    expect(detectAutoReply(text, subject)).toBe(false);
  });
});

describe('detectAutoReply properties', () => {
  const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
  const fragments = fc.constantFrom(
    'I am ',
    'out of the office',
    'Automatic reply:',
    'Abwesenheitsnotiz',
    'bin ich nicht im Büro',
    'je suis absent(e)',
    "let's talk",
    '\n> ',
    '\n',
    'wrote:',
    'On Mon ',
    'until 3 March',
    ' ',
    'é',
    '\u0301',
    '\ud800',
  );
  it('never throws on any string, with or without a subject', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: anyChar, maxLength: 120 }),
          fc.string({ unit: 'binary', maxLength: 120 }),
          fc.array(fragments, { maxLength: 15 }).map((a) => a.join('')),
        ),
        fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: undefined }),
        (text, subject) => typeof detectAutoReply(text, subject) === 'boolean',
      ),
      { numRuns: 500 },
    );
  });

  it('ignores anything quoted after an "On … wrote:" line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (quoted) => {
        const text = `Sounds good, talk Tuesday.\n\nOn Mon, 2 Mar 2026, Ann <a@b.c> wrote:\n${quoted}`;
        expect(detectAutoReply(text)).toBe(false);
      }),
    );
  });

  it('handles a long message quickly', () => {
    const long = 'Thanks for the note, the proposal looks good. '.repeat(4000);
    const start = performance.now();
    expect(detectAutoReply(long)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
