import { clauseOf } from './en';
import { isNewsWord } from './en-news-classes';
import type { EnFacts } from './en';
import { editionScoped } from './en-declines';

/**
 * Rounds 14–15 (classes M1, M2 of round 14 = R1, R2 of round 15): a no said as our standing rule, or as an
 * exclusion with its consequence. Round 15 kept round 14's work-in-progress and removed its false alarms (a
 * defect "limited to lot …", "not a problem at all; … for all open orders", a count "limited to three booths"),
 * and read more shapes: "Only orders placed before 3 pm …", "only possible at renewal", "free only for contract
 * customers", "will only be in Japanese" as a consequence, and a charge offered ("can be quoted on request").
 * - `standingRule`: our side's rule — "We only ship full pallets", "Custom colours are produced only for orders of
 *   2,000 m²", "Our minimum order is 500 units", "Express shipping is reserved for Platinum accounts", "Company
 *   policy is net 30 for all accounts", "… no exceptions". What restricts is a transaction of ours (a verb of
 *   selling, shipping, accepting…) or a class of buyer, order or time after "only"; "we only use recycled PET"
 *   describes a product and restricts nobody.
 * - `readerAsk`: the sentence names something the reader asked of us ("your request for …", "the consignment
 *   proposal", "you asked whether we could …", "the colour you asked for"); asking what a rule is ("you asked
 *   what our minimum is", "thank you for asking about our terms") asks nothing of us.
 * - `exclusion` and `consequence`: something not included in, not covered by or outside a plan, contract,
 *   warranty, quotation or scope ("isn't included in your Standard plan", "falls outside the warranty", "not one of
 *   the languages we cover"), and what the reader bears for it — a charge ("will be billed as an extra", "a 30%
 *   surcharge applies", "invoiced at our standard daily rate") or our side's not acting ("nobody on our side will
 *   be picking up tickets", "we won't be touching it", "those pages will stay in English").
 * Rules combine them per mail (en.blunt-refusal.standing-rule); each is a per-sentence fact, cached.
 */

/** Verbs of a transaction our side does for a buyer: a restriction on them is a rule of trade. */
const TRADE_VERBS = new Set(['sell', 'ship', 'deliver', 'supply', 'accept', 'offer', 'provide', 'produce', 'make', 'manufacture', 'issue',
  'process', 'take', 'quote', 'invoice', 'allow', 'permit', 'change', 'return', 'support', 'handle', 'grant', 'approve', 'work', 'bill',
  'print', 'cut', 'pack', 'book', 'extend', 'release', 'dispatch', 'honour', 'honor', 'refund', 'exchange', 'serve', 'install', 'customise',
  'customize', 'do', 'trade', 'stock', 'lend', 'loan', 'rent', 'hold', 'reserve', 'modify', 'amend', 'cancel', 'sign', 'send', 'give', 'pay']);
/** Who or what a rule of trade is kept for: "only for orders of …", "reserved for our Platinum accounts". */
const BUYER_CLASS = new Set(['customer', 'client', 'account', 'order', 'member', 'partner', 'distributor', 'buyer', 'contract', 'subscriber',
  'user', 'dealer', 'reseller', 'holder', 'purchase', 'shipment', 'term', 'quantity', 'volume', 'pallet', 'case', 'carton', 'lot']);
/** After "only": a time or terms that bound the rule ("within 14 days … only", "only before shipment", "only on 30-day terms"). */
const BOUNDS = new Set(['within', 'before', 'after', 'on', 'in', 'by', 'for', 'to', 'from', 'at', 'via', 'through', 'under', 'over', 'above', 'below']);
const RULE_NOUNS = new Set(['policy', 'rule', 'rules', 'regulation', 'regulations', 'practice', 'procedure', 'principle', 'guideline', 'guidelines']);
const OWN_LEADS = new Set(['our', 'company', 'internal', 'house', 'system', 'standard', 'corporate', 'group', 'global', 'strict', 'my']);
const MINIMUM = new Set(['minimum', 'moq', 'minimums', 'min']);
/** States of a service being there for someone: "available to contract customers only". */
const OPEN_STATES = new Set(['available', 'open', 'possible', 'offered', 'applicable', 'eligible', 'free', 'complimentary', 'allowed', 'permitted',
  'accepted', 'valid']);
