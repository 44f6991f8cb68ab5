import { clauseOf } from './en';
import { isCurrency } from './currency';
import { isNewsWord } from './en-news-classes';
import type { EnFacts } from './en';
import { classVerbAt } from './en-lexicon';

/**
 * Round 15 (en-news, N4): a service reduced or the goods changed, in words other than "end" or "discontinue".
 *
 * `serviceNarrowed`: from a date on, something the client receives is given only in part — "From 1 October, phone
 * support will be available only from 10:00 to 15:00", "Our chat support will only be offered in English from next
 * year", "Starting next quarter, on-site visits will be limited to two per year", "Free delivery will apply only to
 * orders above ¥50,000 from 1 June". Read from the clause: a restriction ("only", "limited to", "restricted to") in
 * a clause about the future, and a start (an effective date). Not "not only", not a restriction the client is the
 * subject of, not "only" before a price or a span (a saving: "delivery will take only 2 days from April").
 *
 * `makeUpChanged`: what the goods are made of or where they come from changes from one thing to another — "From May
 * the housing material will change from PBT to PA66", "the sealing compound will be switched from EPDM to NBR".
 * For a Japanese buyer an unrequested change of material, supplier or process is bad news to be explained in person.
 * Not a past change, a change the client asked for or approved, a change of figures or dates (en-news.ts reads
 * those), nor a change of something that is no part of the goods (a meeting, a file format).
 */
export function serviceNarrowed(f: EnFacts): boolean {
  const bracketed = oldValueBracketed(f);
  if (f.question || f.conditional || (f.cues.effective === undefined && !bracketed)) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const limited = (t.lower === 'limited' || t.lower === 'restricted') && tokens[i + 1]?.lower === 'to';
    if (t.lower !== 'only' && !limited) continue;
    if (tokens[i - 1]?.lower === 'not' || tokens[i + 1]?.lower === 'if' || tokens[i + 1]?.lower === 'when') continue;
    const clause = clauseOf(f, i);
    // The future, by the clause's tense or by its auxiliary (the tagger reads "Our chat support will …" as a verb "chat").
    // With the old value in brackets, the clause reader may cut the sentence at a time range ("will be available 10:00–16:00
    // … only"): a "will" earlier in the sentence then carries it.
    const willAt = (x: { lower: string }) => x.lower === 'will' || x.lower === 'gonna' || x.lower === "'ll";
    // Round 24: "Going forward, technical support is available by email only": a present tense under a start (not "now") is
    // a term to come as surely as "will".
    // Not a service added to ("also", "for the first time", "newly", "in addition … only by appointment").
    const started = (f.cues.effective ?? []).some((k) => tokens[k]!.lower !== 'now') &&
      !tokens.some((x, k) => /^(?:also|additionally|newly|addition|extended)$/.test(x.lower) || (x.lower === 'first' && tokens[k + 1]?.lower === 'time'));
    const future = clause !== undefined && (clause.tense === 'future' || tokens.slice(clause.from, clause.to).some(willAt) ||
      (bracketed && tokens.slice(0, i).some(willAt)) || (started && clause.tense === 'present' && !clause.perfect && !/^(?:the|our|an?)$/.test(tokens[i - 1]?.lower ?? '')));
    if (!clause || !future || clause.conditional || (clause.negation !== undefined && clause.negation < i)) continue;
    if (clause.subject?.side === 'you' && !clause.passive) continue;
    if (clause.modal !== undefined && /^(?:can|could|may|might)$/.test(clause.modal)) continue;
    // "only 2 days", "only ¥500": a saving, not a restriction.
    const next = tokens.slice(i + 1, i + 4);
    if (next.some((x) => isCurrency(x.lower) || /^(?:days?|weeks?|hours?|minutes?)$/.test(x.lower)) && !next.some((x) => x.lower === 'from' || x.lower === 'between')) continue;
    return true;
  }
  return false;
}

