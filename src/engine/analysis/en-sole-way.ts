import { z } from 'zod';
import data from '../../../dictionaries/en/sole-way.json';
import { bundled, onDemand } from '../../rules/bundled';
import { clauseOf, type EnFacts } from './en';
import { tokenize } from './en-parse';

/**
 * Round 34 (refen34, issue 10 "refusals in any verb"): a sole way or a limit of ours given as the answer to what the
 * client asked — "You asked whether we could invoice in JPY. We invoice in CHF only.", "Regarding invoicing in euros:
 * we invoice in US dollars only.", "Thank you for asking for five more samples. Samples are limited to two per
 * customer.", "As for splitting the shipment, we ship each order in one consignment only.".
 *
 * Round 33's attempt read every "only / limited to" clause of ours as a refusal and flagged clean drafts (a product's
 * specification, a practice told unprompted, a shortfall, an offer's validity). Here the way is only a candidate
 * (`soleWay`, a per-sentence fact); the rule (en.blunt-refusal.standing-rule) reports it only when an ask of the
 * client's is named next to it — a topic lead ("Regarding …:"), a list label under their list of requests, an ask a
 * sentence or three above, their question right above — and the two name the same thing (`waysMeet`): a word in
 * common (invoicing ~ invoice, shipment ~ ship, samples ~ samples) or a value of one class that ours differs from
 * (JPY against CHF, Japanese against English, by air against by sea).
 */

/** The prepositions that give a way: "in CHF", "by wire transfer", "via our portal", "per customer". */
const WAY_PREP = /^(?:in|by|via|through|per)$/;
const ONLY = /^(?:only|exclusively|solely)$/;
/** How far before a clause-final "only" its way may start: "in English and German only". */
const WAY_SPAN = 5;

const t = (f: Pick<EnFacts, 'tokens'>, i: number) => f.tokens[i]?.lower ?? '';

const LIMITED = /^(?:limited|restricted)$/;
/**
 * The token of a sole way or a per-buyer limit of ours the sentence states: "we invoice in CHF only", "payment is
 * only by wire transfer", "our manuals are available in English only", "samples are limited to two per customer".
 * Not in a question, a condition, a negated, past or perfect clause, the client's own clause, nor with a modal of
 * ability ("we can only ship 60% this month" is a shortfall, bad news's to judge).
 */
export function soleWay(f: Pick<EnFacts, 'tokens' | 'clauses' | 'question' | 'imperative'>): number | undefined {
  if (f.question || f.imperative) return undefined;
  for (let i = 0; i < f.tokens.length; i++) {
    const w = t(f, i);
    const restricting = ONLY.test(w) || LIMITED.test(w);
    if (!restricting) continue;
    const c = clauseOf(f, i);
    if (!c || c.conditional || c.negation !== undefined || c.perfect || c.tense === 'past' || c.subject?.side === 'you') continue;
    if (c.modal !== undefined && c.modal !== 'will') continue;
    if (ONLY.test(w)) {
      if (/^(?:not|if|the)$/.test(t(f, i - 1))) continue;
      // "only in CHF", "only by wire transfer" (not "only by Friday": a date bounds an offer, not a way).
      if (WAY_PREP.test(t(f, i + 1)) && f.tokens[i + 2]?.pos !== 'NUM') return i;
      // Round 35 (r34 fc-049): "we only report in English", "we only invoice international accounts in US dollars": "only"
      // before the verb of ours, the way's phrase after its object, in the same clause.
      if (f.tokens[i + 1]?.pos === 'VERB' && i + 1 === c.verb && c.subject !== undefined && c.subject.index < i) {
        for (let k = i + 2; k < c.to && k <= i + 2 + WAY_SPAN; k++) {
          if (f.tokens[k]!.pos === 'VERB' || f.tokens[k]!.pos === 'AUX' || t(f, k) === 'to') break;
          if (WAY_PREP.test(t(f, k)) && t(f, k) !== 'per' && f.tokens[k + 1]?.pos !== 'NUM' && f.tokens[k + 1] !== undefined) return i;
        }
      }
      // "in CHF only", "by sea freight only", "in one consignment only": the way's phrase closing the clause.
      const last = i + 1 >= c.to || f.tokens[i + 1]!.pos === 'PUNCT';
      if (!last) continue;
      for (let k = i - 1; k >= c.from && k >= i - WAY_SPAN; k--) {
        if (WAY_PREP.test(t(f, k))) return i;
        if (f.tokens[k]!.pos === 'VERB' || f.tokens[k]!.pos === 'AUX') break;
      }
      continue;
    }
    // "Samples are limited to two per customer", "restricted to three colours per order": a count per buyer or order.
    if (t(f, i + 1) === 'to' && f.tokens[i + 2]?.pos === 'NUM') {
      for (let k = i + 3; k < c.to && k < i + 7; k++) if (t(f, k) === 'per') return i;
    }
  }
  return undefined;
}

