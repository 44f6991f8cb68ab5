// Round 22 (r22-menden): two shapes of pressure the other classes do not read.
// 1. A request with a near deadline and, after "else / otherwise / or", an act of ours the reader did not ask for:
//    "Please confirm a slot by tomorrow, else I will call your office directly", "Send the PO by Friday, otherwise we
//    will release the slot". A default we fall back on ("otherwise I will assume Tuesday works", "or we will keep the
//    current plan") or a loss of our own ("otherwise we will miss the vessel") threatens nothing.
// 2. Social proof about deciding fast: others like the reader (most / many / other customers) decide, sign or order
//    within a short span ("Most customers decide within one week", "Many of our clients sign on the spot").
import type { EnFacts } from './en';
import { nearDate } from './en-pressure';

/** Cheap gate on the sentence text before the parse is read. */
export const MAY_THREATEN = /\b(?:else|otherwise|or\s+(?:else|I|we))\b|\b(?:within|spot|immediately|right\s+away|same\s+day|first)\b/i;

/** Verbs of a default or of our own loss after "otherwise": no act on the reader. */
const DEFAULTS = new Set(['assume', 'take', 'understand', 'consider', 'keep', 'hold', 'proceed', 'go', 'send', 'follow', 'miss', 'lose',
  'need', 'be', 'have', 'use', 'plan', 'leave', 'stay', 'remain', 'ship', 'deliver', 'start', 'continue', 'reschedule', 'look', 'check',
  'try', 'wait', 'let', 'treat', 'note', 'work', 'prepare', 'default', 'stick', 'share', 'remind', 'book', 'suggest', 'propose']);
/** Words between the modal and the act: "will have to", "will be forced to", "will simply", "'ll need to". */
const LINKS = new Set(['have', 'to', 'be', 'forced', 'obliged', 'need', 'simply', 'just', 'then', 'directly', 'unfortunately', 'also']);

export function threatOf(f: EnFacts): boolean {
  return deadlineThreat(f) || othersDecideFast(f);
}

function deadlineThreat(f: EnFacts): boolean {
  if (f.question) return false;
  const t = f.tokens;
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!.lower;
    let k: number;
    if (w === 'else' || w === 'otherwise') k = i + 1;
    else if (w === 'or' && /^(?:,|;)$/.test(t[i - 1]?.text ?? '') || w === 'or' && /^(?:i|we)$/.test(t[i + 1]?.lower ?? '')) k = t[i + 1]?.lower === 'else' ? i + 2 : i + 1;
    else continue;
    // The ask and its date come before the connective: a request, and a near date ("by tomorrow", "by Friday").
    const asked = f.acts.includes('request') || /^(?:please|kindly)$/.test(t[0]!.lower) || t[0]!.pos === 'VERB';
    if (!asked || !(nearDate(f) || t.slice(0, i).some((x) => /^(?:tomorrow|today|tonight|eod|cob)$/.test(x.lower)))) continue;
    if (t[k]?.text === ',') k++;
    if (!/^(?:i|we)$/.test(t[k]?.lower ?? '')) continue;
    k++;
    // A future of ours: "will", "'ll", "shall", "would have to", "must".
    if (!/^(?:will|'ll|’ll|shall|would|'d|must)$/.test(t[k]?.lower ?? '')) continue;
    k++;
    if (/^(?:not|n't|never)$/.test(t[k]?.lower ?? '')) continue;
    while (k < t.length && (LINKS.has(t[k]!.lower) || t[k]!.pos === 'ADV')) k++;
    const act = t[k];
    if (act === undefined || act.pos !== 'VERB' || DEFAULTS.has(act.lemma)) continue;
    if (actsOnReader(f, k)) return true;
  }
  return false;
}

/** Verbs of taking back what the reader holds or was offered: "cancel the reservation", "withdraw the special price". */
const TAKE_BACK = new Set(['cancel', 'withdraw', 'terminate', 'suspend', 'revoke', 'forfeit', 'charge', 'invoice', 'escalate', 'report', 'reallocate']);

/**
 * The act after "otherwise" reaches the reader: their people or things ("call your office", "release your slot"), a thing
 * given to others ("offer the unit to the next customer"), or a thing of theirs taken back. "or we will call you on
 * Tuesday" (a follow-up) and "or we will release the room" (our own booking for a meeting) threaten nothing.
 */
function actsOnReader(f: EnFacts, verb: number): boolean {
  const t = f.tokens;
  const object = t.slice(verb + 1, Math.min(t.length, verb + 9));
  const end = object.findIndex((x) => /^[.;!?]$/.test(x.text));
  const phrase = end < 0 ? object : object.slice(0, end);
  if (phrase.some((x) => x.lower === 'your')) return true;
  if (phrase.some((x, j) => x.lower === 'to' && /^(?:another|other|others|the|a)$/.test(phrase[j + 1]?.lower ?? '') &&
    (phrase[j + 1]!.lower !== 'the' || /^(?:next|other)$/.test(phrase[j + 2]?.lower ?? '')))) return true;
  return TAKE_BACK.has(t[verb]!.lemma) && f.cues.meeting === undefined;
}

const OTHERS = new Set(['most', 'many', 'other', 'others', 'all', 'typical', 'usually', 'majority']);
const PEERS = new Set(['customer', 'client', 'buyer', 'company', 'partner', 'user', 'plant', 'firm', 'manufacturer', 'distributor',
  'importer', 'retailer', 'bank', 'team', 'people', 'competitor', 'peer', 'prospect']);
const DECIDE = new Set(['decide', 'sign', 'order', 'commit', 'choose', 'buy', 'confirm', 'purchase', 'subscribe', 'switch', 'book', 'reserve']);
const SHORT_UNITS = /^(?:days?|hours?|minutes?|weeks?|call|meeting|demo|visit)$/;

function othersDecideFast(f: EnFacts): boolean {
  if (f.question || f.conditional) return false;
  const t = f.tokens;
  return f.clauses.some((c) => {
    if (c.negation !== undefined || c.conditional || c.verb === undefined || c.modal !== undefined) return false;
    const v = t[c.verb]!;
    if (!DECIDE.has(v.lemma)) return false;
    const subject = t.slice(c.from, c.verb);
    if (!subject.some((x) => OTHERS.has(x.lower)) || !subject.some((x) => PEERS.has(x.lemma))) return false;
    // "Most companies in your sector" are the reader's peers; "you", "we" are no others.
    if (subject.some((x) => /^(?:you|we|i)$/.test(x.lower))) return false;
    const rest = t.slice(c.verb + 1, c.to);
    return rest.some((x, j) => {
      if (/^(?:immediately|instantly)$/.test(x.lower)) return true;
      if (x.lower === 'spot' && rest[j - 1]?.lower === 'the' && rest[j - 2]?.lower === 'on') return true;
      if (x.lower === 'away' && rest[j - 1]?.lower === 'right') return true;
      // "within one week", "within 48 hours", "within days", "in the first call": a span too short to consult.
      if (x.lower !== 'within' && !(x.lower === 'in' && rest[j + 1]?.lower === 'the' && rest[j + 2]?.lower === 'first')) return false;
      const span = rest.slice(j + 1, j + 4);
      const unit = span.find((y) => SHORT_UNITS.test(y.lower));
      if (unit === undefined) return false;
      if (/^weeks?$/.test(unit.lower)) return !span.some((y) => /^(?:[3-9]|\d\d+|three|four|five|six|several|few)$/.test(y.lower));
      return true;
    });
  });
}