/** Words that name what holds until the change: "(currently 9:00–18:00)", "(previously 5 days a week)", "(until now: …)". */
const OLD_NOW = /^(?:currently|previously|formerly|hitherto|now|presently|today)$/;
/**
 * Round 23 (mendnews): the earlier value set in brackets beside the restricted one marks the change as a start does —
 * "available 10:00–16:00 on weekdays only (currently 9:00–18:00)": a bracket opened by a word of what holds now, with a
 * figure in it.
 */
function oldValueBracketed(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => t.text === '(' && OLD_NOW.test(tokens[i + 1]?.lower ?? '') &&
    tokens.slice(i + 2, i + 5).some((x) => x.pos === 'NUM'));
}

/** Verbs that put one thing in place of another. */
const CHANGES = new Set(['change', 'switch', 'move', 'convert', 'shift', 'transition', 'migrate', 'replace']);
/** What the goods are made of, with, or where: a change to it is a change to the goods. */
const MAKEUP = new Set(['material', 'materials', 'resin', 'compound', 'grade', 'supplier', 'suppliers', 'source', 'sourcing', 'component', 'components',
  'formulation', 'formula', 'recipe', 'packaging', 'design', 'specification', 'spec', 'specs', 'process', 'coating', 'plating', 'origin', 'alloy', 'ink',
  'adhesive', 'substrate', 'manufacturer', 'maker', 'mill', 'subcontractor', 'chip', 'chipset', 'ingredient', 'ingredients', 'finish', 'plant',
  // Round 48 (dev set y8yc-016): materials a part is made of.
  'laminate', 'film', 'fabric', 'yarn', 'steel', 'fibre', 'fiber', 'foam', 'rubber', 'glass']);
const APPROVED = new Set(['requested', 'asked', 'agreed', 'approved', 'instructed', 'discussed', 'proposed', 'suggested']);

const VERB_S = /e?s$/;
export function makeUpChanged(f: EnFacts): boolean {
  if (f.question || f.conditional || f.cues.meeting !== undefined) return false;
  const { tokens } = f;
  if (tokens.some((t) => APPROVED.has(t.lower))) return false;
  for (let i = 0; i < tokens.length; i++) {
    // A verb by its tag, by an auxiliary, or by "from" right after it ("the gasket material … switches from FKM to NBR").
    if ((!CHANGES.has(tokens[i]!.lemma) && !CHANGES.has(tokens[i]!.lower.replace(VERB_S, ''))) ||
      (tokens[i]!.pos !== 'VERB' && tokens[i - 1]?.pos !== 'AUX' && tokens[i + 1]?.lower !== 'from')) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.tense === 'past' || clause.perfect || (clause.negation !== undefined && clause.negation < i)) continue;
    if (clause.subject?.side === 'you' && !clause.passive) continue;
    if (clause.modal !== undefined && /^(?:can|could|may|might|would|should)$/.test(clause.modal)) continue;
    // A present tense changes only from a date on ("From May the housing material changes from PBT to PA66").
    if (clause.tense === 'present' && f.cues.effective === undefined) continue;
    // "from X to Y" after the verb, X and Y names rather than figures or dates.
    const from = tokens.findIndex((t, k) => k > i && k - i <= 3 && t.lower === 'from');
    if (from < 0) continue;
    const to = tokens.findIndex((t, k) => k > from + 1 && k - from <= 5 && t.lower === 'to');
    if (to < 0 || tokens.slice(from + 1, Math.min(tokens.length, to + 4)).some((t) => t.pos === 'NUM')) continue;
    // The thing changed: a word of the goods' make-up before the verb (its subject) or as its object.
    const around = tokens.slice(clause.from, from);
    if (around.some((t) => MAKEUP.has(t.lower) || MAKEUP.has(t.lemma))) return true;
  }
  return false;
}

