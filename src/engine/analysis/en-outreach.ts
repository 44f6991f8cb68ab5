import { clauseOf as indexedClause } from './en';
import type { EnFacts } from './en';
import meetingNounData from '../../../dictionaries/en/meeting-nouns.json';

/**
 * Round 19: the nouns that name a meeting of people ("a tasting session", "a brief conversation", "a consultation",
 * "a briefing", "a seminar"), generated from WordNet's hyponyms (scripts/build-meeting-nouns.mjs), and what names
 * the reader's time itself ("your availability", "an invitation").
 */
const MEETING_NOUNS: ReadonlySet<string> = new Set(meetingNounData.words);
const TIME_NOUNS = new Set(['availability', 'invitation', 'invite']);

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
  if (introducesWriter(f) || whatWeDo(f) || signedHere(f)) return true;
  // "<Company> is a fast-growing freight forwarder": a name, "is", "a/an".
  const main = f.main === undefined ? undefined : f.clauses[f.main];
  const subject = main?.subject ? f.tokens[main.subject.index] : undefined;
  const verb = main?.verb === undefined ? undefined : f.tokens[main.verb];
  const next = main?.verb === undefined ? undefined : f.tokens[main.verb + 1];
  // "Brightcore is a Dutch developer of …": a company's name the tagger does not know reads as a common noun;
  // capitalised, and said to be a maker, supplier or firm of some kind, it is a name all the same.
  if (subject?.pos === 'NOUN' && main !== undefined && verb?.lemma === 'be' && /^[A-Z]/.test(subject.text) && main.negation === undefined &&
    /^an?$/.test(f.tokens[main.verb! + 1]?.lower ?? '') && companyNounAfter(f, main.verb! + 2)) return true;
  if (subject?.pos !== 'PROPN' || main === undefined || verb === undefined) return false;
  if (verb.lemma === 'be') return next?.lower === 'a' || next?.lower === 'an' || rankedDescription(f.tokens, main.verb! + 1);
  // "Tidewater builds forecasting tools for retailers", "Vistra's camera system spots defects": a company
  // (or its product) stated doing what it does, in the present — not "Mr. Takeda suggested I write" (past).
  return verb.pos === 'VERB' && main.tense === 'present' && !main.perfect && main.modal === undefined &&
    main.negation === undefined && !f.imperative && /s$/.test(verb.lower) && subject.lower !== 'mr' && subject.lower !== 'ms';
}

/**
 * Round 16: what our company does, stated as a fact of the present — "We export specialty coffee from Minas
 * Gerais", "We make compostable barrier films", "We design wiring harnesses for tractors". Our side as
 * subject, a present-tense lexical verb with an object, no modal, negation or condition: a description of
 * the business, not an act of this mail ("we need the drawings", "we hope", "we look forward") nor a past one.
 */
export function whatWeDo(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const c = f.main === undefined ? undefined : f.clauses[f.main];
  if (!c?.subject || c.verb === undefined || c.modal !== undefined || c.negation !== undefined || c.tense !== 'present' || c.perfect || c.passive) return false;
  const subject = f.tokens[c.subject.index]!;
  const verb = f.tokens[c.verb]!;
  if (subject.lower !== 'we' || verb.pos !== 'VERB' || verb.lower !== verb.lemma || NOT_A_TRADE.has(verb.lemma)) return false;
  // The verb right after "we" (an adverb between at most): "we now make", not "we are happy to make".
  if (c.verb - c.subject.index > 2) return false;
  const object = f.tokens[c.verb + 1];
  return object !== undefined && (object.pos === 'NOUN' || object.pos === 'ADJ' || object.pos === 'PROPN' || object.pos === 'NUM' ||
    (object.pos === 'DET' && object.lower !== 'you'));
}
/** Verbs "we" says of this mail, not of the business it runs. */
const NOT_A_TRADE = new Set(['need', 'want', 'hope', 'look', 'think', 'believe', 'know', 'see', 'feel', 'agree', 'understand', 'appreciate',
  'thank', 'have', 'wish', 'like', 'love', 'expect', 'plan', 'intend', 'attach', 'enclose', 'send', 'apologize', 'apologise', 'regret', 'confirm',
  'acknowledge', 'note', 'remain', 'request', 'ask', 'propose', 'suggest', 'recommend', 'guess', 'assume', 'mean', 'hear', 'write', 'get', 'receive',
  'welcome', 'await', 'wonder', 'reckon', 'trust', 'value', 'take', 'keep', 'remind', 'accept', 'use', 'follow']);

export function valueClaim(f: EnFacts): boolean {
  if (f.question) return false;
  if (pastFeat(f)) return true;
  if (!f.cues.value && !figureClaim(f)) return false;
  // A claim is ours or our product's: not the reader's ("you can save time by …" in an answer) nor negated.
  const main = f.main === undefined ? undefined : f.clauses[f.main];
  return main?.subject?.side !== 'you' && main?.negation === undefined;
}

/**
 * Round 21: the writer's name as a chat signs on, "Noa here, Kavana Cyber.", "Noa from Kavana Cyber here.": a
 * sentence with no verb, a name first and "here" after a name. Not "Here is the file" (a verb, no name first).
 */
