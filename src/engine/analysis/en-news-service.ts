import type { EnFacts } from './en';

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
  if (f.question || f.conditional || f.cues.effective === undefined) return false;
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const limited = (t.lower === 'limited' || t.lower === 'restricted') && tokens[i + 1]?.lower === 'to';
    if (t.lower !== 'only' && !limited) continue;
    if (tokens[i - 1]?.lower === 'not' || tokens[i + 1]?.lower === 'if' || tokens[i + 1]?.lower === 'when') continue;
    const clause = f.clauses.find((c) => i >= c.from && i < c.to);
    // The future, by the clause's tense or by its auxiliary (the tagger reads "Our chat support will …" as a verb "chat").
    const future = clause !== undefined && (clause.tense === 'future' || tokens.slice(clause.from, clause.to).some((x) => x.lower === 'will' || x.lower === 'gonna' || x.lower === "'ll"));
    if (!clause || !future || clause.conditional || (clause.negation !== undefined && clause.negation < i)) continue;
    if (clause.subject?.side === 'you' && !clause.passive) continue;
    if (clause.modal !== undefined && /^(?:can|could|may|might)$/.test(clause.modal)) continue;
    // "only 2 days", "only ¥500": a saving, not a restriction.
    const next = tokens.slice(i + 1, i + 4);
    if (next.some((x) => /^(?:[$€£¥￥]|usd|eur|jpy|yen|days?|weeks?|hours?|minutes?)$/i.test(x.text)) && !next.some((x) => x.lower === 'from' || x.lower === 'between')) continue;
    return true;
  }
  return false;
}

/** Verbs that put one thing in place of another. */
const CHANGES = new Set(['change', 'switch', 'move', 'convert', 'shift', 'transition', 'migrate', 'replace']);
/** What the goods are made of, with, or where: a change to it is a change to the goods. */
const MAKEUP = new Set(['material', 'materials', 'resin', 'compound', 'grade', 'supplier', 'suppliers', 'source', 'sourcing', 'component', 'components',
  'formulation', 'formula', 'recipe', 'packaging', 'design', 'specification', 'spec', 'specs', 'process', 'coating', 'plating', 'origin', 'alloy', 'ink',
  'adhesive', 'substrate', 'manufacturer', 'maker', 'mill', 'subcontractor', 'chip', 'chipset', 'ingredient', 'ingredients', 'finish', 'plant']);
const APPROVED = new Set(['requested', 'asked', 'agreed', 'approved', 'instructed', 'discussed', 'proposed', 'suggested']);

export function makeUpChanged(f: EnFacts): boolean {
  if (f.question || f.conditional || f.cues.meeting !== undefined) return false;
  const { tokens } = f;
  if (tokens.some((t) => APPROVED.has(t.lower))) return false;
  for (let i = 0; i < tokens.length; i++) {
    // A verb by its tag, by an auxiliary, or by "from" right after it ("the gasket material … switches from FKM to NBR").
    if ((!CHANGES.has(tokens[i]!.lemma) && !CHANGES.has(tokens[i]!.lower.replace(/e?s$/, ''))) ||
      (tokens[i]!.pos !== 'VERB' && tokens[i - 1]?.pos !== 'AUX' && tokens[i + 1]?.lower !== 'from')) continue;
    const clause = f.clauses.find((c) => i >= c.from && i < c.to);
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
  const clause = f.clauses.find((c) => end >= c.from && end < c.to);
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
    const clause = f.clauses.find((c) => i >= c.from && i < c.to);
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
    const clause = f.clauses.find((c) => b.index >= c.from && b.index < c.to);
    if (clause?.conditional || (clause?.negation !== undefined && clause.negation < a.index && !between.includes('not'))) continue;
    if (clause?.subject?.side === 'you' && !clause.passive) continue;
    return true;
  }
  return false;
}
