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