/** What bounds a service open only so: "only possible at renewal", "only available to contract customers". */
const STATE_BOUNDS = new Set(['to', 'for', 'at', 'before', 'after', 'within', 'until', 'with', 'on', 'from', 'once', 'when', 'if']);
/** Words that restrict as "only" does. */
const ONLY = new Set(['only', 'exclusively', 'solely']);
const RESERVED = new Set(['reserved', 'restricted', 'limited', 'exclusive']);
/** "no exceptions", "for any customer", "for all accounts", "without exception", "in all cases", "as a rule". */
const EVERY = new Set(['any', 'all', 'every', 'each']);

const t = (f: EnFacts, i: number) => f.tokens[i]?.lower ?? '';
const lemma = (f: EnFacts, i: number) => f.tokens[i]?.lemma ?? '';

function clauseAt(f: EnFacts, i: number) {
  return clauseOf(f, i);
}

/** Buyers a service can be reserved for: "reserved for our Platinum accounts", "limited to contract customers". */
const PEOPLE_CLASS = new Set(['customer', 'client', 'account', 'member', 'partner', 'distributor', 'buyer', 'contract', 'subscriber', 'user',
  'dealer', 'reseller', 'holder', 'tier', 'plan', 'order', 'purchase']);

function peopleNear(f: EnFacts, from: number, to: number): boolean {
  for (let k = from; k < to && k < f.tokens.length; k++) if (PEOPLE_CLASS.has(lemma(f, k)) || PEOPLE_CLASS.has(t(f, k))) return true;
  return false;
}

function buyerClassNear(f: EnFacts, from: number, to: number): boolean {
  for (let k = from; k < to && k < f.tokens.length; k++) if (BUYER_CLASS.has(lemma(f, k)) || BUYER_CLASS.has(t(f, k))) return true;
  return false;
}

/** "no exceptions", "any customer", "all accounts", "without exception", "in all cases", "as a rule". */
function universal(f: EnFacts): number | undefined {
  for (let i = 0; i < f.tokens.length; i++) {
    const w = t(f, i);
    // "No exceptions were found in the audit": exceptions as findings, reported, not a rule declared.
    const found = clauseAt(f, i);
    if ((w === 'exception' || w === 'exceptions') && (t(f, i - 1) === 'no' || t(f, i - 1) === 'without') && !(found && (found.tense === 'past' || found.perfect))) return i;
    // "all customers", "every new client", "all our accounts" (a possessive before the class, round 25).
    if (EVERY.has(w) && (BUYER_CLASS.has(lemma(f, i + 1)) || BUYER_CLASS.has(lemma(f, i + 2)) && (f.tokens[i + 1]?.pos === 'ADJ' || /^(?:our|your|their)$/.test(t(f, i + 1))))) return i;
    if (w === 'rule' && t(f, i - 1) === 'a' && t(f, i - 2) === 'as') return i;
    if (w === 'board' && t(f, i - 1) === 'the' && t(f, i - 2) === 'across') return i;
  }
  return undefined;
}

/**
 * A clause whose subject is a thing pointed at with "the / this / that" ("The printer", "This connector"), not our side nor a class of buyer or order, and no buyer class in the clause: what it says is the thing's spec.
 */
function productSpec(f: EnFacts, c: NonNullable<ReturnType<typeof clauseAt>>): boolean {
  if (!c.subject || c.subject.side !== 'third') return false;
  const s = c.subject.index;
  const lead = f.tokens[s]!;
  // A name may be our company's ("Halcyon only ships full pallets"): only a thing pointed at with a determiner.
  if (!/^(?:the|this|that|these|those)$/.test(lead.lower)) return false;
  // Passive, the spec is a count of what it comes in ("supplied in two formats only"); "is paid only for approved
  // activities" is a rule of payment.
  if (c.passive && !f.tokens.slice(c.from, c.to).some((x) => x.pos === 'NUM')) return false;
  return !buyerClassNear(f, c.from, c.to) && !peopleNear(f, c.from, c.to) && !OWN_LEADS.has(t(f, s)) && !WE_WORDS.has(t(f, s));
}
const WE_WORDS = new Set(['we', 'i', 'our', 'my']);