function signedHere(f: EnFacts): boolean {
  const t = f.tokens;
  if (t[0]?.pos !== 'PROPN' || t.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return false;
  return t.some((x, i) => x.lower === 'here' && i > 0 && (t[i - 1]!.pos === 'PROPN' || /^[A-Z]/.test(t[i - 1]!.text)));
}

/**
 * Round 21: a feat of ours counted, the brag of a short pitch: "We stopped 3 ransomware attempts at Japanese insurers
 * last quarter", "our SOC blocked 40 phishing campaigns", "we have kept 5 banks breach-free". Our side as subject, a
 * past or perfect lexical verb that is not an act of this mail (sent, received, met), not negated, a figure in its
 * object — and nothing of the reader's in it ("we shipped 3 pallets to your plant" is their order).
 */
function pastFeat(f: EnFacts, own?: ReadonlySet<string>): boolean {
  if (f.conditional || f.imperative) return false;
  const c = f.main === undefined ? undefined : f.clauses[f.main];
  if (!c?.subject || c.verb === undefined || c.negation !== undefined || c.modal !== undefined) return false;
  // Round 28: our company by the name the signature gives it ("Harcourt Whitley has carried out … for eleven LNG
  // carriers") is "we" as surely as the pronoun.
  const ourName = own !== undefined && own.size > 0 && f.tokens.slice(c.from, c.verb).some((x) => own.has(x.lower) && /^[A-Z]/.test(x.text));
  if (c.subject.side !== 'we' && !ourName) return false;
  if (c.tense !== 'past' && !c.perfect) return false;
  const verb = f.tokens[c.verb]!;
  if (verb.pos !== 'VERB' || NOT_A_TRADE.has(verb.lemma) || MAIL_ACTS.has(verb.lemma)) return false;
  const object = f.tokens.slice(c.verb + 1, c.to);
  if (object.some((x) => x.lower === 'you' || x.lower === 'your')) return false;
  // The figure right in the object ("blocked 40 campaigns"); under our name, also as the count of those we did it for
  // ("studies for eleven LNG carriers", "systems to 40 plants").
  const counted = (x: EnFacts['tokens'][number]) => x.pos === 'NUM' && !MONTHS.has(x.lower) && !/^(?:19|20)\d\d$/.test(x.lower);
  return object.slice(0, 4).some(counted) ||
    (ourName && object.some((x, k) => counted(x) && k > 0 && FOR_WHOM.has(object[k - 1]!.lower)));
}
/** The preposition before the count of those a feat was done for: "for eleven carriers", "to 40 plants", "at 12 yards". */
const FOR_WHOM = new Set(['for', 'to', 'at', 'across', 'with', 'over']);

/** Round 28: a feat of our company's, counted, told under its name (the signature's): the credential of a cold pitch. */
export const ownCompanyFeat = (f: EnFacts, own: ReadonlySet<string>): boolean => !f.question && pastFeat(f, own);
/** What a writer did for this mail or this contact, not a feat: "we met 3 of your engineers", "we sent 2 samples". */
const MAIL_ACTS = new Set(['meet', 'send', 'ship', 'receive', 'visit', 'speak', 'talk', 'attend', 'call', 'email', 'write', 'try', 'order',
  'buy', 'purchase', 'quote', 'invoice', 'deliver', 'start', 'open', 'launch', 'move', 'hire', 'add', 'update', 'change', 'release', 'raise', 'spend']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** An ask for a meeting, call, visit, demo or invite: asked, proposed or announced ("I will call your office"). */
export function meetingAsk(f: EnFacts): boolean {
  if (!f.cues['meet-ask'] || conditionOnReader(f)) return false;
  // A wish of ours counts as the ask ("We would like to present our collection to your team").
  return askAct(f);
}

/** A follow-up that presses: counting the mails, calls that did not reach, "I will keep following up". */
export function persistence(f: EnFacts): boolean {
  if (f.cues.persist?.some((i) => !countOfSomethingElse(f, i))) return true;
  // "I've emailed you four times", "we called three times last week": attempts counted.
  if (f.tokens.some((t, i) => t.lower === 'times' && COUNTS.test(f.tokens[i - 1]?.lower ?? '') &&
    f.tokens.slice(Math.max(0, i - 5), i).some((x) => CONTACT_VERBS.has(x.lemma) && x.pos === 'VERB'))) return true;
  // "following up on my emails from June 7, June 18 and June 29", "my previous messages": our mails, several.
  if (f.tokens.some((t, i) => PLURAL_MAILS.has(t.lower) && (f.tokens[i - 1]?.lower === 'my' || f.tokens[i - 2]?.lower === 'my' ||
    f.tokens[i - 1]?.lower === 'our' || f.tokens[i - 2]?.lower === 'our') &&
    // "… whether my emails reached you": several mails of ours, and the writer asking if they reached the reader.
    f.tokens.some((x) => x.lemma === 'follow' || x.lemma === 'circle' || x.lower === 'again' || (x.lemma === 'reach' && x.pos === 'VERB' && f.tokens[f.tokens.indexOf(x) + 1]?.lower === 'you')))) return true;
  // "my third message", "the fourth time I write": counting one's own unanswered mails.
  return f.tokens.some((t, i) => ORDINALS.has(t.lower) && MAILS.has(f.tokens[i + 1]?.lemma ?? '') &&
    (f.tokens[i - 1]?.lower === 'my' || f.tokens[i - 1]?.lower === 'the' || f.tokens[i - 1]?.lower === 'our'));
}

/**
 * "I emailed you twice last month", "we have called two times": two attempts counted by the writer. To a
 * prospect who has not answered that is a tally of the chase; to a client it is ordinary business ("I tried
 * calling twice about the delivery"), so the rule asks this only of mails to prospects.
 */
export function countedTwice(f: EnFacts): boolean {
  return f.tokens.some((t, i) => (t.lower === 'twice' || (t.lower === 'times' && f.tokens[i - 1]?.lower === 'two')) &&
    f.tokens.slice(Math.max(0, i - 5), i).some((x) => (CONTACT_VERBS.has(x.lemma) || SAID_VERBS.has(x.lemma)) && x.pos === 'VERB') &&
    f.clauses.some((c) => c.from <= i && i < c.to && c.subject?.side === 'we'));
}
/**
 * Round 45 (xc-009): "I've sent you a couple of notes since October", "we have written to you several times": several mails of
 * ours sent to the reader, counted loosely. Like countedTwice, a tally of the chase to a prospect only.
 */
export function sentSeveral(f: EnFacts): boolean {
  return f.tokens.some((t, i) => PLURAL_MAILS.has(t.lower) && SEVERAL.test(f.tokens.slice(Math.max(0, i - 3), i).map((x) => x.lower).join(' ')) &&
    f.tokens.slice(Math.max(0, i - 7), i).some((x) => (x.lemma === 'send' || CONTACT_VERBS.has(x.lemma)) && x.pos === 'VERB') &&
    f.clauses.some((c) => c.from <= i && i < c.to && c.subject?.side === 'we' && c.negation === undefined));
}
/** A loose count of several: "a couple of", "several", "a few", "a number of", "multiple". */
const SEVERAL = /(?:^|\s)(?:a couple of|several|a few|a number of|multiple)$/;
/** Round 16: "As I mentioned twice already", "I have explained two times": the writer counting what they said. */
const SAID_VERBS = new Set(['mention', 'say', 'explain', 'state', 'remind', 'ask', 'point', 'tell', 'note', 'stress']);

/** What the reader does when they answer; what we get back when they do. */
const ANSWER_VERBS = new Set(['answer', 'reply', 'respond', 'react', 'revert', 'acknowledge']);
const HEARD_VERBS = new Set(['hear', 'receive', 'get', 'have', 'see']);
const ANSWER_NOUNS = new Set(['reply', 'replies', 'response', 'responses', 'answer', 'answers', 'back', 'feedback', 'word']);

/**
 * A chase that states their silence: "you did not answer", "I never received a reply", "we haven't heard back
 * from you", "there has been no response". A past or perfect fact about an answer of theirs, not given. Not our
 * own late reply ("sorry I did not reply sooner"), a third party's ("no reply from the factory yet"), a payment
 * not received, a question or a condition ("if you don't reply by Friday" is pressure, read elsewhere).
 */
export function unansweredChase(f: EnFacts): 'you' | 'we' | undefined {
  const { tokens } = f;
  // A condition ("if you don't reply by Friday", "If I don't get a reply by Monday, …") is pressure, read
  // elsewhere. An embedded question ("I wanted to check whether the catalogue arrived, as I have not heard
  // anything since") is no condition.
  if (f.clauses.some((c) => c.conditional && tokens[c.from]?.lower !== 'whether')) return undefined;
  // Round 17: "Haven't heard back since I sent the samples — did they arrive OK?": a question may follow the
  // stated silence in the same sentence; the clause that states it must end before the question's clause.
  const lastClause = f.clauses[f.clauses.length - 1];
  if (f.question && f.clauses.length < 2) return undefined;
  // Every negator, in whichever clause holds it: "I wrote in May but never received a reply" keeps one clause.
  let found: 'you' | 'we' | undefined;
  tokens.some((n, k) => {
    if (!NEGATORS.has(n.lower)) return false;
    const c = indexedClause(f, k);
    if (!c || c.conditional || (f.question && c === lastClause)) return false;
    let end = c.to;
    for (let j = k + 1; j < c.to; j++) if (tokens[j]!.pos === 'CCONJ' || tokens[j]!.pos === 'SCONJ') { end = j; break; }
    const words = tokens.slice(k + 1, end);
    // "from the factory": somebody else's silence.
    const from = words.findIndex((t) => t.lower === 'from');
    if (from >= 0 && !/^(?:you|your)$/.test(words[from + 1]?.lower ?? '')) return false;
    // "There has been no response", "still no reply": the missing answer named as a noun.
    if (n.lower === 'no' && ANSWER_NOUNS.has(words[0]?.lower ?? '') && words[0]!.lower !== 'back') return (found = 'we'), true;
    const past = c.tense === 'past' || c.perfect || n.lower === 'never' || words.some((t) => t.pos === 'VERB' && t.lower !== t.lemma && /ed$/.test(t.lower));
    if (!past) return false;
    // "I've emailed you four times and still haven't heard back": a coordinated verb keeps the first subject.
    let side = c.subject?.side ?? f.clauses.slice(0, f.clauses.indexOf(c)).reverse().find((x) => x.subject)?.subject?.side;
    // Round 17: "Haven't heard back since …", "Still haven't heard anything": the diary style drops the "I";
    // a sentence that opens on the auxiliary and its negator, with no subject anywhere before, is the writer's.
    if (side === undefined && c.from === 0 && !c.subject && /^(?:still\s+)?(?:have|has)n?$/.test(tokens.slice(0, k).map((t) => t.lower).join(' '))) side = 'we';
    // Round 16: "my mail dated 12th October, to which I have not received any response": the relative
    // pronoun stands where the parse looks for the subject; the person after it is the one who waits.
    if (c.subject && RELATIVES.has(tokens[c.subject.index]!.lower)) {
      const person = tokens.slice(c.subject.index + 1, k).find((t) => t.pos === 'PRON' && SIDE_OF[t.lower] !== undefined);
      if (person) side = SIDE_OF[person.lower];
    }
    if (side === 'you' && words.some((t) => ANSWER_VERBS.has(t.lemma) && t.pos === 'VERB')) return (found = 'you'), true;
    const heard = words.some((t) => t.lemma === 'hear');
    // "I have not heard anything since": nothing heard at all, by the writer (not from a third party, above).
    const answered = words.some((t) => ANSWER_NOUNS.has(t.lower) || (heard && t.lower === 'anything'));
    if (side === 'we' && answered && words.some((t) => HEARD_VERBS.has(t.lemma))) return (found = 'we'), true;
    // "I haven't heard from you since my email of 2 November": the reader named as the one silent — to a
    // prospect a chase (like "you did not answer"), to a client ordinary business.
    if (side === 'we' && heard && from >= 0) return (found = 'you'), true;
    return false;
  });
  if (found) return found;
  return awaitedAnswer(f);
}
const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const RELATIVES = new Set(['which', 'that', 'who', 'whom']);
const SIDE_OF: Record<string, 'we' | 'you'> = { i: 'we', we: 'we', you: 'you' };

/**
 * Round 16: their silence written without a negator — "we are yet to receive your feedback", "I am still
 * awaiting your reply", "my two previous emails seem to have gone unanswered", "it remains unanswered".
 * Our side waiting for an answer of theirs (a "your" before the answer noun, or our mail left unanswered).
 */
function awaitedAnswer(f: EnFacts): 'we' | undefined {
  const { tokens } = f;
  const ours = (c: { subject?: { side: string; index: number } } | undefined) => c?.subject?.side === 'we' ||
    (c?.subject !== undefined && /^(?:my|our)$/.test(tokens[c.subject.index - 1]?.lower ?? '')) ||
    tokens.slice(0, 3).some((t) => t.lower === 'my' || t.lower === 'our');
  const clauseOf = (i: number) => indexedClause(f, i);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "yet to receive / hear": the answer noun after it must be theirs ("your feedback", "a reply from you").
    if (t.lower === 'yet' && tokens[i + 1]?.lower === 'to' && HEARD_VERBS.has(tokens[i + 2]?.lemma ?? '') &&
      tokens.slice(i + 3, i + 8).some((x) => ANSWER_NOUNS.has(x.lower) && x.lower !== 'word') && ours(clauseOf(i))) return 'we';
    // "still awaiting / still waiting for your reply".
    if (t.lower === 'still' && (tokens[i + 1]?.lemma === 'await' || (tokens[i + 1]?.lemma === 'wait' && tokens[i + 2]?.lower === 'for')) &&
      tokens.slice(i + 2, i + 6).some((x, k, list) => ANSWER_NOUNS.has(x.lower) && list.slice(0, k).some((y) => y.lower === 'your'))) return 'we';
    // "… have gone unanswered", "remains unanswered": our mails.
    if (t.lower === 'unanswered' && ours(clauseOf(i))) return 'we';
  }
  return undefined;
}

const PLURAL_MAILS = new Set(['emails', 'e-mails', 'mails', 'messages', 'notes', 'voicemails', 'calls', 'reminders']);
const COUNTS = /^(?:three|four|five|six|seven|eight|nine|ten|[3-9]|1[0-9])$/;
const CONTACT_VERBS = new Set(['email', 'e-mail', 'mail', 'write', 'call', 'phone', 'try', 'contact', 'message', 'reach', 'ring']);
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', '2nd', '3rd', '4th', '5th']);
const MAILS = new Set(['email', 'e-mail', 'mail', 'message', 'note', 'attempt', 'follow-up', 'reminder']);

/** Counting words a persistence cue opens with ("third time", "several times"). */
const TIMES_COUNT = /^(?:second|third|fourth|fifth|several|multiple|many|2nd|3rd|4th|5th)$/;
/**
 * Round 18: "our supplier has put up the surcharge for the third time this year, and we can no longer absorb it": a count
 * of times that counts something else's act — no verb of contacting and no mail in its clause — is no chase of ours.
 */
function countOfSomethingElse(f: EnFacts, i: number): boolean {
  const t = f.tokens[i];
  if (!t || !TIMES_COUNT.test(t.lower) || !/^times?$/.test(f.tokens[i + 1]?.lower ?? '')) return false;
  const at = f.clauses.findIndex((c) => i >= c.from && i < c.to);
  if (at < 0) return false;
  // "This is the third time | I am writing to you": the count's own clause and the one it introduces.
  const words = f.tokens.slice(f.clauses[at]!.from, f.clauses[at + 1]?.to ?? f.clauses[at]!.to);
  return !words.some((x) => CONTACT_VERBS.has(x.lemma) || MAILS.has(x.lemma) || PLURAL_MAILS.has(x.lower) || x.lemma === 'follow' || x.lemma === 'ask' || x.lemma === 'remind' || x.lemma === 'send' || x.lemma === 'write');
}

/** What a company says it is: "a Dutch developer of …", "a family-owned maker of …", "a leading supplier". */
const COMPANY_NOUNS = new Set(['maker', 'manufacturer', 'developer', 'supplier', 'provider', 'producer', 'distributor', 'company', 'firm',
  'startup', 'start-up', 'vendor', 'agency', 'consultancy', 'forwarder', 'specialist', 'integrator', 'exporter', 'importer', 'brand']);

/** The noun phrase from `from` to its first preposition or stop names a company: "a leading supplier" (not "a priority for our company"). */
function companyNounAfter(f: EnFacts, from: number): boolean {
  for (let k = from; k < Math.min(f.tokens.length, from + 5); k++) {
    const t = f.tokens[k]!;
    if (t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'VERB') return false;
    if (COMPANY_NOUNS.has(t.lemma)) return true;
  }
  return false;
}

/** Roles and verbs a writer names themselves by: "I run the Vietnam practice at …", "I look after partnerships". */
const ROLE_VERBS = new Set(['run', 'head', 'lead', 'manage', 'oversee', 'look']);

/**
 * The writer naming themselves: "I'm Daniel Ruiz, VP Sales at Optivue", "I am Sander de Vries from
 * Greenmetrics", "This is Lily from Ningbo Yongxin", "I run the Vietnam practice at Mekong Bridge Advisory".
 * Not "I am happy to help" (no name), "I am in Tokyo next week" (a place after a preposition).
 */
function introducesWriter(f: EnFacts): boolean {
  const c = f.main === undefined ? undefined : f.clauses[f.main];
  if (!c?.subject || c.verb === undefined || c.negation !== undefined || c.tense === 'past') return false;
  const subject = f.tokens[c.subject.index]!;
  const verb = f.tokens[c.verb]!;
  const next = f.tokens[c.verb + 1];
  // Round 16: "I'm with Kestrel Robotics", "I am from Verdant Labs", "I work for / at Tidewater": the writer's company named.
  if (subject.lower === 'i' && (verb.lemma === 'be' || verb.lemma === 'work') && /^(?:with|from|at|for)$/.test(next?.lower ?? '') &&
    f.tokens[c.verb + 2]?.pos === 'PROPN' && /^[A-Z]/.test(f.tokens[c.verb + 2]!.text)) return true;
  if (subject.lower === 'i' && verb.lemma === 'be') return next?.pos === 'PROPN' || (next?.lower === 'dr' || next?.lower === 'mr' || next?.lower === 'ms');
  // Round 17: "We are SecureNet, a cybersecurity firm from Singapore": our company named after "we are", then
  // said what it is (a comma or "a/an" after the name) — not "we are Japan's partner" said of a client.
  if (subject.lower === 'we' && verb.lemma === 'be' && c.modal === undefined && next?.pos === 'PROPN' && /^[A-Z]/.test(next.text)) {
    let k = c.verb + 2;
    while (k < c.verb + 5 && f.tokens[k]?.pos === 'PROPN') k++;
    if (/^(?:,|an?|—|–|-)$/.test(f.tokens[k]?.lower ?? '')) return true;
  }
  if (subject.lower === 'this' && verb.lemma === 'be') return next?.pos === 'PROPN' && f.tokens.slice(c.verb + 2, c.verb + 5).some((t) => t.lower === 'from' || t.lower === 'at' || t.lower === 'of');
  // "I run / head / look after … at <Company>": our side's role, with the company named after it.
  if (subject.lower === 'i' && ROLE_VERBS.has(verb.lemma) && c.modal === undefined) {
    return f.tokens.slice(c.verb + 1).some((t, k, list) => (t.lower === 'at' || t.lower === 'for' || t.lower === 'of') && list[k + 1]?.pos === 'PROPN');
  }
  return false;
}

/**
 * A claim stated as a figure of what we or our product achieve: "Our cameras catch 99.7% of surface
 * defects", "we have cut lead times by 40%", "they pay for themselves in under eight months". A percentage
 * or a multiple with our side, our product or a third party (their customers) as subject — not the reader's
 * figures ("your volume fell 20%") nor a question.
 */
function figureClaim(f: EnFacts): boolean {
  const figure = f.tokens.some((t, i) => t.text === '%' || t.lower === 'percent' || /^\d+(?:\.\d+)?%$/.test(t.text) || speedClaim(f, i) ||
    (/^(?:double|triple|halve|twice)$/.test(t.lower) && i > 0) || (t.lower === 'times' && /^(?:\d+|two|three|four|five|ten)$/.test(f.tokens[i - 1]?.lower ?? '')));
  if (!figure) return false;
  const c = f.main === undefined ? undefined : f.clauses[f.main];
  if (!c || c.negation !== undefined || c.conditional) return false;
  const subject = c.subject ? f.tokens[c.subject.index] : undefined;
  return c.subject?.side === 'we' || (subject !== undefined && (subject.lower === 'they' || subject.pos === 'NOUN' || subject.pos === 'PROPN') &&
    !f.tokens.slice(c.from, c.subject!.index + 1).some((t) => t.lower === 'your'));
}

const SPANS = /^(?:minutes?|hours?|days?|weeks?|months?)$/;
/** "can get you audit-ready in 6 weeks", "installs within 48 hours": what we achieve, timed. */
function speedClaim(f: EnFacts, i: number): boolean {
  const t = f.tokens[i]!;
  return t.pos === 'NUM' && SPANS.test(f.tokens[i + 1]?.lower ?? '') && /^(?:in|within|under)$/.test(f.tokens[i - 1]?.lower ?? '') &&
    f.clauses.some((c) => c.modal === 'can' && c.negation === undefined && !c.conditional && c.from <= i);
}

/** "It would be great to talk", "it would be good to meet": an impersonal wish for what follows. */
const PLEASING = new Set(['great', 'good', 'nice', 'wonderful', 'helpful', 'ideal', 'lovely', 'useful']);
function impersonalWish(f: EnFacts): boolean {
  return f.tokens.some((t, i) => t.lower === 'it' && f.tokens[i + 1]?.lower === 'would' && f.tokens[i + 2]?.lemma === 'be' &&
    PLEASING.has(f.tokens[i + 3]?.lower ?? '') && f.tokens[i + 4]?.lower === 'to');
}

/**
 * An act that asks the reader for something: a question, a request or proposal, or our side stating a wish
 * or an intent towards them ("I'd love to show you …", "we would like to include your plant", "I'm hoping
 * to …", "I will call your office"). What is asked for is the rule's to read (a meeting, a demo, a trial).
 * Not an ask made conditional on their interest ("If it would be of interest, could we …"): the modest form.
 */
export function askAct(f: EnFacts): boolean {
  if (f.question || f.acts.includes('request') || f.acts.includes('proposal') || f.cues['ask-intent'] !== undefined) return true;
  if (impersonalWish(f)) return true;
  return f.clauses.some((c) => {
    if (c.subject?.side !== 'we' || c.negation !== undefined || c.conditional || c.verb === undefined) return false;
    const verb = f.tokens[c.verb]!;
    // "we would love to", "I'd like to", "we want to", "I'm hoping to": a wish with an infinitive after it.
    const wish = WISH.has(verb.lemma) && f.tokens[c.verb + 1]?.lower === 'to';
    const wished = f.tokens.slice(c.from, c.verb).some((t) => WISH.has(t.lemma)) && f.tokens[c.verb - 1]?.lower === 'to';
    // Round 19: "I would appreciate a brief conversation", "we would welcome an hour of your time": a wish of
    // ours in the conditional with a thing as its object.
    const object = f.tokens[c.verb + 1];
    const wantedThing = c.modal === 'would' && (WISH.has(verb.lemma) || verb.lemma === 'appreciate' || verb.lemma === 'value') &&
      !!object && (object.pos === 'DET' || object.pos === 'NUM' || object.lower === 'your') && object.lower !== 'that';
    return wish || wished || wantedThing;
  });
}
const WISH = new Set(['love', 'like', 'want', 'hope', 'wish', 'welcome']);

/**
 * A condition put on the ask ("if you are interested", "unless you prefer", "in case …"): not an indirect
 * question ("Would it make sense to explore whether our robots fit your warehouse?"), which still asks, nor a
 * default the reader must object to ("I'll send an invite for Thursday unless I hear otherwise"), which
 * presumes the meeting.
 */
export function conditionOnReader(f: EnFacts): boolean {
  return f.clauses.some((c) => c.conditional && f.tokens[c.from]?.lower !== 'whether' && !byDefault(f, c.from, c.to) && !indirectIf(f, c.from));
}
/** Round 21: "to see if we can do the same", "check if it fits": "if" after a verb of finding out is "whether". */
const FIND_OUT = new Set(['see', 'check', 'find', 'explore', 'ask', 'wonder', 'learn', 'determine', 'discuss', 'test', 'know']);
function indirectIf(f: EnFacts, from: number): boolean {
  const at = f.tokens[from]?.lower === 'if' ? from : f.tokens.findIndex((x, i) => i >= from && x.lower === 'if');
  const before = f.tokens[at - 1];
  return at > 0 && !!before && FIND_OUT.has(before.lemma) && (before.pos === 'VERB' || before.lower === 'see');
}

/** "I'll send an invite for Thursday unless I hear otherwise": a meeting set by default, theirs to refuse. */
export function presumedMeeting(f: EnFacts): boolean {
  return f.cues['meet-ask'] !== undefined && f.clauses.some((c) => c.conditional && byDefault(f, c.from, c.to));
}

/** "unless I hear otherwise", "unless you object", "unless you tell me not to": silence taken as consent. */
function byDefault(f: EnFacts, from: number, to: number): boolean {
  if (f.tokens[from]?.lower !== 'unless') return false;
  return f.tokens.slice(from + 1, to).some((t) => t.lower === 'otherwise' || t.lemma === 'object' || t.lower === 'objection' || t.lower === 'objections');
}

/**
 * Round 22: a sentence opened by a verb of perceiving or finding with the writer's "I" dropped — "Saw your post …",
 * "Saw you're speaking at …", "Came across your profile …", "Noticed that …": how a first mail to a stranger opens
 * its hook, whether or not it names the public source (publicHook reads the source).
 */
export function hookOpener(f: EnFacts): boolean {
  const t = f.tokens;
  let first = 0;
  while (t[first] && t[first]!.pos === 'PUNCT') first++;
  const v = t[first];
  if (!v || !PERCEIVE.has(v.lemma) || v.lower === v.lemma) return false;
  if ((v.lemma === 'come' || v.lemma === 'stumble') && !/^(?:across|upon|on)$/.test(t[first + 1]?.lower ?? '')) return false;
  return true;
}

/**
 * Round 18: a first mail whose hook is public news about the stranger — "Saw on LinkedIn that Asahigawa Pharma
 * is hiring a CISO", "I noticed your job posting", "We read in the Nikkei that you are expanding", "Having come
 * across Hoshizora Remit on the list of registered providers published by the Bureau", "Congrats on the Series
 * B!". Read from the parse: a verb of perceiving or finding whose subject is the writer (I/we, dropped, or a
 * participle opening the sentence), followed in its clause by a public source (a network, a site, a post, a
 * register, a press release) or by "that" and a clause about someone other than us; or a congratulation
 * opening the sentence on an event of theirs. Not "I saw your reply this morning" (their mail to us, no
 * source), not "we noticed that our shipment was short" (our own news).
 */
export function publicHook(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  let first = 0;
  while (t[first] && t[first]!.pos === 'PUNCT') first++;
  const w0 = t[first];
  if (w0 && CONGRATS.has(w0.lower) && t[first + 1]?.lower === 'on') return true;
  for (let i = first; i < t.length; i++) {
    const v = t[i]!;
    if (v.pos !== 'VERB' || !PERCEIVE.has(v.lemma)) continue;
    // "come across", "stumble upon": the verbs of finding need their particle.
    if ((v.lemma === 'come' || v.lemma === 'stumble') && !/^(?:across|upon|on)$/.test(t[i + 1]?.lower ?? '')) continue;
    const before = t[i - 1];
    const writer = i === first || (before && /^(?:i|we)$/.test(before.lower)) ||
      (before?.lower === 'having' && i - 1 === first) || (before?.pos === 'ADV' && /^(?:i|we)$/.test(t[i - 2]?.lower ?? '')) ||
      // Round 19: "While browsing the JETRO importer directory, …": a participle of ours after "while/when".
      (/^(?:while|when)$/.test(before?.lower ?? '') && /ing$/.test(v.lower) && i - 1 === first);
    // "I heard from Ms. Ito that …": a person told us, which is an introduction of a kind, not public news.
    if (!writer || (v.lemma === 'hear' && t[i + 1]?.lower === 'from')) continue;
    for (let k = i + 1; k < Math.min(t.length, i + 14); k++) {
      const x = t[k]!;
      if (x.pos === 'PUNCT' && x.text !== '-') break;
      if (PUBLIC_SOURCES.has(x.lower)) return true;
      // Round 19: "I saw your presentation at CVIT", "I visited your booth at FOODEX": something of theirs seen at a
      // named event or place — a public appearance, not a mail of theirs to us ("I saw your reply this morning").
      if (x.lower === 'your' && k === i + 1 && eventAfter(t, k + 1)) return true;
      if (x.lower === 'that' && x.pos === 'SCONJ') {
        const who = t[k + 1];
        return !!who && (who.lower === 'you' || who.lower === 'your' || who.pos === 'PROPN');
      }
    }
  }
  return false;
}
const CONGRATS = new Set(['congrats', 'congratulations', 'kudos']);
const PERCEIVE = new Set(['see', 'notice', 'read', 'learn', 'hear', 'spot', 'come', 'stumble', 'find', 'discover', 'follow', 'watch',
  'attend', 'visit', 'browse']);
/** From `from`: a noun phrase of up to four words, then "at/in/during" and a capitalised name ("at CVIT", "at the Kobe forum"). */
function eventAfter(t: EnFacts['tokens'], from: number): boolean {
  let k = from;
  while (k < from + 4 && t[k] && (t[k]!.pos === 'NOUN' || t[k]!.pos === 'ADJ' || t[k]!.pos === 'PROPN')) k++;
  if (k === from || !/^(?:at|during)$/.test(t[k]?.lower ?? '')) return false;
  const name = t[k + 1]?.lower === 'the' ? t[k + 2] : t[k + 1];
  return !!name && /^[A-Z]/.test(name.text);
}
/** Where news about a company is public: networks, the press, its own site, a regulator's register. */
const PUBLIC_SOURCES = new Set(['linkedin', 'twitter', 'x.com', 'facebook', 'instagram', 'youtube', 'website', 'site', 'web', 'online', 'press',
  'news', 'newspaper', 'nikkei', 'article', 'announcement', 'post', 'posting', 'posts', 'vacancy', 'advert', 'advertisement', 'register',
  'registry', 'list', 'directory', 'database', 'filing', 'interview', 'newsletter', 'podcast', 'blog', 'magazine', 'journal', 'feed',
  'profile', 'listing', 'exhibitor', 'release']);

/**
 * Round 19: our company, named in the signature (en-own-company.ts), said to be something or to do something, in
 * the present: "Kaveri Infotech is a CMMI Level 5 … IT services company", "Calder makes low-migration
 * photoinitiators", "Sorrento Analytics serves over 150 insurers", "Ardent Coatings holds REACH registrations". The
 * name opens the sentence, whatever the tagger makes of it (an unknown name is often a common noun); then "is"
 * with "a/an/one", or a present verb of the trade with an object. Not a notice ("Nilgiri Technologies is closed on
 * 26 January", "Kaveri will discontinue …", "Corvant regrets …").
 */
export function ownCompanyDescribed(f: EnFacts, own: ReadonlySet<string>): boolean {
  if (own.size === 0 || f.question || f.conditional || f.imperative) return false;
  const t = f.tokens;
  let k = 0;
  while (t[k]?.pos === 'PUNCT') k++;
  if (!t[k] || !own.has(t[k]!.lower) || !/^[A-Z]/.test(t[k]!.text)) return false;
  // The rest of the name: capitalised words ("Kaveri Infotech", "Sorrento Analytics").
  const start = k;
  while (k < start + 4 && t[k + 1] && /^[A-Z]/.test(t[k + 1]!.text) && (t[k + 1]!.pos === 'PROPN' || t[k + 1]!.pos === 'NOUN')) k++;
  const v = t[k + 1];
  const next = t[k + 2];
  if (!v || !next || t.slice(k + 1, k + 4).some((x) => NEGATORS.has(x.lower))) return false;
  if (v.lemma === 'be') return /^(?:a|an|one)$/.test(next.lower) || rankedDescription(t, k + 2);
  // "Velantis has 850 engineers", "Ardent holds REACH registrations": a present verb of the trade and its object.
  // The tagger takes an unknown name's verb for a plural noun ("Orinoco Roasters sources single-estate cacao"): a
  // word in -s right after the name, followed by its object, is the verb all the same.
  const verbAsNoun = v.pos === 'NOUN' && (next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'NUM');
  if (v.pos !== 'VERB' && !(v.lemma === 'have' && v.pos === 'AUX') && !verbAsNoun) return false;
  if (!/s$/.test(v.lower) || v.lower === v.lemma || (NOT_A_TRADE.has(v.lemma) && v.lemma !== 'have') || NOTICE_VERBS.has(v.lemma)) return false;
  return next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || next.pos === 'NUM' || (next.pos === 'DET' && next.lower !== 'you') ||
    /^[A-Z]{2,}/.test(next.text) ||
    ((next.lower === 'over' || next.lower === 'more') && t[k + 3]?.pos === 'NUM');
}
/** What a company does in a notice rather than in its trade: "Kaveri regrets …", "Nordpak closes on …". */
const NOTICE_VERBS = new Set(['regret', 'inform', 'close', 'reopen', 'announce', 'notify', 'reserve', 'require', 'apologise', 'apologize']);

/** "Our key offerings include:", "Our core portfolio comprises …", "Our service lines cover …": what we sell, listed. */
const RANGE_VERBS = new Set(['include', 'comprise', 'cover', 'span', 'encompass', 'feature', 'consist']);
export function ourRange(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const t = f.tokens;
  const our = t.findIndex((x) => x.pos !== 'PUNCT');
  if (t[our]?.lower !== 'our') return false;
  for (let k = our + 1; k < Math.min(t.length, our + 5); k++) {
    const x = t[k]!;
    if (x.pos === 'VERB' || x.pos === 'AUX') return RANGE_VERBS.has(x.lemma) && x.lower !== x.lemma + 'd' && !/ed$/.test(x.lower);
  }
  return false;
}

/**
 * "I am sure our new PressureLine FFR wire would be a great fit for your cath lab", "our vacuum packers would be an
 * excellent match for your line", "our mesh would suit your clinic": something of ours, said to fit the reader.
 * "our" and its noun, then a form of "be" with a complement and "for/to your", or a verb of fitting with "your"/
 * "you" as its object, not negated. Not "our engineer could visit your plant" (an act, read as an ask elsewhere).
 */
export function fitClaim(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.lower !== 'our') continue;
    let j = i + 1;
    while (j < i + 6 && t[j] && (t[j]!.pos === 'NOUN' || t[j]!.pos === 'PROPN' || t[j]!.pos === 'ADJ' || t[j]!.text === '-')) j++;
    if (j === i + 1) continue;
    // The modal and the verb: "would be", "will suit", "fits".
    while (t[j]?.pos === 'AUX' && t[j]!.lemma !== 'be') j++;
    const v = t[j];
    if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) continue;
    const after = t.slice(j + 1, j + 10);
    if (after.some((x) => NEGATORS.has(x.lower)) || t.slice(i, j).some((x) => NEGATORS.has(x.lower))) continue;
    const yours = after.findIndex((x) => x.lower === 'your' || x.lower === 'you');
    if (yours < 0) continue;
    if (v.lemma === 'be' && /^(?:for|to)$/.test(after[yours - 1]?.lower ?? '') && after.slice(0, yours).some((x) => x.pos === 'NOUN' || x.pos === 'ADJ')) return true;
    if (FIT_VERBS.has(v.lemma) && yours <= 1) return true;
  }
  return false;
}
const FIT_VERBS = new Set(['fit', 'suit', 'match', 'complement', 'benefit']);

