// Round 31 (refusal31en, issue 10): a negated act of ours that the parse reads as a refusal but that turns nothing of the
// reader's down — read from the clause's structure and the word classes of the lexicon, not from sentences seen:
// - a quality gate: goods of ours withheld under a fault ("We do not ship any batch that fails the humidity test", "If the
//   dye lot does not match, we will not ship it");
// - a supply assured: a shortage or a fall denied ("We'll never run out of stock", "We never let stock fall below two months");
// - the writer's whereabouts: "I won't be in the office on Friday";
// - our practice told as the consequence of a fact, for every lot alike ("all our wool goes by sea, so we don't use air
//   freight for any lot"), with no ask of theirs in sight.
import type { EnClause, EnFacts } from '../../../engine/analysis/en';
import { cueIn } from '../../../engine/analysis/en-acts';
import { namesAsk } from '../../../engine/analysis/en-declines';
import { inClass } from '../../../engine/analysis/en-lexicon';
import { enAskNamed } from '../../../engine/analysis/asked';

export type OwnPractice = 'quality-gate' | 'supply-assured' | 'writer-away' | 'practice-as-consequence' | 'fact-question-answered';

/** Which kind of own practice the refusing clause tells, if it is one (the guard's name in the ledger). */
export function ownPractice(facts: EnFacts, before: EnFacts | undefined): OwnPractice | undefined {
  const clause = facts.refusal === undefined ? undefined : facts.clauses[facts.refusal];
  if (!clause || clause.negation === undefined || facts.question) return undefined;
  if (clause.subject?.side !== 'we' && !clause.droppedSubject) return undefined;
  if (supplyAssured(facts, clause)) return 'supply-assured';
  if (factQuestionCell(facts, before)) return 'fact-question-answered';
  // Their ask named here decides: what we do not do answers it.
  if (namesAsk(facts)) return undefined;
  if (qualityGate(facts, clause)) return 'quality-gate';
  if (writerAway(facts, clause)) return 'writer-away';
  // Their ask just before ("You asked for air freight.") is answered by the practice; thanks for a confirmation asks nothing.
  if ((before === undefined || (enAskNamed(before) === undefined && !before.changeAsked)) && practiceAsConsequence(facts, clause)) return 'practice-as-consequence';
  return undefined;
}

/**
 * A table row whose earlier cell is the reader's question of fact ("| Do the seals contain latex? | No, we don't use latex
 * in any seal |"): the question (a sentence of its own, cut at "?") is led by a form of "do", "be" or "have" — not a
 * modal asking for an act ("Could you …?") — and the no in the next cell of the row answers it, which informs.
 */
function factQuestionCell(facts: EnFacts, before: EnFacts | undefined): boolean {
  if (facts.tokens[0]?.text !== '|' || before === undefined || !before.question) return false;
  const first = before.tokens.find((x) => x.text !== '|' && x.pos !== 'PUNCT' && x.pos !== 'SYM');
  return first !== undefined && first.pos === 'AUX' && /^(?:do|be|have)$/.test(first.lemma);
}

/** A verb of supplying goods after the negation ("ship", "deliver", "release"): the `supply` cue of cues.json. */
function suppliesAfterNegation(facts: EnFacts, clause: EnClause): boolean {
  return cueIn(facts.cues, 'supply', clause.negation! + 1, clause.to);
}

/** A fault word (lexicon `fault` nouns, `lose` verbs: fail, break, damage, crack …) in tokens [from, to). */
function faultIn(facts: EnFacts, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = facts.tokens[k]!;
    if ((t.pos === 'NOUN' && inClass('fault', t)) || (t.pos === 'VERB' && inClass('lose', t))) return true;
  }
  return false;
}

/**
 * Goods of ours held back because of a fault: the denied verb supplies, and a relative clause after it ("any batch that
 * fails …") or a condition of the sentence ("if the dye lot does not match") names a fault of the goods or denies their
 * conformity — the condition on a thing, never on the reader ("unless you pay", "if your order is under 500 units").
 */
