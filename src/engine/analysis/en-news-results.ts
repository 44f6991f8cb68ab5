import { clauseOf } from './en';
import { isCurrency } from './currency';
import { isNewsWord } from './en-news-classes';
import type { EnToken } from './en-parse';
import type { EnFacts } from './en';

/**
 * Round 15 (en-news, N3): a test result beyond its limit, read from the result line's structure rather than from
 * listed wordings — a verdict (FAIL, NG, NOK) given to a result, goods rejected by an inspection, a figure set
 * against the limit stated after it ("3,400 mPa·s (spec: 2,000–3,000 mPa·s)", "ΔE 3.2; the limit in your
 * specification is 1.5", "rust after 72 h, requirement 240 h", "1,400 per litre, while the specification allows
 * 1,000"), or a raised level found in samples ("Elevated lead levels were detected in two of the five samples").
 * Not a result within its limit, a negated or asked finding, or the reader's own result quoted back.
 */
export function resultBeyondLimit(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const { tokens } = f;
  // The reader's own report or result ("your inspection rejected", "your report shows …") is theirs to tell.
  // "We have to inform you that …" names the reader as the one told, not as the one who found it.
  const readerBefore = (i: number) => tokens.slice(0, i).some((t, k) => t.lower === 'your' || (t.lower === 'you' && /^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')));
  return verdict(f, readerBefore) || rejected(f, readerBefore) || beyondStatedLimit(f, readerBefore) || raisedLevelFound(f, readerBefore);
}

const VERDICT_WORDS = new Set(['FAIL', 'FAILED', 'NG', 'NOK', 'N.G.', 'NOT OK', 'REJECT', 'REJECTED']);

/** "Viscosity: … — FAIL", "Result: NG", "4 of 50 valves NG": a verdict written in capitals on a result. */
function verdict(f: EnFacts, readerBefore: (i: number) => boolean): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (!VERDICT_WORDS.has(t.text)) return false;
    // "NG Logistics": a capitalised name after it is a company, not a verdict.
    const next = tokens[i + 1];
    if (next && /^[A-Z][a-z]/.test(next.text)) return false;
    return !negatedBefore(f, i) && !readerBefore(i);
  });
}

function negatedBefore(f: EnFacts, i: number): boolean {
  const clause = clauseOf(f, i);
  return clause !== undefined && (clause.conditional || (clause.negation !== undefined && clause.negation < i));
}

/** What inspects goods: an inspection, a test, an audit, QC, the lab. */
const INSPECTS = new Set(['inspection', 'inspections', 'test', 'tests', 'audit', 'qc', 'qa', 'check', 'checks', 'lab', 'laboratory', 'testing']);
/**
 * "Final inspection rejected 112 pieces", "18 pieces from the last shipment were rejected at our final audit": goods
 * rejected by our inspection. "We reject your claim" refuses (a person rejects); "your inspection rejected" is theirs.
 */
function rejected(f: EnFacts, readerBefore: (i: number) => boolean): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (t.lemma !== 'reject' || (t.pos !== 'VERB' && tokens[i - 1]?.pos !== 'AUX') || readerBefore(i) || negatedBefore(f, i)) return false;
    const clause = clauseOf(f, i);
    if (!clause || clause.tense === 'future' || clause.modal !== undefined) return false;
    const before = tokens.slice(clause.from, i);
    // Active: an inspection is the subject. Passive: counted goods are.
    if (before.some((x) => INSPECTS.has(x.lower)) && !before.some((x) => x.pos === 'PRON')) return true;
    return before.some((x) => x.lemma === 'be') && before.some((x) => x.pos === 'NUM') && tokens.slice(i + 1, i + 6).some((x) => INSPECTS.has(x.lower) || x.lower === 'at');
  });
}

/** Words naming a limit, and those that make it a lower one. */
const LIMITS = new Set(['spec', 'specs', 'specification', 'specifications', 'limit', 'limits', 'tolerance', 'requirement', 'requirements', 'required',
  'maximum', 'max', 'minimum', 'min', 'threshold']);