/** The token that states our standing rule, if the sentence states one. */
export function standingRule(f: EnFacts): number | undefined {
  if (f.question || f.imperative) return undefined;
  const every = universal(f);
  for (let i = 0; i < f.tokens.length; i++) {
    const w = t(f, i);
    const c = clauseAt(f, i);
    if (!c || c.conditional || c.subject?.side === 'you') continue;
    // "It is our policy to …", "not permitted under company policy": the rule named, whatever the clause's tense.
    if (RULE_NOUNS.has(w) && OWN_LEADS.has(t(f, i - 1)) && (c.negation !== undefined || every !== undefined ||
      t(f, i + 1) === 'to' || t(f, i + 1) === 'is' || t(f, i - 2) === 'under' || t(f, i - 3) === 'under')) return i;
    if (c.perfect || c.tense === 'past') continue;
    // "Only orders placed before 3 pm ship the same day", "Only contract customers receive free samples": the
    // rule's class of buyer or order named first (round 15).
    if (w === 'only' && (i === 0 || f.tokens[i - 1]!.pos === 'PUNCT') && c.negation === undefined &&
      (BUYER_CLASS.has(lemma(f, i + 1)) || f.tokens[i + 1]?.pos === 'ADJ' && BUYER_CLASS.has(lemma(f, i + 2)))) return i;
    // "Price adjustments are only possible at contract renewal", "samples are only available to annual accounts".
    if (ONLY.has(w) && OPEN_STATES.has(t(f, i + 1)) && STATE_BOUNDS.has(t(f, i + 2)) && c.negation === undefined) return i;
    if (ONLY.has(w) && t(f, i - 1) !== 'not' && t(f, i - 1) !== 'if' && t(f, i - 1) !== 'the' && t(f, i + 1) !== 'if' &&
      f.tokens[i + 1]?.pos !== 'NUM' && c.negation === undefined) {
      if (c.modal && !['can', 'will'].includes(c.modal)) continue;
      // "is only providing": the verb right after "only" when the parse ends the verb group on it.
      const after = f.tokens.slice(i + 1, i + 3).find((x) => x.pos === 'VERB');
      const verb = after ?? (c.verb === undefined ? undefined : f.tokens[c.verb]);
      const trade = verb !== undefined && TRADE_VERBS.has(verb.lemma) && verb.pos === 'VERB';
      // "We only take on four new clients each quarter" is capacity (pressure's), not a rule answering an ask.
      const counted = f.tokens.slice(i, c.to).some((x) => x.pos === 'NUM') && verb?.lemma === 'take';
      const last = i + 1 >= c.to || f.tokens[i + 1]!.pos === 'PUNCT';
      const bounded = BOUNDS.has(t(f, i + 1)) || last && (trade || f.tokens.slice(c.from, i).some((x) => BOUNDS.has(x.lower)));
      if (counted) continue;
      // "The connector supports SAML 2.0 only", "The coating is supplied in two formats only": a product's
      // specification, said of the thing (the / this / a name) with no buyer in it, not a rule of our trade.
      // The same of a release named as the scope ("In the current version, X supports … only"), our side not the subject.
      if (productSpec(f, c) || (c.subject?.side !== 'we' && editionScoped(f, 0, c.to))) continue;
      if (trade && (c.subject?.side === 'we' || c.passive || bounded || buyerClassNear(f, i + 1, c.to))) return i;
      // "Split deliveries are available to contract customers only": a service open to a class of buyer alone.
      const open = f.tokens.slice(c.from, c.to).some((x) => OPEN_STATES.has(x.lower));
      if (bounded && buyerClassNear(f, c.from, c.to) && (c.passive || open && peopleNear(f, c.from, c.to))) return i;
      // "Samples are free only for customers with an annual contract": free or open to a class of buyer alone.
      if (open && (t(f, i + 1) === 'for' || t(f, i + 1) === 'to') && peopleNear(f, i + 2, c.to)) return i;
    }
    // "Our minimum order is 500 units", "the minimum order quantity is 1,000 kg": a minimum stated with its figure.
    if (MINIMUM.has(w) && c.modal === undefined && c.subject !== undefined && c.subject.index <= i && c.verb !== undefined && c.negation === undefined &&
      f.tokens.slice(i + 1, c.to).some((x) => x.pos === 'NUM') && f.tokens.slice(i + 1, c.to).some((x) => x.lemma === 'be' || x.lemma === 'apply')) return i;
    // "Express shipping is reserved for our Platinum accounts", "limited to contract customers".
    // Kept for a class of buyer, not a count ("limited to three partner booths" is capacity) nor a lot ("the problem
    // is limited to lot 2702-B" bounds a defect).
    if (RESERVED.has(w) && (t(f, i + 1) === 'for' || t(f, i + 1) === 'to') && c.negation === undefined &&
      f.tokens[i + 2]?.pos !== 'NUM' && f.tokens[i + 3]?.pos !== 'NUM' &&
      (peopleNear(f, i + 2, c.to) || t(f, i + 2) === 'our')) return i;
  }
  // "Our finance team doesn't approve terms beyond 60 days for any customer": a no with "any customer" is a rule.
  if (every !== undefined) {
    const c = clauseAt(f, every);
    // Round 30: "… before every shipment so that this does not happen again": a problem kept from recurring is a
    // remedy of ours, not a no to anyone — a negated recurrence ("not happen/occur/recur … again") refuses nothing.
    const anyC = f.clauses.find((x) => x.negation !== undefined && x.subject?.side !== 'you' && !x.conditional && !recurrenceDenied(f, x.negation));
    // "doesn't approve terms beyond 60 days for any customer": the no and "any customer" in one clause; "That is not
    // a problem at all; we have updated the address for all open orders" negates nothing of the orders (round 15).
    const sameClause = c !== undefined && c.negation !== undefined && c.subject?.side !== 'you' && !recurrenceDenied(f, c.negation);
    // "This applies to every customer", "we apply it across the board": the rule declared for all (round 15).
    const applied = c !== undefined && c.negation === undefined && f.tokens.slice(c.from, c.to).some((x) => x.lemma === 'apply');
    // Round 25: "That's how we do it for every client", "This is the same for all our customers": what was just said,
    // pointed back at, declared the rule for every buyer — a rule, as "applies to" is; not what is open or free to all.
    const declared = c !== undefined && c.negation === undefined && sameForAll(f, c, every);
    const anyOk = applied || declared || (EVERY.has(t(f, every)) ? sameClause : anyC !== undefined);
    if (c && !c.conditional && (anyOk || t(f, every) === 'exceptions' || t(f, every) === 'exception')) return every;
    // Round 23: "These are our terms for all customers in Asia, without exception.": "all customers" found first, the
    // rule closed by "without exception" after it.
    const closed = f.tokens.findIndex((x, i) => i > every && /^exceptions?$/.test(x.lower) && /^(?:no|without)$/.test(t(f, i - 1)));
    const cc = closed < 0 ? undefined : clauseAt(f, closed);
    if (cc && !cc.conditional && !cc.perfect && cc.tense !== 'past') return closed;
  }
  return undefined;
}