/**
 * "We have not met yet", "We haven't had the pleasure of meeting", "You do not know me", "we have never been
 * introduced": the writer saying the mail is cold without apologising for it — the connection a cold pitch
 * makes in place of an introduction.
 */
export function notAcquainted(f: EnFacts): boolean {
  return f.clauses.some((c) => {
    if (c.negation === undefined || c.conditional || (c.subject?.side !== 'we' && c.subject?.side !== 'you')) return false;
    const words = f.tokens.slice(c.from, c.to);
    return words.some((x, k) => ACQUAINT.has(x.lemma) || (x.lemma === 'know' && /^(?:me|us|each)$/.test(words[k + 1]?.lower ?? '')));
  });
}
const ACQUAINT = new Set(['meet', 'introduce', 'pleasure', 'acquaint']);

/**
 * A meeting we have already arranged for them: "I have set up this 45-minute session so Dr. Chen can demo it",
 * "I have booked a 30-minute slot on Thursday", "I've sent you a calendar invitation". Our side, a verb of
 * arranging in the past or perfect, a meeting (or a slot, a session, an invitation) in the sentence.
 */
export function arrangedMeeting(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const meeting = f.cues['meet-ask'] !== undefined || f.cues.meeting !== undefined || namesMeeting(f);
  if (!meeting) return false;
  return f.clauses.some((c) => c.subject?.side === 'we' && c.verb !== undefined && c.negation === undefined && !c.conditional &&
    (c.tense === 'past' || c.perfect) && ARRANGE_VERBS.has(f.tokens[c.verb]!.lemma) && f.tokens[c.subject.index]!.lower !== 'our');
}
const ARRANGE_VERBS = new Set(['set', 'schedule', 'book', 'reserve', 'block', 'arrange', 'send', 'put', 'organise', 'organize', 'pencil', 'create', 'fix']);

