import { clauseOf } from './en';
import type { EnFacts } from './en';
import { classVerbAt, inClass } from './en-lexicon';

/**
 * Round 23 (newsen): goods that did not come through a check, read from the parse and WordNet's classes rather than from
 * listed wordings — a verb of passing (WordNet's PASS verbs: pass, clear, meet, satisfy, fulfil, qualify, achieve, comply…)
 * negated or after "failed to" / "unable to", with a check (WordNet's CHECK nouns: a test, an inspection, an audit, an
 * assay, a verification…) or a requirement (a spec, a target, a limit, criteria) as its object: "the machine did not pass
 * our final inspection", "the spindle did not clear the vibration test", "the prototype failed to meet the target cycle
 * time", "the samples do not satisfy the release criteria"; "fail" itself with a check as object ("your unit failed the
 * pressure test at our factory"); a result line whose label is a check and whose value is a failing verdict ("Leak test
 * result: failed"). Not a check the reader ran ("your incoming inspection", "you did not pass"), a question, a condition,
 * a risk ("might not pass"), nor a verdict denied ("no unit failed the test").
 */
const REQUIREMENTS = /^(?:spec|specs|specification|specifications|tolerance|tolerances|limit|limits|requirement|requirements|standard|standards|target|targets|criteria|criterion|threshold|thresholds|norm|benchmark|goal|goals|value|values|grade|level|rating)$/;
/** What a result line's value says when the goods failed. */
const FAILING = /^(?:failed|fail|failure|rejected|reject|ng|nok|unsatisfactory|insufficient|non-conforming|nonconforming)$/;

/** The check or requirement a verb at `v` takes as object: within six words after it, before the clause's end. */
function checkObject(f: EnFacts, from: number, to: number): number | undefined {
  for (let k = from; k < Math.min(to, from + 7); k++) {
    const t = f.tokens[k]!;
    if (/^[.;:!?]$/.test(t.text)) return undefined;
    // "the required hardness", "the guaranteed output": any measure named as committed is a requirement.
    const committed = /^(?:required|specified|guaranteed|agreed|promised|contracted|contractual|committed|target|minimum|maximum)$/.test(f.tokens[k - 1]?.lower ?? '');
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && (inClass('check', t) || REQUIREMENTS.test(t.lower) || committed)) {
      // "your incoming inspection": the reader's own check.
      if (f.tokens.slice(Math.max(from, k - 3), k).some((x) => x.lower === 'your')) return undefined;
      return k;
    }
  }
  return undefined;
}

export function checkNotPassed(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    const passes = classVerbAt('pass', tokens, v);
    const fails = t.lemma === 'fail' && (t.pos === 'VERB' || tokens[v - 1]?.pos === 'AUX' || /ed$/.test(t.lower));
    if (passes < 0 && !fails) continue;
    const clause = clauseOf(f, v);
    if (!clause || clause.conditional || clause.subject?.side === 'you') continue;
    if (clause.modal !== undefined && clause.modal !== 'will') continue;
    if (tokens.slice(clause.from, v).some((x) => x.lower === 'whether' || x.lower === 'if')) continue;
    const negated = clause.negation !== undefined && clause.negation < v;
    // "0 of the 40 pumps failed the pressure test", "none of the samples failed": a failure counted as none.
    if (tokens.slice(clause.from, v).some((x) => /^(?:0|zero|none|nil|no|nothing|neither)$/.test(x.lower))) continue;
    if (fails) {
      // "failed the pressure test" (a denied failure, "no unit failed the test", is good news).
      if (!negated && tokens[v + 1]?.lower !== 'to' && checkObject(f, v + 1, clause.to) !== undefined) return true;
      continue;
    }
    // "failed to meet", "unable to pass", "did not pass", "has not cleared".
    const failedTo = tokens[v - 1]?.lower === 'to' && /^(?:fail|unable)$/.test(tokens[v - 2]?.lemma ?? '');
    if (!negated && !failedTo) continue;
    // "No sample failed to meet …" / "not only passed": a negative subject or a double negation is no failure.
    if (failedTo && negated) continue;
    const negator = clause.negation !== undefined ? tokens[clause.negation]!.lower : '';
    if (!failedTo && (negator === 'no' || negator === 'none' || negator === 'nothing' || negator === 'never')) continue;
    // "did not only pass the test, it beat …": "not only" adds, it does not deny.
    if (!failedTo && tokens[clause.negation! + 1]?.lower === 'only') continue;
    const object = checkObject(f, passes, clause.to);
    // "We did not achieve our sales target": our own goal, not the client's goods.
    if (object !== undefined && clause.subject?.side === 'we' && tokens[object - 1]?.lower !== 'the' && tokens.slice(passes, object).some((x) => x.lower === 'our')) continue;
    if (object !== undefined) return true;
  }
  return failingResultLine(f);
}

/** "Leak test result for lot 12: failed", "Final inspection: NOT passed", "Vibration test – rejected". */
function failingResultLine(f: EnFacts): boolean {
  const { tokens } = f;
  const colon = tokens.findIndex((t) => t.text === ':' || t.text === '–' || t.text === '—');
  if (colon <= 0) return false;
  const label = tokens.slice(0, colon);
  if (!label.some((t) => inClass('check', t) || t.lower === 'result' || t.lower === 'results') || label.some((t) => t.lower === 'if')) return false;
  // "Your incoming inspection: failed" is the reader's verdict; "Leak test result for your valves" is ours on their goods.
  if (label.some((t, k) => t.lower === 'your' && inClass('check', label[k + 1] ?? label[k + 2]))) return false;
  const value = tokens.slice(colon + 1).filter((t) => t.pos !== 'PUNCT');
  const first = value[0]?.lower ?? '';
  if (FAILING.test(first)) return value.length <= 4;
  // "not passed", "not OK".
  return (first === 'not' || first === 'no') && /^(?:passed|ok|okay|cleared|met|achieved|acceptable)$/.test(value[1]?.lower ?? '') && value.length <= 5;
}