/**
 * Round 16 (B3): a service reduced or withdrawn in words other than "discontinue", read from the clause:
 * - our act negated with "anymore" / "any longer" ("Our engineers will not travel to Hokkaido anymore for routine
 *   maintenance", "We won't be offering free returns any longer"), said of our side, not of the reader nor of a fault
 *   ("This error will not occur anymore" is good news);
 * - a service said to be over from a date ("The free samples service is finished from September", "Weekend pick-up is
 *   over as of next month");
 * - a frequency cut ("Deliveries to your Sendai branch are going from three times a week to once a week", "visits will
 *   be monthly instead of weekly").
 */
export function serviceWithdrawn(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  return notAnymore(f) || serviceOver(f) || frequencyCut(f);
}

/** Verbs whose stopping is good news or no service: a fault, a charge, a bother. */
const NOT_SERVICES = new Set(['happen', 'occur', 'recur', 'fail', 'break', 'charge', 'bill', 'raise', 'increase', 'delay', 'bother', 'require', 'need', 'ask', 'be',
  'have', 'worry', 'affect', 'disturb', 'wait', 'cause', 'apply', 'exist']);

function notAnymore(f: EnFacts): boolean {
  const { tokens } = f;
  const end = tokens.findIndex((t, k) => t.lower === 'anymore' || ((t.lower === 'any' || t.lower === 'no') && (tokens[k + 1]?.lower === 'longer' || tokens[k + 1]?.lower === 'more') && k > 0 &&
    (tokens[k + 2] === undefined || tokens[k + 2]!.pos === 'PUNCT' || tokens[k + 2]!.pos === 'ADP' || tokens[k + 2]!.pos === 'SCONJ' || tokens[k + 2]!.pos === 'CCONJ')));
  if (end < 0) return false;
  const clause = clauseOf(f, end);
  if (!clause || clause.conditional || clause.verb === undefined || clause.tense === 'past' || clause.perfect) return false;
  // A change to come ("will not travel … anymore", "from April we won't …"); "We don't do Sunday pickups anymore" in the
  // present answers the reader's ask, a refusal the refusal rules judge.
  if (clause.tense !== 'future' && f.cues.effective === undefined) return false;
  // "any longer" needs a negation before it; "no longer" at the end is one ("we will serve Hokkaido no longer").
  if (tokens[end]!.lower !== 'no' && (clause.negation === undefined || clause.negation > end)) return false;
  // Our side acts: "we", "our engineers", "our couriers" — not the reader, not a thing that goes wrong.
  const subject = tokens.slice(clause.from, clause.verb);
  const ours = clause.subject?.side === 'we' || subject.some((t) => t.lower === 'our' || t.lower === 'we');
  if (!ours || clause.subject?.side === 'you') return false;
  const verb = tokens[clause.verb]!;
  // "we will not be able to absorb it any longer": an inability to hold a price is read by priceGivenUp (en-news.ts).
  if (clause.modal === 'can' || tokens.slice(clause.from, clause.to).some((t) => t.lower === 'able' || t.lower === 'unable')) return false;
  return !NOT_SERVICES.has(verb.lemma);
}

/** States of a service that has come to its end. */
const OVER = new Set(['finished', 'over', 'ended', 'terminated', 'ceased', 'stopped', 'retired', 'withdrawn', 'suspended', 'gone', 'abolished', 'scrapped', 'dropped']);
const SERVICE_WORDS = new Set(['service', 'services', 'support', 'samples', 'sample', 'delivery', 'deliveries', 'pickup', 'pick-up', 'collection', 'visits', 'visit',
  'maintenance', 'hotline', 'helpdesk', 'plan', 'option', 'programme', 'program', 'scheme', 'offer', 'warranty', 'returns', 'training', 'shipping', 'courier',
  'line', 'desk', 'benefit', 'discount', 'rebate', 'account', 'manager', 'consignment', 'stocking', 'repairs', 'repair', 'calibration']);