/** A meeting or the reader's time named in the sentence by a noun ("session", "consultation", "slot"). */
function namesMeeting(f: EnFacts): boolean {
  // Round 21: or a span of their time asked in minutes: "Worth 15 min next week?", "20 minutes on Thursday?".
  return f.tokens.some((x, i) => (x.pos === 'NOUN' && (MEETING_NOUNS.has(x.lemma) || TIME_NOUNS.has(x.lemma))) ||
    (/^(?:min|mins|minutes?)$/.test(x.lower) && SPAN_COUNT.test(f.tokens[i - 1]?.lower ?? '')) || /^\d{1,2}-min(?:ute)?s?$/.test(x.lower));
}
/** Round 28: the count of a span of minutes, in figures or words ("twenty minutes with you and your design team"). */
const SPAN_COUNT = /^(?:\d{1,2}|five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|sixty)$/;

/**
 * Round 19: an ask for their time that names it by a noun of a meeting or of their time — "Please revert with a
 * suitable slot for an introductory session", "May we arrange a tasting session at your office?", "I would
 * appreciate a brief conversation with your purchasing team" — not on their interest.
 */
export function timeAsk(f: EnFacts): boolean {
  return namesMeeting(f) && (askAct(f) || timeWished(f)) && !conditionOnReader(f);
}

