import type { EnFacts } from './en';

/**
 * Round 31 (clean31): the words of a shortage or a delay in an offer of ours — "If your team needs more time, we can
 * also ship part of the order by air at our cost", "Should the date be tight, I will look at a partial shipment",
 * "Alternatively, we can send part of the order ahead by courier", "we will consider a split shipment". The speech act
 * is an offer: the reader may take it or leave it, nothing of theirs has been cut or moved. Read from the structure:
 * - every main clause that states something is ours (we, I) and able or willing (a modal, or an offer cue), none
 *   negated, past or perfect, none with a subject of another side ("the rest will be three weeks late" tells news);
 * - no limit or obligation ("only", "just", "have to", "must": how a shortage is told);
 * - and a mark of an offer: a condition (the reader's need, "if that helps"), an offer, option or consult cue, a verb
 *   of weighing an option ("look at", "consider"), a cost we bear ("at our cost", "free of charge"), or "also" after
 *   our modal (one more option beside the plan).
 */
export function offeredOption(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  if (t.some((x, k) => /^(?:only|just|unfortunately|must)$/.test(x.lower) || (x.lemma === 'have' && t[k + 1]?.lower === 'to') ||
    (x.lower === 'need' && t[k + 1]?.lower === 'to' && t[k - 1]?.pos === 'PRON'))) return false;
  const { cues } = f;
  let ours = false;
  let alsoOffered = false;
  let tentative = false;
  let verbs = 0;
  for (const c of f.clauses) {
    // "Should the date be tight for you, …": an inverted condition of any subject.
    if (c.conditional || (c.from === 0 && c.modal === 'should' && t[0]?.lower === 'should')) continue;
    if (c.verb !== undefined || c.modal !== undefined) verbs++;
    if (c.negation !== undefined) return false;
    if (c.subordinate && c.subject?.side !== 'we') continue;
    // "…and the remainder by sea": a conjunct with no verb of its own goes with our clause before it.
    if (c.subject === undefined || (c.verb === undefined && c.modal === undefined)) continue;
    // "a partial shipment that still reaches you": a relative clause describes what we offer.
    if (/^(?:that|which|who)$/.test(t[c.subject.index]!.lower) && t[c.subject.index - 1]?.pos === 'NOUN') continue;
    if (c.subject.side === 'you') continue;
    if (c.subject.side !== 'we') return false;
    if (c.tense === 'past' || c.perfect) return false;
    if (c.modal === undefined && cues.offer === undefined && cues.weigh === undefined) return false;
    if (c.modal !== undefined && !/^(?:can|could|will|would|might|may)$/.test(c.modal)) return false;
    ours = true;
    if (c.modal !== undefined && c.modal !== 'will') tentative = true;
    if (c.verb !== undefined && t.slice(c.subject.index + 1, c.verb).some((x) => x.lower === 'also')) alsoOffered = true;
  }
  // "Happy to ship the first pallet early": an offer with its subject left out. "- 400 units by air at our cost, the rest
  // by sea": an option listed with no verb, known by the cost we bear.
  // (Only a cost we bear: "instead of" is how a moved date is told — "the audit moves … to mid-December instead of October".)
  const listed = verbs === 0 && cues['own-cost'] !== undefined;
  // Round 48 (qf-042): "we can allocate you 4 containers instead of the 7 in your forecast" — "instead of" the reader's own
  // figure (their forecast, their order) is less than they asked for, not an option beside it.
  if (t.some((x, k) => x.lower === 'instead' && t[k + 1]?.lower === 'of' && t.slice(k + 2, k + 5).some((y) => y.pos === 'NUM') &&
    t.slice(k + 2, k + 9).some((y) => y.lower === 'your' || y.lower === 'you'))) return false;
  if (!ours && !listed && !(cues.offer?.includes(0) ?? false)) return false;
  // "Alternatively, we can send part ahead by courier" offers; "We will ship 450 units instead of the 800 you ordered"
  // decides — an alternative is an option only with a modal of possibility.
  return f.conditional || alsoOffered || cues.offer !== undefined || (cues.alternative !== undefined && tentative) || cues.proposal !== undefined ||
    cues.consult !== undefined || cues.weigh !== undefined || cues['own-cost'] !== undefined;
}