function qualityGate(facts: EnFacts, clause: EnClause): boolean {
  if (!suppliesAfterNegation(facts, clause)) return false;
  const t = facts.tokens;
  const readers = (from: number, to: number) => t.slice(from, to).some((x) => x.lower === 'you' || x.lower === 'your');
  // "… any batch that fails the humidity test": a relative clause inside the refusing clause.
  for (let k = clause.negation! + 1; k < clause.to; k++) {
    if (/^(?:that|which)$/.test(t[k]!.lower) && t[k - 1]?.pos === 'NOUN' && faultIn(facts, k + 1, clause.to) && !readers(k + 1, clause.to)) return true;
  }
  // Round 32 (r18b 11: "If the site is not ready by 3 March, Halcyon will not send the installation crew"): a condition
  // that only denies something of a third thing is a requirement put to the reader, still a no; it gates goods of ours
  // when it names a fault, or when the goods it speaks of are what we withhold, pointed back at ("… we will not ship it").
  return facts.clauses.some((c) => c !== clause && (c.conditional || /^(?:that|which)$/.test(t[c.from]?.lower ?? '')) && !readers(c.from, c.to) &&
    c.subject?.side === 'third' && (faultIn(facts, c.from, c.to) || (c.negation !== undefined && pointsBack(facts, clause))));
}

/** The withheld thing named again by a pronoun after the denied verb ("we will not ship it / them"). */
function pointsBack(facts: EnFacts, clause: EnClause): boolean {
  if (clause.verb === undefined) return false;
  return facts.tokens.slice(clause.verb + 1, clause.to).some((x) => x.pos === 'PRON' && /^(?:it|them|this|that|these|those)$/.test(x.lower));
}

/**
 * A supply assured: a shortage denied ("we'll never run out of stock": the `shortage` cue after the negation, not the
 * negation itself as in "cannot supply"), or a fall we never let happen ("we never let stock fall below two months").
 */
function supplyAssured(facts: EnFacts, clause: EnClause): boolean {
  if (cueIn(facts.cues, 'shortage', clause.negation! + 1, clause.to)) return true;
  const t = facts.tokens;
  for (let k = clause.negation! + 1; k < clause.to; k++) {
    if (t[k]!.lemma !== 'let' && t[k]!.lemma !== 'allow') continue;
    // What we do not let the reader do is a no to them ("we don't allow you to …").
    if (/^(?:you|your)$/.test(t[k + 1]?.lower ?? '')) continue;
    // The tagger may read the bare infinitive after a noun as a noun ("let stock … fall/NOUN below").
    // Round 32 (r19 S1: "We don't allow bulk deletes for your account"): a fall of a level ("fall", "drop", "dip"), not a
    // loss word that is also an act the reader asks for ("deletes").
    for (let j = k + 2; j < clause.to && j < k + 8; j++) if (t[j]!.pos !== 'ADP' && inClass('fall', t[j])) return true;
  }
  return false;
}

/**
 * The writer's whereabouts: a negated copula of ours and a place after it ("I won't be in the office on Friday", "we are
 * not at the fair this year") — no act of ours turned down. "We are not in a position to offer …" (an infinitive after)
 * is a no.
 */
function writerAway(facts: EnFacts, clause: EnClause): boolean {
  const t = facts.tokens;
  // Round 32 (r29 nearmiss A30: "Our service team cannot be on site during Obon"): "cannot be" there is an inability, a
  // visit turned down; only "I / we" with no modal of ability tell where the writer will be.
  if (clause.modal === 'can' || clause.modal === 'could' || !clause.subject || !/^(?:i|we)$/.test(t[clause.subject.index]?.lower ?? '')) return false;
  let k = clause.negation! + 1;
  if (t[k]?.lemma !== 'be') return false;
  k++;
  if (!/^(?:in|at|on|away|out|around|here|there)$/.test(t[k]?.lower ?? '')) return false;
  return !t.slice(k, clause.to).some((x) => x.lower === 'to' || x.lower === 'position');
}

/**
 * Our practice as the consequence of a fact: the refusing clause opens on "so" / "therefore" (or after a semicolon) after a clause that
 * states a present fact with no negation, and what it denies holds for every one alike ("for any lot", "on all orders").
 */
function practiceAsConsequence(facts: EnFacts, clause: EnClause): boolean {
  const t = facts.tokens;
  // "…, so we don't …", or the fact and the practice side by side ("All lots go by sea; we don't use air freight for any lot").
  const consequence = /^(?:so|therefore|hence|thus)$/.test(t[clause.from]?.lower ?? '') || t[clause.from - 1]?.text === ';';
  if (!consequence) return false;
  const at = facts.clauses.indexOf(clause);
  const fact = facts.clauses.slice(0, at).some((c) => c.negation === undefined && !c.conditional && c.verb !== undefined && c.tense === 'present');
  return fact && t.slice(clause.negation! + 1, clause.to).some((x) => /^(?:any|all|every|each)$/.test(x.lower));
}