/**
 * Round 28: a span of the reader's time wished for by us, the wish in any word class — "I should very much welcome
 * twenty minutes with you and your design team" (the tagger takes "welcome" for an adjective), "I'd be glad to have
 * fifteen minutes with your production team". A counted span ("twenty minutes", "an hour") with them ("with you",
 * "with your team"); not "I'd be glad to send you fifteen samples" (no span), nor a wish that is negated or on a condition.
 */
function timeWished(f: EnFacts): boolean {
  const t = f.tokens;
  const span = t.findIndex((x, i) => (/^(?:minutes?|mins?)$/.test(x.lower) && SPAN_COUNT.test(t[i - 1]?.lower ?? '')) ||
    (x.lower === 'hour' && /^(?:an|one|half)$/.test(t[i - 1]?.lower ?? '')));
  if (span < 0 || t[span + 1]?.lower !== 'with' || !/^(?:you|your)$/.test(t[span + 2]?.lower ?? '')) return false;
  return f.clauses.some((c) => c.subject?.side === 'we' && c.negation === undefined && !c.conditional && c.from <= span && span < c.to &&
    t.slice(c.subject.index + 1, span).some((x) => WISHED_WORDS.has(x.lemma)));
}
const WISHED_WORDS = new Set(['welcome', 'glad', 'happy', 'pleased', 'delighted', 'grateful', 'appreciate', 'value', 'love', 'like', 'hope', 'want']);