/** Verbs of a problem coming back: "happen again", "occur again", "recur", "be repeated". */
const RECUR = new Set(['happen', 'occur', 'recur', 'repeat', 'reoccur', 'arise']);

/**
 * Whether the negation at token `neg` denies a recurrence: a recurrence verb within the next three tokens ("does not
 * happen again", "won't occur again", "is not repeated", "never recurs").
 */
function recurrenceDenied(f: EnFacts, neg: number): boolean {
  return f.tokens.slice(neg + 1, neg + 4).some((x) => RECUR.has(x.lemma) || RECUR.has(x.lower));
}

/** Pronouns that point back at what was just said. */
const POINTING = new Set(['this', 'that', 'it', 'these', 'those']);

/**
 * "That's how we do it for every client", "It is the same for all accounts": the clause's subject points back (this, that,
 * it), "every/all …" follows "for", "to" or "with", and nothing in the clause opens a service (available, free) to them.
 */
function sameForAll(f: EnFacts, c: NonNullable<ReturnType<typeof clauseAt>>, every: number): boolean {
  // The pointing subject may head the sentence's first clause ("That's how we do it …", parsed as two clauses).
  const pointed = (k: number | undefined) => k !== undefined && POINTING.has(t(f, k)) && f.tokens[k]!.pos === 'PRON';
  if (!pointed(c.subject?.index) && !(pointed(0) && f.tokens[1]?.lemma === 'be')) return false;
  if (f.clauses.some((x) => x.negation !== undefined)) return false;
  if (!['for', 'to', 'with'].includes(t(f, every - 1)) && !(['for', 'to', 'with'].includes(t(f, every - 2)) && f.tokens[every - 1]?.pos === 'ADV')) return false;
  return !f.tokens.slice(c.from, c.to).some((x) => OPEN_STATES.has(x.lower) || x.lower === 'welcome');
}

const ASK_NOUNS = new Set(['request', 'proposal', 'suggestion', 'idea', 'wish', 'requirement', 'ask']);
const ASK_VERBS = new Set(['ask', 'request', 'propose', 'suggest', 'want', 'like', 'wish', 'need', 'prefer', 'hope']);
/** What asks about a rule rather than for an exception to it: "asked what", "request for a quotation". */
const INFO_AFTER = new Set(['what', 'how', 'which', 'about', 'when', 'why', 'who']);
const INFO_OBJECTS = new Set(['quotation', 'quote', 'information', 'details', 'catalogue', 'catalog', 'brochure', 'datasheet', 'list', 'spec', 'specification', 'specifications', 'documents']);