/** Limit words that name a test's limit by themselves; the others ("maximum", "requirement") only beside a test or a result. */
const TEST_LIMITS = new Set(['spec', 'specs', 'specification', 'specifications', 'tolerance', 'threshold']);
const RESULT_WORDS = new Set(['result', 'results', 'measured', 'tested', 'test', 'measurement', 'reading', 'content', 'sample', 'samples', 'level', 'levels']);
const MONEY = { test: (word: string) => isCurrency(word.toLowerCase()) };
const LOWER = new Set(['minimum', 'min', 'requirement', 'requirements', 'required', 'least', '≥', '>=']);
/** Whether the figure at `r` is a limit's own value: a limit word just before it, past linking words ("max 13%", "spec: 2,000"). */
function limitValue(tokens: readonly EnToken[], r: number): boolean {
  for (let k = r - 1; k >= 0 && r - k <= 3; k--) {
    if (LIMITS.has(tokens[k]!.lower)) return true;
    if (!LINKS.has(tokens[k]!.lower) && tokens[k]!.text !== '≤' && tokens[k]!.text !== '<') return false;
  }
  return false;
}

/** Words that may stand between a limit word and its figure: "spec: 2,000", "limit … is 1.5", "allows 1,000", "of 0.20%". */
const LINKS = new Set([':', 'is', 'are', 'of', '=', 'allows', 'permits', 'was', 'at', 'in', 'your', 'our', 'the', 'drawing', 'agreement', 'sheet', '(']);
const RANGE_MARKS = new Set(['–', '-', '~', 'to', '—', '〜']);

function numberOf(t: EnToken | undefined): number | undefined {
  if (!t || t.pos !== 'NUM') return undefined;
  const v = Number(t.text.replace(/,/g, ''));
  return Number.isFinite(v) ? v : undefined;
}

/**
 * A result figure, then a limit word with its figure (or range) after it; the result lies beyond. The limit is an
 * upper one unless called a minimum or a requirement (or written as a range: then both sides count).
 */