/**
 * A mutual contact who sent us to the reader, in any verb: "Haruka Yoshida at the Embassy told me your team is
 * exploring …", "She was kind enough to suggest I write to you", "Professor Sato recommended your laboratory to me".
 * A person (a title and a name, two capitalised names, he or she) as the subject of a verb of telling, suggesting or
 * passing on, and after it both us (me, us, I) and the reader (you, your) — or us and getting in touch. Not "Toyota
 * told us they cut scrap by 30%" (a company, one name: a case study), not "our customers tell us" (our side).
 */
export function introducedBy(f: EnFacts): boolean {
  const t = f.tokens;
  for (let i = 0; i < t.length; i++) {
    const v = t[i]!;
    if (v.pos !== 'VERB' || !INTRO_VERBS.has(v.lemma)) continue;
    const c = [...f.clauses].reverse().find((x) => x.from <= i && x.subject !== undefined && x.subject.index < i);
    if (!c?.subject || c.subject.side !== 'third' || !person(f, c.subject.index)) continue;
    if (f.tokens.slice(c.from, i).some((x) => x.lower === 'our' || x.lower === 'my')) continue;
    const rest = t.slice(i + 1, i + 16);
    const us = rest.findIndex((x) => /^(?:me|us|i|we)$/.test(x.lower));
    if (us >= 0 && rest.some((x) => x.lower === 'you' || x.lower === 'your' || x.lower === 'touch' || x.lemma === 'contact')) return true;
  }
  return false;
}
const INTRO_VERBS = new Set(['tell', 'suggest', 'recommend', 'advise', 'encourage', 'introduce', 'refer', 'mention', 'point', 'pass', 'give',
  'put', 'connect', 'propose', 'urge', 'forward', 'share']);