export const SoleWaySchema = onDemand(() => z.object({
  about: z.string(),
  entries: z.array(z.object({ id: z.string(), class: z.string(), value: z.string().optional(), pattern: z.string() })),
}));
const ENTRIES = bundled('en/sole-way', SoleWaySchema, data).entries.map((e) => ({ ...e, re: new RegExp(e.pattern, 'iu') }));
const ofClass = (name: string) => ENTRIES.filter((e) => e.class === name);
const VALUES = ofClass('values');
const KIN = ofClass('kin');
const HOME = ofClass('home');

/** The point a sentence answers, led in ("Regarding invoicing in euros: …", "As for splitting the shipment, …"), and the rest. */
export function topicLead(text: string): { ask: string; rest: string } | undefined {
  for (const e of ofClass('topic')) {
    const m = e.re.exec(text);
    if (m) return { ask: m[1]!, rest: text.slice(m.index + m[0].length) };
  }
  return undefined;
}

/** A list item's label, answered after its colon ("- Invoicing in JPY: we invoice in CHF only."). */
export function listLabel(text: string): { ask: string; rest: string } | undefined {
  for (const e of ofClass('label')) {
    const m = e.re.exec(text);
    if (m) return { ask: m[1]!, rest: text.slice(m.index + m[0].length) };
  }
  return undefined;
}

/** A point that asks what our way is ("your question about payment", "you asked which currency …"), not for another. */
export const asksWhatOurWayIs = (text: string): boolean => ofClass('enquiry').some((e) => e.re.test(text));

/** Words of an ask or an answer that name no thing: the asking itself, the mail, helpers and light verbs. */
const GENERIC = /^(?:thank|thanks|ask|request|need|want|like|wish|prefer|hope)$/;
const PROPOSING = /^(?:propose|proposal|suggest|suggestion)$/;
const MAIL = /^(?:message|e-?mail|mail|note|letter|order)$/;
const LIGHT = /^(?:be|have|do|can|could|would|will|get|make|let|know|see)$/;

/** A crude stem, enough to meet "invoicing" with "invoice", "shipment" with "ship", "deliveries" with "delivery". */
function stem(word: string): string {
  let s = word.toLowerCase().replace(/ies$/, 'y').replace(/(?:ments?|ations?|ings?|ed|es|s)$/, '');
  if (s.length > 5) s = s.replace(/y$/, '');
  s = s.replace(/e$/, '').replace(/([bcdfgklmnprstvz])\1$/, '$1');
  return s;
}

/** Stems of the things a text names: its nouns, names and verbs, the generic ones left out. */
function things(text: string): Set<string> {
  const out = new Set<string>();
  for (const x of tokenize(text)) {
    if (x.pos !== 'NOUN' && x.pos !== 'PROPN' && x.pos !== 'VERB') continue;
    const lemma = x.lemma.toLowerCase();
    if (GENERIC.test(lemma) || PROPOSING.test(lemma) || MAIL.test(lemma) || LIGHT.test(lemma) || GENERIC.test(x.lower) || x.lower.length < 3) continue;
    const st = stem(lemma);
    if (st.length >= 3) out.add(st);
  }
  return out;
}

/** The values of each class a text names: { currency: ['jpy'], language: ['japanese'] }. */
function valuesOf(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of VALUES) {
    const re = new RegExp(e.re.source, 'giu');
    for (const m of text.matchAll(re)) {
      const set = out.get(e.value!) ?? new Set<string>();
      set.add(m[0].toLowerCase().replace(/s$/, ''));
      out.set(e.value!, set);
    }
  }
  return out;
}

/**
 * Whether our way (`answer`) answers the client's ask (`ask`): both name a value of one class and the ask's is not
 * ours ("in JPY" / "in CHF only"), or both name the same thing ("splitting the shipment" / "we ship … only"). With
 * `topicOnly` (a lead or a label, which may name a bare topic: "Regarding delivery: we ship on Tuesdays only" tells a
 * practice), a word in common counts only when the ask names more than the one thing.
 */
export function waysMeet(ask: string, answer: string, topicOnly = false): boolean {
  const theirs = valuesOf(ask);
  const ours = valuesOf(answer);
  // Round 35: a way that includes the Japanese client's own value (Japanese, yen) where their ask names none of that class
  // grants what they need: "Thank you for your note about the reports. We only report in English and Japanese."
  if (HOME.some((e) => ours.has(e.value!) && !theirs.has(e.value!) && e.re.test(answer))) return false;
  for (const [cls, values] of theirs) {
    const mine = ours.get(cls);
    if (mine && [...values].some((v) => !mine.has(v))) return true;
  }
  const asked = things(ask);
  if (topicOnly && asked.size < 2) return false;
  for (const s of things(answer)) if (asked.has(s)) return true;
  // Round 35 (r34 ff-032): words of one thing that share no stem ("your note about invoicing" / "bills … in US dollars only").
  // Only with a value our way is given in (a currency, a language): "Our invoices are sent by email only" after a note about
  // invoicing tells how, it withholds no value.
  return ours.size > 0 && KIN.some((e) => e.re.test(ask) && KIN.some((x) => x.value === e.value && x.re.test(answer)));
}