/** "no exceptions", "without exception": the rule declared closed whatever was asked. */
export function noExceptions(f: EnFacts): boolean {
  return f.tokens.some((x, i) => /^exceptions?$/.test(x.lower) && /^(?:no|without)$/.test(t(f, i - 1)));
}

/** Words of a noun compound before an ask noun: "the consignment stock proposal". */
const COMPOUND = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

const ENQUIRY = new Set(['asking', 'question', 'questions', 'enquiry', 'inquiry', 'query', 'enquiring', 'inquiring']);
/** "your question about our terms", "for asking what our minimum is": the reader asked what our rule is. */
function enquiryAboutOurs(f: EnFacts, from: number): boolean {
  for (let k = from; k < f.tokens.length; k++) {
    if (!ENQUIRY.has(t(f, k))) continue;
    const next = t(f, k + 1);
    if (INFO_AFTER.has(next) && next !== 'about' || next === 'whether' || next === 'if') return true;
    if ((next === 'about' || next === 'regarding' || next === 'on') && (t(f, k + 2) === 'our' || INFO_AFTER.has(t(f, k + 2)) || t(f, k + 2) === 'whether')) return true;
  }
  return false;
}

/**
 * Round 34: "Thank you for your order", "thanks for the purchase order", "for your payment": thanks for business given,
 * not for something asked of us — a way of ours told after it ("We invoice in CHF only.") informs the buyer.
 */
function thanksForCustom(f: EnFacts, thanks: number): boolean {
  let k = thanks + 1;
  while (k < f.tokens.length && k < thanks + 4 && !/^(?:your|the)$/.test(t(f, k))) k++;
  if (!/^(?:your|the)$/.test(t(f, k))) return false;
  let head = k + 1;
  // Round 39: "your continued business", "your ongoing support": a participle or adverb of time may grade the noun.
  const modifier = (at: number) => /^(?:NOUN|PROPN|ADJ|NUM)$/.test(f.tokens[at]?.pos ?? '') || /^(?:continued|continuing|ongoing|long-standing|kind|loyal)$/.test(t(f, at));
  while (head < f.tokens.length && head < k + 4 && modifier(head) && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(f.tokens[head + 1]?.pos ?? '')) head++;
  // Round 39: a courtesy opener ("Thank you for your continued business / support / cooperation / trust") thanks the
  // reader for the relationship; it replies to nothing they asked.
  if (isNewsWord('courtesy', { lower: t(f, head), lemma: t(f, head) })) return true;
  if (!/^(?:order|orders|purchase|po|payment|business)$/.test(t(f, head))) return false;
  // "your order request for 80 units", "your order for half a pallet", "your order of 40 boxes": the order itself, or
  // its quantity, asks something of us (a minimum may turn it down: r3 be3-087).
  const next = t(f, head + 1);
  return !/^(?:request|requests|for)$/.test(next) && !(next === 'of' && f.tokens[head + 2]?.pos === 'NUM');
}

/** The information asked for at `k` in a form named with it: a currency or a language before it (JPY, Japanese) or "in …" after it. */
function formOfTheirOwn(f: EnFacts, k: number): boolean {
  const before = f.tokens[k - 1];
  if (before && (/^[A-Z]{3}$/.test(before.text) || /^(?:japanese|english|yen|euro|dollar)$/.test(before.lower))) return true;
  return t(f, k + 1) === 'in' && /^(?:[A-Z]{3}|yen|euros?|dollars?|japanese|english)$/i.test(f.tokens[k + 2]?.text ?? '');
}