function beyondStatedLimit(f: EnFacts, readerBefore: (i: number) => boolean): boolean {
  const { tokens } = f;
  const tested = f.cues.spec !== undefined || tokens.some((t) => RESULT_WORDS.has(t.lower));
  for (let l = 1; l < tokens.length; l++) {
    if (!LIMITS.has(tokens[l]!.lower) || (!TEST_LIMITS.has(tokens[l]!.lower) && !tested)) continue;
    // The limit's figure: a few linking words after the limit word.
    let k = l + 1;
    // A symbol or a name of the quantity may stand between too ("tolerance ΔE ≤ 1.0").
    while (k < tokens.length && k - l <= 6 && numberOf(tokens[k]) === undefined && (LINKS.has(tokens[k]!.lower) || LIMITS.has(tokens[k]!.lower) ||
      /^(?:X|SYM|PROPN)$/.test(tokens[k]!.pos) || tokens[k]!.text === '≤' || tokens[k]!.text === '<')) k++;
    const bound = numberOf(tokens[k]);
    if (bound === undefined) continue;
    const upperOfRange = RANGE_MARKS.has(tokens[k + 1]?.text ?? '') ? numberOf(tokens[k + 2]) : undefined;
    // The result: the nearest figure before the limit word (not a lot number: one with no unit and no decimal, right
    // after "lot", "batch", "no.").
    let r = l - 1;
    let result: number | undefined;
    for (; r >= 0 && l - r <= 12; r--) {
      // Round 20: "moisture max 13%, foreign material max 1%": a figure after another limit word is that limit's value,
      // not a result (a specification sheet lists limits, it reports none).
      if (LIMITS.has(tokens[r]!.lower)) break;
      const v = numberOf(tokens[r]);
      if (v === undefined || /^(?:lot|batch|no|no\.|#|po|order|sample|samples|item|part|line|week)$/.test(tokens[r - 1]?.lower ?? '')) continue;
      if (limitValue(tokens, r)) break;
      result = v;
      break;
    }
    if (result === undefined || readerBefore(r) || negatedBefore(f, r) || MONEY.test(tokens[r - 1]?.text ?? '') || MONEY.test(tokens[r + 1]?.text ?? '')) continue;
    if (upperOfRange !== undefined) {
      if (result < Math.min(bound, upperOfRange) || result > Math.max(bound, upperOfRange)) return true;
      continue;
    }
    // A lower limit: called a minimum or a requirement, in the limit's own words or just after its figure.
    const words = tokens.slice(l, k + 3).map((t) => t.lower);
    // "≤ 6%", "max.", "15% or lower": a sign or word of an upper bound outweighs "requirement".
    const upper = words.some((w) => w === '≤' || w === '<' || w === '=<' || w === 'max' || w === 'maximum' || w === 'lower' || w === 'less' || w === 'below');
    const lower = !upper && words.some((w) => LOWER.has(w));
    if (lower ? result < bound : result > bound) return true;
  }
  return false;
}

const RAISED = new Set(['elevated', 'excessive', 'excess', 'abnormal', 'abnormally', 'high', 'higher', 'increased', 'raised', 'unacceptable']);
const LEVELS = new Set(['level', 'levels', 'content', 'concentration', 'concentrations', 'amount', 'amounts', 'count', 'counts', 'value', 'values', 'readings', 'reading', 'residue', 'residues']);
const FINDS = new Set(['detect', 'find', 'observe', 'identify', 'measure', 'record', 'show', 'reveal', 'confirm']);

/** "Elevated lead levels were detected in two of the five samples", "Abnormal sodium content was found in …". */
function raisedLevelFound(f: EnFacts, readerBefore: (i: number) => boolean): boolean {
  const { tokens } = f;
  const raised = tokens.findIndex((t, i) => RAISED.has(t.lower) && tokens.slice(i + 1, i + 4).some((x) => LEVELS.has(x.lower)));
  if (raised < 0 || readerBefore(raised) || negatedBefore(f, raised)) return false;
  return tokens.some((t, i) => FINDS.has(t.lemma) && (t.pos === 'VERB' || tokens[i - 1]?.pos === 'AUX') && !negatedBefore(f, i) && !tokens.slice(0, i).some((x) => x.lower === 'if'));
}

/** States of a system that was not there for its users. */
const OUTAGE_STATES = new Set(['unavailable', 'down', 'offline', 'inaccessible', 'unreachable', 'unresponsive', 'disrupted', 'interrupted', 'degraded', 'inoperable', 'inoperative']);
/** Nouns of an outage that happened: "There was an outage", "we experienced a disruption". */
const OUTAGE_NOUNS = new Set(['outage', 'outages', 'downtime', 'disruption', 'interruption', 'breach', 'incident', 'failure', 'crash']);
/** What goes down: a system or a service, not a person. */
const SYSTEMS = new Set(['platform', 'server', 'servers', 'system', 'systems', 'service', 'services', 'portal', 'site', 'website', 'network', 'api', 'application',
  'app', 'database', 'cloud', 'tool', 'software', 'dashboard', 'login', 'edi', 'connection', 'link', 'line', 'interface', 'gateway', 'environment', 'instance',
  'storage', 'email', 'hotline', 'helpdesk', 'desk', 'erp', 'mes', 'wms', 'sap', 'vpn']);
const CLOCK = /^\d{1,2}[:.]\d{2}$/;
/** A clock time ("02:10") or a span of hours ("for three hours"). */
const isClock = (t: EnToken | undefined) => t !== undefined && CLOCK.test(t.text);
const SPAN = /^(?:hours?|minutes?|mins?|hrs?|days?)$/;

/**
 * Round 16 (B2): an incident told as a fact — a system that was unavailable for a window ("Between 02:10 and 06:45
 * JST the scheduling platform was unavailable", "The licence server was down from 02:10 to 09:45"), an outage that
 * happened ("We had a network outage on Monday that lasted four hours"), problems our check found ("The test
 * identified three critical vulnerabilities", "We have detected that the spindle bearings can fail before 2,000
 * hours"), data lost or exposed ("Some of your order records were deleted"). Past or perfect, asserted, ours to tell:
 * not planned maintenance ahead, not a person who was unavailable, not "no data was lost", not the reader's finding.
 */
export function incident(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  return systemWasDown(f) || problemsFound(f) || dataLost(f);
}

const happened = (c: EnFacts['clauses'][number] | undefined) => c !== undefined && !c.conditional && (c.tense === 'past' || c.perfect) && c.modal === undefined;

const FEW = /^(?:several|few|two|three|four|five|six)$/;
function systemWasDown(f: EnFacts): boolean {
  const { tokens } = f;
  // "Please check whether my emails reached you; our server had an outage": the outage gives the reason for an ask.
  if (f.imperative || f.cues.request !== undefined) return false;
  // (Round 43: read on the first state or noun of an outage that gets that far, not for every sentence.)
  let windowedRead: boolean | undefined;
  const windowed = () => windowedRead ??= tokens.some((t, k) => isClock(t) || (t.pos === 'NUM' && SPAN.test(tokens[k + 1]?.lower ?? '')) ||
    (FEW.test(t.lower) && SPAN.test(tokens[k + 1]?.lower ?? '')));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const state = OUTAGE_STATES.has(t.lower) && tokens.slice(Math.max(0, i - 3), i).some((x) => x.lemma === 'be' || x.lemma === 'go');
    const noun = OUTAGE_NOUNS.has(t.lower) && t.pos === 'NOUN';
    if (!state && !noun) continue;
    // "The price was down 5%": a figure after the state is a change, not an outage.
    if (t.lower === 'down' && tokens[i + 1]?.pos === 'NUM') continue;
    const clause = clauseOf(f, i);
    if (!clause || !happened(clause) || (clause.negation !== undefined && clause.negation < i)) continue;
    if (tokens.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'no' || x.lower === 'without' || x.lower === 'any')) continue;
    // A system named, or the clock window an outage is told by; a person who was "unavailable" is neither.
    const system = tokens.slice(clause.from, clause.to).some((x) => SYSTEMS.has(x.lower));
    const person = tokens.slice(clause.from, i).some((x) => /^(?:i|he|she|we|they|mr\.?|ms\.?|mrs\.?)$/.test(x.lower));
    if (person && !system) continue;
    if (state && (system || windowed())) return true;
    // "We had a four-hour outage", "an outage occurred": the noun as what happened, with a system or a window.
    if (noun && (system || windowed()) && t.lower !== 'failure' && t.lower !== 'incident') return true;

  }
  return false;
}