function serviceOver(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (!OVER.has(t.lower) || !tokens.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'be')) return false;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || (clause.negation !== undefined && clause.negation < i)) return false;
    // "We are finished", "you are over the limit": a person is no service ("our … service" is ours to give).
    if (clause.subject?.side === 'you' || /^(?:we|i)$/.test(tokens[clause.subject?.index ?? -1]?.lower ?? '')) return false;
    // What ends is a service of ours to the reader, named before the state (the clause splitter cuts "pick-up" at its hyphen).
    if (!tokens.slice(0, i).some((x, k) => SERVICE_WORDS.has(x.lower) || (x.lower === 'pick' && tokens[k + 1]?.text === '-'))) return false;
    // From a date on, or going to end: "is finished from September", "will be over", "is being retired".
    const start = f.cues.effective !== undefined || tokens.slice(i + 1).some((x) => x.lower === 'from' || x.lower === 'after');
    // "is being retired": going to end.
    return start || clause.tense === 'future' || tokens[i - 1]?.lower === 'being';
  });
}

/** A frequency as times a year: "three times a week", "once a month", "weekly", "every two weeks". */
const PER: Record<string, number> = { day: 365, days: 365, week: 52, weeks: 52, fortnight: 26, month: 12, months: 12, quarter: 4, quarters: 4, year: 1, years: 1 };
const ADVERBS: Record<string, number> = { daily: 365, weekly: 52, fortnightly: 26, biweekly: 26, monthly: 12, bimonthly: 6, quarterly: 4, yearly: 1, annually: 1 };
const COUNTS: Record<string, number> = { once: 1, twice: 2, thrice: 3, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

function frequencies(tokens: EnFacts['tokens']): Array<{ perYear: number; index: number }> {
  const out: Array<{ perYear: number; index: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (ADVERBS[w] !== undefined) { out.push({ perYear: ADVERBS[w]!, index: i }); continue; }
    // "once a week", "three times per month", "2x a week".
    const count = COUNTS[w] ?? (/^\d+x?$/.test(w) ? Number(w.replace('x', '')) : undefined);
    if (count !== undefined) {
      let k = i + 1;
      if (w !== 'once' && w !== 'twice' && w !== 'thrice' && !/x$/.test(w)) {
        if (tokens[k]?.lower !== 'times' && tokens[k]?.lower !== 'x') continue;
        k++;
      }
      if (!/^(?:a|an|per|each|every)$/.test(tokens[k]?.lower ?? '')) continue;
      const per = PER[tokens[k + 1]?.lower ?? ''];
      if (per !== undefined) out.push({ perYear: count * per, index: i });
      continue;
    }
    // "every week", "every two weeks", "every other month".
    if (w === 'every') {
      const n = COUNTS[tokens[i + 1]?.lower ?? ''] ?? (tokens[i + 1]?.lower === 'other' ? 2 : /^\d+$/.test(tokens[i + 1]?.lower ?? '') ? Number(tokens[i + 1]!.lower) : undefined);
      const unit = PER[tokens[i + (n === undefined ? 1 : 2)]?.lower ?? ''];
      if (unit !== undefined) out.push({ perYear: unit / (n ?? 1), index: i });
    }
  }
  return out;
}

/** What the client receives at a frequency; a cut of what they pay or send ("invoices", "reports you send") is not listed. */
const RECEIVED = new Set(['delivery', 'deliveries', 'shipment', 'shipments', 'visit', 'visits', 'pickup', 'pickups', 'pick-up', 'pick-ups', 'collection', 'collections',
  'service', 'servicing', 'maintenance', 'inspection', 'inspections', 'calibration', 'backup', 'backups', 'update', 'updates', 'report', 'reports', 'sailing',
  'sailings', 'departure', 'departures', 'run', 'runs', 'round', 'rounds', 'call', 'calls', 'meeting', 'meetings', 'training', 'support', 'patrol', 'cleaning']);

function frequencyCut(f: EnFacts): boolean {
  const { tokens } = f;
  if (f.cues.agreed !== undefined || !tokens.some((t) => RECEIVED.has(t.lower))) return false;
  const freq = frequencies(tokens);
  for (let n = 0; n + 1 < freq.length; n++) {
    const a = freq[n]!;
    const b = freq[n + 1]!;
    const between = tokens.slice(a.index, b.index).map((t) => t.lower);
    const before = tokens.slice(Math.max(0, a.index - 3), a.index).map((t) => t.lower);
    let oldNew: [number, number] | undefined;
    if (before.includes('from') && between.includes('to')) oldNew = [a.perYear, b.perYear];
    else if (between.includes('instead') || between.includes('rather') || between.includes('not')) oldNew = [b.perYear, a.perYear];
    else if (between.some((w) => w === '→' || w === '->' || w === '>')) oldNew = [a.perYear, b.perYear];
    if (!oldNew || oldNew[1] >= oldNew[0]) continue;
    const clause = clauseOf(f, b.index);
    if (clause?.conditional || (clause?.negation !== undefined && clause.negation < a.index && !between.includes('not'))) continue;
    if (clause?.subject?.side === 'you' && !clause.passive) continue;
    return true;
  }
  return false;
}

/**
 * Round 17 (en-news): a thing of ours retired or decommissioned, whatever it is called — "The Tallgrass Excel add-in
 * will be retired on December 1", "Our Chrome extension will be decommissioned at the end of Q1", "The SAP connector is
 * being retired next month", "We will retire the Salesforce widget on June 30". The verb ends what it names as surely
 * as "discontinue", so no list of product nouns is needed; what it must not read is a person retiring ("Mr. Tanaka
 * will retire in March", "Yamada-san is retired"), old news ("was retired in 2019"), or the reader's own equipment.
 * - passive: a form of "be" before the participle, going to happen ("will be", "is being", "has been", "is to be") or
 *   dated ("is retired on 1 December"); the subject before it no person and not the reader's;
 * - active: our side retires an object named right after the verb ("we will retire the … widget").
 */
// Round 19: the verbs are WordNet's verbs of ending what we provide (dictionaries/en/lexicon-news.json, class "end":
// "retire", "decommission", "sunset", "wind down", "phase out", "abolish", "axe", "scrap", "lapse", "shut down"…), one word
// or a verb and its particle. The subject of an intransitive one ("the loyalty scheme lapses on 31 March") is the thing.
/** Who retires rather than being retired: a pronoun, a title, a role. */
const PERSONS = new Set(['i', 'he', 'she', 'you', 'they', 'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'san', 'sama', 'colleague', 'colleagues',
  'manager', 'director', 'president', 'founder', 'ceo', 'cto', 'engineer', 'engineers', 'staff', 'employee', 'employees', 'chairman', 'partner', 'father',
  'mother', 'boss', 'predecessor', 'representative', 'rep', 'contact', 'technician', 'driver', 'team', 'who', 'your']);
const BE_FORMS = new Set(['be', 'is', 'are', 'being', 'been', "'s", "'re"]);
const FUTURE_MARKS = new Set(['will', "'ll", 'being', 'been', 'to', 'gonna', 'shall']);

/** What is offered for a time: its lapsing is a validity running out. */
const OFFERS = new Set(['offer', 'discount', 'price', 'pricing', 'quote', 'quotation', 'deal', 'promotion', 'promo', 'coupon', 'voucher', 'code', 'rate', 'proposal']);

/** A time named right after the verb: "on 1 December", "at the end of June", "in Q3", "from July", "next month". */
function datedAfter(tokens: EnFacts['tokens'], after: number): boolean {
  return tokens.slice(after, after + 3).some((x) => x.lower === 'on' || x.lower === 'at' || x.lower === 'in' || x.lower === 'by' || x.lower === 'from' ||
    x.lower === 'after' || x.lower === 'next' || x.lower === 'this');
}

export function thingRetired(f: EnFacts): boolean {
  // Not "if (f.imperative)": "Please note that the add-in will be retired" is a notice; an instruction ("Please
  // decommission the old unit") has no subject before its verb and is left below.
  if (f.question) return false;
  const { tokens } = f;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const after = classVerbAt('end', tokens, i);
    if (after < 0) continue;
    const clause = clauseOf(f, i);
    if (clause?.conditional || (clause?.negation !== undefined && clause.negation < i)) continue;
    // The words before the verb group, back to the start of the sentence or a clause break ("; ", "and"), are its subject.
    let head = i - 1;
    while (head >= 0 && (tokens[head]!.pos === 'AUX' || BE_FORMS.has(tokens[head]!.lower) || tokens[head]!.lower === 'to' || tokens[head]!.lower === 'going' || tokens[head]!.lower === 'gonna')) head--;
    const group = tokens.slice(head + 1, i).map((x) => x.lower);
    let start = head;
    while (start >= 0 && !/^[;:(—–]$/.test(tokens[start]!.text) && !(tokens[start]!.pos === 'SCONJ' && start > 0)) start--;
    const subject = tokens.slice(start + 1, head + 1);
    if (group.includes('was') || group.includes('were') || group.includes('had')) continue;
    if (!subject.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON') || subject.some((x) => PERSONS.has(x.lower))) continue;
    if (/(?:ed|wn|wound|ut|set)$/.test(t.lower) && group.some((w) => BE_FORMS.has(w))) {
      // "is retired on 1 December" / "will be retired": dated or to come; "Yamada is retired" is a state of a person.
      const dated = f.cues.effective !== undefined || datedAfter(tokens, after);
      if (group.some((w) => FUTURE_MARKS.has(w)) || dated) return true;
      continue;
    }
    // Round 19: a thing of ours that ends by itself, from a date — "The loyalty scheme lapses on 31 March", "Support for the
    // v4 API will discontinue after June". Not a person, not the reader's ("Your trial plan lapses …" reminds them).
    if (group.length === 0 || group.some((w) => w === 'will' || w === "'ll")) {
      const own = !subject.some((x) => x.lower === 'we' || x.lower === 'i' || x.lower === 'us');
      // The lite tagger reads "lapses" after a noun as a noun: a verb all the same when the clause has no other.
      const verb = t.pos === 'VERB' || (clause?.verb === undefined && /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? ''));
      // A site that shuts for a spell is a closure (en-closure.ts reads it, bounded or not); an offer or a price that
      // lapses is its validity running out ("The discount lapses on Friday"), pressure to a prospect, no news to a client.
      const closes = t.lemma === 'shut' || t.lemma === 'close' || t.lower.startsWith('shut') || t.lower.startsWith('clos');
      const offer = subject.some((x) => OFFERS.has(x.lemma) || OFFERS.has(x.lower));
      if (own && verb && !closes && !offer && !group.includes('to') && (group.length > 0 || f.cues.effective !== undefined || datedAfter(tokens, after)) &&
        clause?.tense !== 'past' && !tokens.some((x) => x.lower === 'unless')) return true;
    }
    // Active: our side retires a thing named straight after the verb ("we are retiring the Excel add-in").
    if (!subject.some((x) => x.lower === 'we' || x.lower === 'our') || group.includes('have') && !group.includes('will')) continue;
    if (clause?.tense === 'past' && !group.some((w) => FUTURE_MARKS.has(w) || w === 'are' || w === "'re")) continue;
    const object = tokens[after];
    if (object && /^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(object.pos) && !PERSONS.has(object.lower) && !PERSONS.has(tokens[after + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Round 17 (en-news): something we provide stops working for the reader from a date — "From that date, workbooks using
 * it will no longer refresh", "From January, the mobile app will no longer work on iOS 15", "Starting 1 April, scheduled
 * reports will no longer be emailed", "After March the old links will not work anymore". The thing is no person and
 * not the reader (whose "you will no longer need to …" is a relief), except that "you will no longer be able to …" is
 * a loss; a fault or a bother that stops ("the add-in will no longer crash", "the warning will no longer appear") is
 * good news. Said of the future: "will", or an effective date.
 */
const RELIEFS = new Set(['crash', 'freeze', 'hang', 'appear', 'pop', 'show', 'lag', 'timeout', 'time', 'expire', 'block', 'interrupt', 'prompt', 'remind',
  'duplicate', 'overwrite', 'lose', 'leak', 'interfere', 'conflict', 'trigger', 'matter', 'cost', 'count', 'limit', 'restrict', 'slow', 'spam', 'flood',
  'error', 'see', 'get', 'receive']);
/** What a thing "will no longer be": a loss when it was usable ("available", "supported"); "a problem", "necessary" are reliefs. */
const USABLE = new Set(['available', 'valid', 'accessible', 'possible', 'compatible', 'usable', 'supported', 'included', 'covered', 'open', 'active', 'online',
  'accepted', 'reachable', 'free']);

export function stopsWorking(f: EnFacts): boolean {
  if (f.question || f.conditional || f.cues.agreed !== undefined) return false;
  const { tokens } = f;
  // An instruction ("Please make sure the old links will no longer be used") asks; "Please note that …" tells.
  if (f.imperative && !tokens.slice(0, 3).some((t) => t.lower === 'note' || t.lower === 'aware' || t.lower === 'advised' || t.lower === 'informed')) return false;
  // The last "anymore" / "any longer" of the sentence, found once (a "not" before it reads "not … anymore"; looked up
  // per "not", the rest of the sentence was sliced per negation: quadratic on a long one).
  let lastAnymore = -1;
  for (let n = tokens.length - 1; n >= 0 && lastAnymore < 0; n--) {
    if (tokens[n]!.lower === 'anymore' || (tokens[n]!.lower === 'any' && tokens[n + 1]?.lower === 'longer')) lastAnymore = n;
  }
  for (let k = 1; k < tokens.length - 1; k++) {
    const w = tokens[k]!.lower;
    // "no longer" before the verb, or "not … anymore / any longer" after it.
    let verbAt: number;
    let negAt: number;
    if (w === 'no' && tokens[k + 1]?.lower === 'longer') {
      negAt = k;
      verbAt = k + 2;
    } else if (w === 'not' || w === "n't") {
      negAt = k;
      verbAt = k + 1;
      if (k >= lastAnymore) continue;
    } else continue;
    // The future: "will" (or "won't") right before, or an effective date in the sentence.
    const before = tokens.slice(Math.max(0, negAt - 2), negAt).map((t) => t.lower);
    const future = before.includes('will') || before.includes("'ll") || before.includes('wo') || w === "n't" && tokens[k - 1]?.lower === 'wo';
    if (!future && f.cues.effective === undefined) continue;
    if (!future && !before.some((x) => x === 'will' || x === 'is' || x === 'are' || x === 'does' || x === 'do')) continue;
    // The subject: the words back to the sentence start or a comma.
    let start = negAt - 1;
    while (start >= 0 && negAt - start < 60 && tokens[start]!.text !== ',' && tokens[start]!.text !== ';' && tokens[start]!.text !== ':') start--;
    const subject = tokens.slice(start + 1, negAt).filter((t) => t.pos !== 'AUX' && t.lower !== 'will' && t.lower !== 'wo');
    if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) continue;
    let verb = tokens[verbAt];
    if (!verb) continue;
    const reader = subject.some((t) => /^(?:you|i|he|she|they)$/.test(t.lower));
    // "we will not be able to absorb it any longer": our own practice ending is the reason for news, not the news.
    const ours = subject.some((t) => /^(?:we|our|us)$/.test(t.lower));
    if (ours) continue;
    // "you will no longer be able to log in to the old portal": the reader loses a use.
    if (verb.lemma === 'be' && tokens[verbAt + 1]?.lower === 'able') return !f.tokens.slice(verbAt + 2).some((t) => RELIEFS.has(t.lemma));
    if (reader) continue;
    if (verb.lemma === 'be') {
      const next = tokens[verbAt + 1];
      if (!next) continue;
      if (USABLE.has(next.lower)) return true;
      if (next.pos !== 'VERB' || !/ed$|en$|nt$/.test(next.lower)) continue;
      verb = next;
    }
    if (verb.pos !== 'VERB' && verb.pos !== 'NOUN') continue;
    if (RELIEFS.has(verb.lemma) || RELIEFS.has(verb.lower) || NOT_SERVICES.has(verb.lemma)) continue;
    return true;
  }
  return false;
}

/**
 * Round 39 (newsen39): a benefit the reader has stops — "Volume discounts no longer apply from the next contract year", "The
 * free tier will be removed for existing accounts in February", "Free shipping is no longer available on orders under
 * ¥50,000". The benefit (cues.json `benefit`: a discount, a rebate, free days, a warranty, a credit) or a service of ours
 * named before "no longer" or a passive verb of taking away. Not a burden that stops (a minimum, a surcharge: good news),
 * not the reader as subject, not a question, a condition or the past.
 */
/** A price of ours as the subject: a price word, or a sum written with its currency ("The USD 1,760 we quoted"). */
const PRICE_SUBJECT = /^(?:price|prices|pricing|quotation|quote|rate|rates|usd|eur|jpy|us\$|\$|€|¥)$/;

/**
 * Round 44 (kf-001): "The USD 1,760 we quoted in December is no longer valid for new contracts" — a price of ours that no
 * longer holds is the old price taken away (a document "no longer valid" is only superseded, benefitEnds below).
 */
function priceNoLongerValid(f: EnFacts): boolean {
  const { tokens } = f;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'longer' || tokens[i - 1]!.lower !== 'no') continue;
    const next = tokens[i + 1]?.lemma === 'be' ? tokens[i + 2] : tokens[i + 1];
    if (next?.lower !== 'valid' && next?.lower !== 'available') continue;
    // "is / are no longer valid", "will no longer be valid": now or from now (a relative "we quoted" before it is past).
    const now = /^(?:is|are|'s|'re)$/.test(tokens[i - 2]?.lower ?? '') || (tokens[i - 2]?.lower === 'will' && tokens[i + 1]?.lemma === 'be');
    const clause = clauseOf(f, i);
    if (!now || !clause || clause.conditional || clause.subject?.side === 'you') continue;
    if (tokens.slice(clause.from, i).some((x) => PRICE_SUBJECT.test(x.lower))) return true;
  }
  return false;
}

export function benefitEnds(f: EnFacts): boolean {
  if (f.question || f.conditional || f.imperative) return false;
  const { tokens } = f;
  if (priceNoLongerValid(f)) return true;
  const named = [...(f.cues.benefit ?? []), ...(f.cues.service ?? [])];
  if (named.length === 0 || f.cues.burden !== undefined) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "no longer apply / available / included / offered": the benefit given no more; "will no longer crash" (a fault that
    // stops) and "is no longer valid" (a document superseded) take nothing from the reader.
    const noLonger = t.lower === 'longer' && tokens[i - 1]?.lower === 'no' && isNewsWord('given', tokens[i + 1]?.lemma === 'be' ? tokens[i + 2] : tokens[i + 1]);
    // Verbs of taking a benefit away, in the passive: "will be removed", "is withdrawn" (news-words.json takenAway).
    const takenAway = isNewsWord('takenAway', t) && tokens.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'be');
    if (!noLonger && !takenAway) continue;
    if (!named.some((k) => k < i - (noLonger ? 1 : 0))) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || clause.subject?.side === 'you' || (clause.tense === 'past' && !clause.perfect)) continue;
    // "The credits for March can no longer be claimed": what the reader may no longer do answers them (the refusal rules).
    if (clause.modal === 'can' || clause.modal === 'could') continue;
    if (tokens.slice(0, i).some((x) => /^(?:surcharge|fee|charge|penalty|minimum|restriction|limit)s?$/.test(x.lower))) continue;
    return true;
  }
  return false;
}