/** Whether the sentence names something the reader asked of us. */
export function readerAsk(f: EnFacts): boolean {
  for (let i = 0; i < f.tokens.length; i++) {
    const x = f.tokens[i]!;
    const before = f.tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
    let head = i - 1;
    while (head >= 0 && head > i - 5 && COMPOUND.has(f.tokens[head]!.pos) && !ASK_NOUNS.has(f.tokens[head]!.lemma)) head--;
    if (ASK_NOUNS.has(x.lemma) && x.pos === 'NOUN' && ['your', 'the', 'this', 'that'].includes(t(f, head))) {
      // "your request for a quotation" asks for information, not for an exception.
      // "your request to hold the quoted price" asks for an exception all the same: the object must be the noun.
      // Round 48 (round 47's read set): not a quotation in a form of their own ("your request for a JPY quotation",
      // "… for a quotation in yen"): that asks for a way other than ours.
      if ((t(f, i + 1) === 'for' || t(f, i + 1) === 'to') && f.tokens.slice(i + 2, i + 5).some((y, k) => INFO_OBJECTS.has(y.lemma) && y.pos === 'NOUN' &&
        !formOfTheirOwn(f, i + 2 + k))) continue;
      if (t(f, i + 1) === 'about' || t(f, i + 1) === 'regarding') continue;
      return true;
    }
    const youBefore = t(f, before) === 'you' || (f.tokens[before]?.lemma === 'would' || t(f, before) === "'d") && t(f, before - 1) === 'you';
    if (ASK_VERBS.has(x.lemma) && (x.pos === 'VERB' || x.pos === 'AUX') && youBefore) {
      const next = t(f, i + 1);
      if (INFO_AFTER.has(next)) continue;
      // "you asked whether we could …" asks for it; "you asked whether there is a minimum" asks what the rule is.
      if ((next === 'whether' || next === 'if') && !f.tokens.slice(i + 2, i + 7).some((y) => y.lemma === 'can' || y.lower === 'could' || y.lemma === 'would')) continue;
      return true;
    }
    // "your email about returning the rolls", "your note regarding splitting the order": an act they want done.
    if ((x.lower === 'about' || x.lower === 'regarding') && /ing$/.test(t(f, i + 1)) && (f.tokens[i + 1]?.pos === 'VERB' || f.tokens[i + 1]?.pos === 'NOUN') &&
      f.tokens.slice(Math.max(0, i - 4), i).some((y) => y.lower === 'your')) return true;
    // "Thank you for your message about the sensors", "thanks for sending the colour reference", "for letting us
    // know": a reply to what the reader wrote, unless what they wrote asked what our rule is ("thank you for your
    // question about our terms", "for asking about our minimum").
    if (x.lemma === 'thank' || x.lower === 'thanks') {
      const rest = f.tokens.slice(i + 1, i + 5);
      const wrote = rest.some((y) => y.lower === 'your' || /ing$/.test(y.lower) && y.pos === 'VERB' && y.lower !== 'asking');
      // "Thanks for your request for the catalogue": information asked for, no exception.
      const information = f.tokens.slice(i + 1).some((y) => INFO_OBJECTS.has(y.lemma));
      if (wrote && !information && !enquiryAboutOurs(f, i) && !thanksForCustom(f, i)) return true;
    }
    // "Thank you for asking for samples / asking us to …", not "asking about our terms".
    if (x.lower === 'asking' && t(f, i - 1) === 'for' && ['for', 'us', 'whether', 'if', 'me'].includes(t(f, i + 1))) return true;
  }
  return false;
}

const SCOPE_NOUNS = new Set(['plan', 'contract', 'warranty', 'guarantee', 'quotation', 'quote', 'scope', 'sow', 'fee', 'price', 'package',
  'agreement', 'licence', 'license', 'subscription', 'maintenance', 'support', 'service', 'estimate', 'proposal', 'offer', 'order', 'budget',
  'coverage', 'tier', 'edition', 'statement', 'sla', 'retainer', 'deal', 'delivery', 'deliverables', 'project', 'bundle', 'kit', 'release',
  'version']);
const INCLUDE = new Set(['include', 'cover', 'contain']);

/** The token of an exclusion from what the reader bought ("isn't included in your plan", "falls outside the warranty"). */
export function exclusion(f: EnFacts): number | undefined {
  if (f.question) return undefined;
  const scopeAfter = (i: number, to: number) => f.tokens.slice(i + 1, Math.min(to, i + 8)).some((y) => SCOPE_NOUNS.has(y.lemma) || SCOPE_NOUNS.has(y.lower));
  for (let i = 0; i < f.tokens.length; i++) {
    const x = f.tokens[i]!;
    const c = clauseAt(f, i);
    if (!c || c.subject?.side === 'you' || c.tense === 'future' && c.modal !== 'will') continue;
    // "isn't included in your Standard plan", "is not covered by the warranty", "was not included in the quotation";
    // also inside a clause led by another verb: "please note the following are not included in the audit scope:".
    const notBefore = t(f, i - 1) === 'not' && lemma(f, i - 2) === 'be';
    if (INCLUDE.has(x.lemma) && (c.negation !== undefined && c.negation < i || notBefore) && scopeAfter(i, c.to)) return i;
    // "A third round isn't included.": the scope left unnamed; only its consequence makes it a refusal (round 15).
    if (INCLUDE.has(x.lemma) && x.lower !== 'include' && c.negation !== undefined && c.negation < i && (i + 1 >= c.to || f.tokens[i + 1]!.pos === 'PUNCT')) return i;
    // "Reports in Japanese is not in our service": not in what they bought.
    if (x.lower === 'in' && c.negation !== undefined && c.negation === i - 1 && /^(?:our|your|the)$/.test(t(f, i + 1)) && scopeAfter(i, c.to)) return i;
    // "is not part of the maintenance contract", "is not one of the languages we cover".
    if ((x.lower === 'part' || x.lower === 'one') && t(f, i + 1) === 'of' && c.negation !== undefined && c.negation < i &&
      (scopeAfter(i, c.to) || f.tokens.slice(i + 2, c.to + 4).some((y) => INCLUDE.has(y.lemma) || y.lemma === 'offer' || y.lemma === 'support'))) return i;
    // "Anything outside those regions is ex-works", "Deliveries beyond Osaka are at your own cost": what lies outside
    // our area, put on the reader by the predicate (round 16).
    if ((x.lower === 'outside' || x.lower === 'beyond') && c.verb !== undefined && i < c.verb && borneByReader(f, c.verb, c.to) !== undefined) return i;
    // "falls outside the warranty", "is outside the SOW", "are excluded from the scope", "not within the fixed fee".
    if ((x.lower === 'outside' || x.lower === 'beyond' || x.lemma === 'exclude' && t(f, i + 1) === 'from' || x.lower === 'within' && c.negation !== undefined) &&
      c.negation === undefined === (x.lower !== 'within') && scopeAfter(i, c.to)) return i;
  }
  return undefined;
}