/** What a check finds wrong. */
const PROBLEMS = new Set(['vulnerability', 'vulnerabilities', 'defect', 'defects', 'flaw', 'flaws', 'fault', 'faults', 'crack', 'cracks', 'leak', 'leaks', 'bug', 'bugs',
  'nonconformity', 'nonconformities', 'non-conformities', 'deviation', 'deviations', 'contamination', 'contaminant', 'contaminants', 'corrosion', 'burr', 'burrs',
  'scratch', 'scratches', 'void', 'voids', 'error', 'errors', 'discrepancy', 'discrepancies', 'issue', 'issues', 'problem', 'problems', 'foreign']);
/** A problem word that needs a severity or a count to be a finding ("two issues", "critical issues"). */
const VAGUE = new Set(['issue', 'issues', 'problem', 'problems', 'error', 'errors']);
const SEVERE = new Set(['critical', 'severe', 'serious', 'major', 'high', 'high-severity', 'significant']);
const FAILS = new Set(['fail', 'crack', 'leak', 'break', 'overheat', 'malfunction', 'corrode', 'rupture', 'short', 'seize', 'wear']);
const FOUND = new Set(['identify', 'find', 'detect', 'discover', 'uncover', 'observe', 'reveal', 'confirm', 'notice']);

function problemsFound(f: EnFacts): boolean {
  const { tokens } = f;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Round 39: "The penetration test of version 5.2 found two high-severity issues that remain open": the lite tagger may
    // call a past form after a noun or a figure a noun; before a count or a grade it is the verb of the finding, in the past.
    const pastAfterNoun = isNewsWord('foundPast', { lower: t.lower, lemma: t.lower }) && /^(?:NOUN|PROPN|NUM)$/.test(tokens[i - 1]?.pos ?? '') && /^(?:NUM|DET|ADJ)$/.test(tokens[i + 1]?.pos ?? '');
    if ((!FOUND.has(t.lemma) || (t.pos !== 'VERB' && tokens[i - 1]?.pos !== 'AUX')) && !pastAfterNoun) continue;
    const clause = clauseOf(f, i);
    if (!clause || clause.conditional || (clause.negation !== undefined && clause.negation < i)) continue;
    // A finding made: past, perfect, or passive ("were found"); the reader's own finding is theirs.
    if (!(clause.tense === 'past' || clause.perfect || clause.passive || pastAfterNoun)) continue;
    if (clause.subject?.side === 'you' || tokens.slice(0, i).some((x) => x.lower === 'your' || x.lower === 'you')) continue;
    if (tokens.slice(Math.max(0, i - 4), i).some((x) => x.lower === 'no' || x.lower === 'not')) continue;
    const rest = tokens.slice(i + 1);
    // "identified three critical vulnerabilities": a counted or graded problem after the verb.
    for (let k = 0; k < rest.length; k++) {
      const w = rest[k]!.lower;
      if (!PROBLEMS.has(w) && !PROBLEMS.has(rest[k]!.lemma)) continue;
      const lead = rest.slice(Math.max(0, k - 4), k);
      if (lead.some((x) => x.lower === 'no' || x.lower === 'zero' || x.lower === 'any')) break;
      const counted = lead.some((x) => x.pos === 'NUM' || x.lower === 'several' || x.lower === 'multiple' || x.lower === 'some');
      const graded = lead.some((x) => SEVERE.has(x.lower));
      if (counted || graded || (!VAGUE.has(w) && (lead.some((x) => x.lower === 'a' || x.lower === 'an')))) return true;
    }
    // "We have detected that the bearings can fail before 2,000 hours": a failure found as possible.
    if (rest.some((x, k) => FAILS.has(x.lemma) && (x.pos === 'VERB' || rest[k - 1]?.pos === 'AUX') && !rest.slice(Math.max(0, k - 3), k).some((y) => y.lower === 'not' || y.lower === "n't"))) return true;
  }
  return false;
}