const TITLES = new Set(['mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'professor', 'prof', 'prof.']);
/** The subject at `at` is a person: he/she, a title before a name, or a first and a last name. */
function person(f: EnFacts, at: number): boolean {
  const t = f.tokens;
  const s = t[at]!;
  if (s.lower === 'he' || s.lower === 'she') return true;
  const cap = (x: { text: string; pos: string } | undefined) => !!x && /^[A-Z][a-z]/.test(x.text) && (x.pos === 'PROPN' || x.pos === 'NOUN');
  if (TITLES.has(s.lower)) return cap(t[at + 1]);
  return cap(s) && cap(t[at + 1]) && !/^(?:Inc|Ltd|Corp|Co|Group|Limited|GmbH|AG)\.?$/.test(t[at + 1]!.text);
}

/**
 * Round 20: a company said to rank above the rest — "is the technology leader for 5-axis machining", "is the
 * largest maker of …", "is Europe's leading supplier", "is the No. 1 …": a definite description (the, or a
 * possessive) graded by a superlative or a word of rank before the noun phrase ends. A claim of superiority is
 * the pitch's self-description as much as "is a …"; not "is the supplier you met at JIMTOF" (no grading).
 */
export function rankedDescription(t: readonly EnFacts['tokens'][number][], at: number): boolean {
  const head = t[at];
  if (!head) return false;
  const possessive = head.pos === 'PROPN' && (t[at + 1]?.lower === "'s" || t[at + 1]?.lower === '’s');
  if (head.lower !== 'the' && !possessive) return false;
  for (let k = at + (possessive ? 2 : 1); k < Math.min(t.length, at + 7); k++) {
    const x = t[k]!;
    if (x.pos === 'PUNCT' || x.pos === 'ADP' || x.pos === 'VERB' || x.pos === 'SCONJ' || x.pos === 'PRON') return false;
    if (RANK_WORDS.has(x.lower) || (x.pos === 'ADJ' && /[^e]est$/.test(x.lower) && x.lower !== x.lemma)) return true;
  }
  return false;
}
/** Words of rank in a company's self-description; superlatives in -est are read from the tag. */
const RANK_WORDS = new Set(['leader', 'leaders', 'leading', 'top', 'first', 'only', 'premier', 'foremost', 'most', 'no.', 'number', 'pioneer',
  'benchmark', 'best', 'biggest', 'largest', 'fastest', 'market-leading', 'world-leading', 'industry-leading']);

/**
 * Round 20: the reader's way out of a meeting we put in their calendar — "If it doesn't suit, you can always
 * decline", "feel free to reject the invite", "just ignore it if the time is wrong", "Just click accept and we are
 * all set!": the meeting goes ahead unless they act, their consent reduced to declining or one click. Read from
 * the parse: a verb of refusing an invitation with the reader as its subject under "can/may" or after "feel free
 * to", or an imperative made light by "just/simply"; or a click, tap or hit of accept/yes. The meeting itself (an
 * invite, a session, a call) is the caller's to find in this sentence or the one before.
 */
export function optOutOffered(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!;
    if (x.pos !== 'VERB' && x.pos !== 'NOUN') continue;
    const before = t.slice(Math.max(0, i - 4), i).map((y) => y.lower);
    if (REFUSALS.has(x.lemma)) {
      const mayYou = before.includes('you') && before.some((w) => w === 'can' || w === 'may' || w === 'could');
      const free = before.includes('free') && before[before.length - 1] === 'to';
      const light = (before[before.length - 1] === 'just' || before[before.length - 1] === 'simply') && (i < 2 || t[i - 2]!.pos === 'PUNCT' || t[i - 2]!.lower === 'please');
      if (mayYou || free || light) return true;
    }
    if (CLICKS.has(x.lemma) && /^(?:accept|yes|ok|okay|confirm|attend)$/.test(t[i + 1]?.lower ?? '') &&
      before.some((w) => w === 'just' || w === 'simply' || w === 'only')) return true;
  }
  return false;
}
const REFUSALS = new Set(['decline', 'reject', 'ignore', 'cancel', 'delete', 'refuse', 'remove', 'dismiss']);
const CLICKS = new Set(['click', 'hit', 'tap', 'press', 'select']);

/** A meeting named in a sentence: the meeting cue, or a noun of meeting or of the reader's time ("an invite"). */
export function meetingNamed(f: EnFacts): boolean {
  return f.cues['meet-ask'] !== undefined || f.tokens.some((x) => MEETING_NOUNS.has(x.lemma) || MEETING_NOUNS.has(x.lower) || TIME_NOUNS.has(x.lower));
}