/** The clause's negation reaches token `i`: no coordinator between them ("was not included … and will be billed"). */
function negatedAt(f: EnFacts, c: { negation?: number }, i: number): boolean {
  if (c.negation === undefined || c.negation > i) return false;
  for (let k = c.negation + 1; k < i; k++) if (/^(?:and|but|so|then|;|,)$/.test(t(f, k))) return false;
  return true;
}

const CHARGE_VERBS = new Set(['bill', 'charge', 'invoice', 'quote', 'price', 'pay', 'cost']);
const CHARGE_NOUNS = new Set(['surcharge', 'fee', 'extra', 'rate', 'charge', 'cost', 'costs', 'price']);
const GIVE_UP = new Set(['stay', 'remain', 'wait', 'sit']);
const BURDEN = new Set(['need', 'have']);

/** The token of a consequence the reader bears: a charge, or our side not acting, or things left as they are. */
export function consequence(f: EnFacts): number | undefined {
  if (f.question) return undefined;
  for (let i = 0; i < f.tokens.length; i++) {
    const x = f.tokens[i]!;
    const c = clauseAt(f, i);
    if (!c || c.modal && !['will', 'must', 'shall'].includes(c.modal)) continue;
    if (c.subject?.side === 'we' && c.negation === undefined) continue;
    // "will be billed as an extra", "will be charged to you", "you will be charged in full", "quoted and charged separately".
    const beBefore = lemma(f, i - 1) === 'be' || f.tokens[i - 1]?.pos === 'ADV' && lemma(f, i - 2) === 'be';
    // "… and can be quoted separately if you wish": a charge offered, not one they bear.
    if (CHARGE_VERBS.has(x.lemma) && chargeOffered(f)) continue;
    if (CHARGE_VERBS.has(x.lemma) && x.pos === 'VERB' && !negatedAt(f, c, i) && (c.passive || beBefore || c.subject?.side === 'you' && x.lemma === 'pay')) return i;
    // "a 30% surcharge applies", "our standard daily rate applies".
    if (x.lemma === 'apply' && !negatedAt(f, c, i) && f.tokens.slice(c.from, i).some((y) => CHARGE_NOUNS.has(y.lower))) return i;
    // "nobody on our side will be picking up tickets", "we won't be touching it", "our engineers will not attend".
    if (c.negation !== undefined && x.pos === 'VERB' && i === c.verb && c.modal === 'will' &&
      (c.subject?.side === 'we' || /^(?:nobody|no)$/.test(t(f, c.negation)) && f.tokens.slice(c.from, i).some((y) => y.lower === 'our' || y.lower === 'we'))) return i;
    // "Any findings in these areas will not be reported": something of theirs left undone (round 15).
    if (c.negation !== undefined && c.passive && c.modal === 'will' && i === c.verb && c.subject?.side === 'third' && !c.conditional) return i;
    // "so your new hires will need to use the online videos", "you will have to arrange it yourselves": the work left to them.
    if (BURDEN.has(x.lemma) && t(f, i + 1) === 'to' && c.modal === 'will' && c.negation === undefined && !c.conditional &&
      f.tokens.slice(c.from, i).some((y) => y.lower === 'you' || y.lower === 'your')) return i;
    // "… is ex-works", "… are at your own cost", "at the customer's expense", "for your account": the cost is theirs.
    if (i === c.verb && c.negation === undefined && !c.conditional) {
      const borne = borneByReader(f, i, c.to);
      if (borne !== undefined) return borne;
    }
    // "Those pages will stay in English".
    if (GIVE_UP.has(x.lemma) && c.modal === 'will' && c.negation === undefined && c.subject?.side === 'third' && i === c.verb) return i;
    // "Alerts in those hours will sit in the queue until the morning shift" (the model may take "Alerts" for a verb).
    if (GIVE_UP.has(x.lemma) && x.pos === 'VERB' && t(f, i - 1) === 'will' && c.negation === undefined && !c.conditional &&
      c.subject?.side !== 'you' && c.subject?.side !== 'we' && f.tokens.slice(i + 1).some((y) => y.lower === 'until')) return i;
    // "so the documentation will only be in Japanese", "we will only cover the parts": what they get, cut down.
    if (x.lower === 'only' && c.modal === 'will' && c.negation === undefined && !c.conditional &&
      (lemma(f, i - 1) === 'will' || lemma(f, i + 1) === 'be' || f.tokens[i + 1]?.pos === 'VERB' || i + 1 >= c.to || f.tokens[i + 1]!.pos === 'PUNCT')) return i;
  }
  return undefined;
}

