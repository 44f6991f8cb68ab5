import type { EnFacts } from './en';

/**
 * The pieces of a cold pitch, each a fact of one sentence: the writer introducing themselves or their
 * company ("My name is …", "We are a freight forwarder …", "Meridian Cargo is a fast-growing …"), a claim of
 * value ("helped suppliers cut QC time by 40%", "we offer competitive rates"), and an ask for a meeting or a
 * call (a question, request or stated intent about a call, visit, demo or invite). The document rule puts
 * them together: a pitch and a meeting ask to a stranger, with no introduction and no enquiry of theirs.
 */
export function selfIntroduction(f: EnFacts): boolean {
  if (f.question) return false;
  if (f.cues['self-intro']) return true;
  // "<Company> is a fast-growing freight forwarder": a name, "is", "a/an".
  const main = f.main === undefined ? undefined : f.clauses[f.main];
  const subject = main?.subject ? f.tokens[main.subject.index] : undefined;
  const verb = main?.verb === undefined ? undefined : f.tokens[main.verb];
  const next = main?.verb === undefined ? undefined : f.tokens[main.verb + 1];
  if (subject?.pos !== 'PROPN' || main === undefined || verb === undefined) return false;
  if (verb.lemma === 'be') return next?.lower === 'a' || next?.lower === 'an';
  // "Tidewater builds forecasting tools for retailers", "Vistra's camera system spots defects": a company
  // (or its product) stated doing what it does, in the present — not "Mr. Takeda suggested I write" (past).
  return verb.pos === 'VERB' && main.tense === 'present' && !main.perfect && main.modal === undefined &&
    main.negation === undefined && !f.imperative && /s$/.test(verb.lower) && subject.lower !== 'mr' && subject.lower !== 'ms';
}

export function valueClaim(f: EnFacts): boolean {
  if (f.question || !f.cues.value) return false;
  // A claim is ours or our product's: not the reader's ("you can save time by …" in an answer) nor negated.
  const main = f.main === undefined ? undefined : f.clauses[f.main];
  return main?.subject?.side !== 'you' && main?.negation === undefined;
}

/** An ask for a meeting, call, visit, demo or invite: asked, proposed or announced ("I will call your office"). */
export function meetingAsk(f: EnFacts): boolean {
  if (!f.cues['meet-ask'] || f.conditional) return false;
  return f.question || f.acts.includes('request') || f.acts.includes('proposal') || f.cues['ask-intent'] !== undefined;
}

/** A follow-up that presses: counting the mails, calls that did not reach, "I will keep following up". */
export function persistence(f: EnFacts): boolean {
  if (f.cues.persist !== undefined) return true;
  // "my third message", "the fourth time I write": counting one's own unanswered mails.
  return f.tokens.some((t, i) => ORDINALS.has(t.lower) && MAILS.has(f.tokens[i + 1]?.lemma ?? '') &&
    (f.tokens[i - 1]?.lower === 'my' || f.tokens[i - 1]?.lower === 'the' || f.tokens[i - 1]?.lower === 'our'));
}

const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', '2nd', '3rd', '4th', '5th']);
const MAILS = new Set(['email', 'e-mail', 'mail', 'message', 'note', 'attempt', 'follow-up', 'reminder']);