const DATA = new Set(['data', 'file', 'files', 'record', 'records', 'email', 'emails', 'backup', 'backups', 'log', 'logs', 'entries', 'orders', 'history', 'information', 'details']);
const LOST = new Set(['lost', 'deleted', 'corrupted', 'overwritten', 'exposed', 'leaked', 'compromised', 'erased', 'wiped', 'accessed']);
/** "Some order records were deleted", "data for 40 accounts was exposed": data lost or exposed, not "no data was lost". */
function dataLost(f: EnFacts): boolean {
  const { tokens } = f;
  return tokens.some((t, i) => {
    if (!LOST.has(t.lower) || !tokens.slice(Math.max(0, i - 2), i).some((x) => x.lemma === 'be')) return false;
    const clause = clauseOf(f, i);
    if (!happened(clause) || (clause!.negation !== undefined && clause!.negation < i)) return false;
    const before = tokens.slice(clause!.from, i);
    if (before.some((x) => x.lower === 'no' || x.lower === 'none' || x.lower === 'nothing')) return false;
    // "accessed" only with a word of harm ("accessed without authorisation").
    if (t.lower === 'accessed' && !tokens.slice(i + 1, i + 4).some((x) => /^(?:without|unauthori[sz]ed|illegally)$/.test(x.lower))) return false;
    return before.some((x) => DATA.has(x.lower));
  });
}

/** Predicates of conformity: "within", "meets", "complies with", "conforms to", "satisfies", "in line with". */
const CONFORMS = new Set(['within', 'inside', 'meet', 'satisfy', 'comply', 'conform', 'fulfil', 'fulfill']);
const CONFORMS_TO = new Set(['spec', 'specs', 'specification', 'specifications', 'tolerance', 'tolerances', 'limit', 'limits', 'requirement', 'requirements',
  'standard', 'standards', 'range']);
/**
 * Round 20: "the moisture was 11.8% and we found 9 defects per 300 g, so it is within the contract specification": a check
 * whose verdict is that the goods conform. Its counts and findings are the measurement that conforms, not a fault
 * found. Not when the conformity is negated ("is not within spec"), asked or conditional.
 */
export function conformityStated(f: EnFacts): boolean {
  return conformity(f, false);
}

/**
 * The same verdict denied: "so it is not within the contract specification", "Batch 7 is not within tolerance", "does not
 * meet your specification" — goods that fail their limit, told without a figure. Not asked, not under a condition.
 */
export function conformityDenied(f: EnFacts): boolean {
  return !f.conditional && conformity(f, true);
}

function conformity(f: EnFacts, denied: boolean): boolean {
  if (f.question) return false;
  const { tokens } = f;
  return tokens.some((t, i) => {
    const word = CONFORMS.has(t.lower) || CONFORMS.has(t.lemma) || (t.lower === 'line' && tokens[i - 1]?.lower === 'in' && tokens[i + 1]?.lower === 'with');
    // Round 22: "No events are lost within those limits": a negative subject ("no", "none", "nothing") negates what befalls
    // it, not the conformity, which it states.
    const clause = clauseOf(f, i);
    const negator = clause?.negation !== undefined ? f.tokens[clause.negation]?.lower : undefined;
    const negated = negatedBefore(f, i) && !(negator === 'no' || negator === 'none' || negator === 'nothing');
    if (!word || negated !== denied) return false;
    // "Please check whether lot 12 is within …": a check asked for gives no verdict.
    if (tokens.slice(0, i).some((x) => x.lower === 'whether' || x.lower === 'if')) return false;
    return tokens.slice(i + 1, i + 7).some((x) => CONFORMS_TO.has(x.lower));
  });
}