const READER_COST = new Set(['cost', 'costs', 'expense', 'expenses', 'risk', 'charge']);
const READER = new Set(['your', 'customer', 'customers', 'buyer', 'client', 'purchaser']);

/** The token (from `from` up to `to`) that puts a cost on the reader: "ex-works", "at your own cost", "at the
 * customer's expense", "for your account"; undefined when none. */
function borneByReader(f: EnFacts, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) {
    const w = t(f, k);
    if (w === 'ex-works' || w === 'exw' || (w === 'ex' && t(f, k + 1) === '-' && t(f, k + 2) === 'works')) return k;
    if (w === 'at' || w === 'for') {
      // "at your own cost", "at the customer's expense", "for your account"
      let j = k + 1;
      if (t(f, j) === 'the') j++;
      if (!READER.has(t(f, j))) continue;
      j++;
      if (t(f, j) === "'s" || t(f, j) === "’s" || t(f, j) === 's') j++;
      if (t(f, j) === 'own') j++;
      if (w === 'at' ? READER_COST.has(t(f, j)) : t(f, j) === 'account') return k;
    }
  }
  return undefined;
}

const REPORTING = new Set(['mention', 'note', 'say', 'point', 'know', 'write', 'explain', 'confirm', 'indicate', 'state', 'tell', 'understand']);

/** "As you mentioned, …", "as you noted": the reader's own statement restated, not our no. */
export function restatesReader(f: EnFacts): boolean {
  for (let k = 0; k + 2 < f.tokens.length; k++) {
    if (t(f, k) === 'as' && t(f, k + 1) === 'you' && (REPORTING.has(lemma(f, k + 2)) || /^(?:mentioned|noted|said|pointed|wrote|told)$/.test(t(f, k + 2)))) return true;
  }
  return false;
}

const MAY = new Set(['can', 'could', 'may', 'might']);
/** "if you wish", "if you'd like": an offer; "if you need it, it will be billed" imposes the charge. */
const WISH = new Set(['wish', 'like', 'prefer']);

/**
 * A charge offered rather than imposed: "can be quoted separately", "we could quote it for you", "on request",
 * "if you wish / if you'd like" (round 15: a quotation's exclusion told with the offer to quote it).
 */
export function chargeOffered(f: EnFacts): boolean {
  for (let i = 0; i < f.tokens.length; i++) {
    const x = f.tokens[i]!;
    if (!CHARGE_VERBS.has(x.lemma) || x.pos !== 'VERB') continue;
    if (lemma(f, i - 1) === 'be' && MAY.has(t(f, i - 2)) || MAY.has(t(f, i - 1)) || MAY.has(t(f, i - 2)) && t(f, i - 1) !== 'not') return true;
  }
  for (let i = 0; i + 1 < f.tokens.length; i++) {
    if ((t(f, i) === 'on' || t(f, i) === 'upon') && t(f, i + 1) === 'request') return true;
    if (t(f, i) === 'if' && t(f, i + 1) === 'you' && (WISH.has(lemma(f, i + 2)) || /^(?:'d|would)$/.test(t(f, i + 2)) && WISH.has(lemma(f, i + 3)))) return true;
  }
  return false;
}
