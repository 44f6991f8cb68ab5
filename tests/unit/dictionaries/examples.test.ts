// Every entry of every dictionary shows and refutes itself: `has` holds text the entry recognises and
// `hasNot` a near miss it must leave, and both run through the matcher the rules use (./matchers.ts).
// Data without examples is data nobody can check, and a pattern longer than ~80 characters is a phrase list
// in disguise: both fail here. Entries that only label or phrase a suggestion (id + text/label) are output,
// not recognisers, and carry no examples.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATCHERS, patternMatcher, wordClassMatcher, type Entry } from './matchers';

const ROOT = join(__dirname, '../../../dictionaries');
const MAX_PATTERN = 80;

/** Keys that make an object a recogniser rather than a suggestion or a label. */
const RECOGNISER_KEYS = ['pattern', 'phrases', 'phrase', 'words', 'verbs', 'plain', 'base', 'from', 'predicate', 'surfaces'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : [],
  );
}

/** Every recogniser entry in a dictionary, with the name of the list it sits in. */
function recognisers(value: unknown, list: string, out: Array<[string, Entry]>): Array<[string, Entry]> {
  if (Array.isArray(value)) value.forEach((v) => recognisers(v, list, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && RECOGNISER_KEYS.some((k) => k in o)) out.push([list, o as Entry]);
    for (const [k, v] of Object.entries(o)) if (typeof v === 'object') recognisers(v, k, out);
  }
  return out;
}

/** Every string under a key that names a regular expression (pattern, predicate, before), with its path. */
function patterns(value: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (Array.isArray(value)) value.forEach((v, i) => patterns(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && /pattern|predicate|^(?:not)?before$/i.test(k)) out.push([`${path}.${k}`, v]);
      else patterns(v, `${path}.${k}`, out);
    }
  }
  return out;
}

const DICTIONARIES = files(ROOT).map((f) => {
  const name = relative(ROOT, f).replace(/\.json$/, '').split('\\').join('/');
  return { name, data: JSON.parse(readFileSync(f, 'utf8')) as unknown };
});

describe.each(DICTIONARIES.map((d) => [d.name, d.data] as const))('dictionaries/%s.json', (name, data) => {
  const entries = recognisers(data, '', []);

  it('has examples on every entry', () => {
    const missing = entries.filter(([, e]) => !(e.has?.length && e.hasNot?.length)).map(([, e]) => e.id);
    expect(missing, `entries without has/hasNot in ${name}`).toEqual([]);
  });

  it('keeps every pattern short', () => {
    const long = patterns(data, '', []).filter(([, p]) => p.length > MAX_PATTERN).map(([path]) => path);
    expect(long, `patterns over ${MAX_PATTERN} characters in ${name}`).toEqual([]);
  });

  // A word class shows itself in use: an example is a sentence or a line, not one of its own phrases copied.
  const classes = entries.filter(([, e]) => 'reads' in e);
  if (classes.length) it('shows each word class in use, not its phrases copied', () => {
    const copied = classes.flatMap(([, e]) => [...(e.has ?? []), ...(e.hasNot ?? [])]
      .filter((t) => (e.phrases as string[]).includes(t)).map((t) => `${e.id}: ${t}`));
    expect(copied).toEqual([]);
  });

  const withExamples = entries.filter(([, e]) => e.has?.length || e.hasNot?.length);
  if (withExamples.length === 0) return;
  const fileMatcher = MATCHERS[name] ?? ((e: Entry, text: string) => {
    if (typeof e.pattern !== 'string') throw new Error(`${name}: register a matcher for ${e.id} in matchers.ts`);
    return patternMatcher(e, text);
  });
  // A word class (a list kept as one entry, src/rules/word-class.ts) is read as its `reads` says, in any file.
  const matcher = (e: Entry, text: string, list: string) => ('reads' in e ? wordClassMatcher(e, text) : fileMatcher(e, text, list));

  it.each(withExamples.map(([list, e]) => [e.id, list, e] as const))('%s (%s) recognises its has and leaves its hasNot', async (_id, list, e) => {
    for (const text of e.has ?? []) expect(await matcher(e, text, list), `${e.id} should recognise «${text}»`).toBe(true);
    for (const text of e.hasNot ?? []) expect(await matcher(e, text, list), `${e.id} should leave «${text}»`).toBe(false);
  });
});
