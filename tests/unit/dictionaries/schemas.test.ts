// The rules' dictionaries are validated here, once, instead of at every module load (src/rules/bundled.ts): each
// file a rule registers with `bundled` is parsed with its schema, and the parse must hand back the data exactly
// (no default, transform or stripped key), so that the rules reading the unparsed data read what a parse would
// have given them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bundledDictionaries } from '../../../src/rules/bundled';
import '../../../src/rules';

const ROOT = join(__dirname, '../../../dictionaries');
/** Dictionaries read without a schema (word lists read as plain arrays or objects where they are used). */
const UNSCHEMED = ['en/japanese-given-names', 'en/japanese-surnames', 'en/meeting-nouns', 'en/name-exclusions'];

/**
 * Keys a schema may leave out of its output (zod drops unknown keys): the examples that tests/unit/dictionaries
 * runs and the notes for the people who edit the file. No rule reads them, and no rule enumerates an entry's keys.
 */
const ONLY_FOR_PEOPLE = ['has', 'hasNot', 'about', 'description', '$comment'];
/** Files whose schema covers part of them: the rest is read unparsed elsewhere, as it was before. */
const PARTLY_SCHEMED = ['ja/news']; // src/engine/analysis/ja-news.ts reads the whole file (NEWS_DATA)

/**
 * Where `parsed` differs from `data` other than by keys missing from `parsed` (those are pushed to `extra`):
 * the parse changed nothing the rules read.
 */
function sameBut(parsed: unknown, data: unknown, path: string, extra: string[]): string[] {
  if (Array.isArray(parsed) && Array.isArray(data)) {
    if (parsed.length !== data.length) return [`${path}: length`];
    return parsed.flatMap((p, i) => sameBut(p, data[i], `${path}[${i}]`, extra));
  }
  if (parsed && data && typeof parsed === 'object' && typeof data === 'object' && !Array.isArray(parsed) && !Array.isArray(data)) {
    const p = parsed as Record<string, unknown>;
    const o = data as Record<string, unknown>;
    const added = Object.keys(p).filter((k) => !(k in o)).map((k) => `${path}.${k}: added`);
    for (const k of Object.keys(o)) if (!(k in p)) extra.push(`${path}.${k}`);
    return [...added, ...Object.keys(p).filter((k) => k in o).flatMap((k) => sameBut(p[k], o[k], `${path}.${k}`, extra))];
  }
  return Object.is(parsed, data) ? [] : [`${path}: ${JSON.stringify(parsed)} ≠ ${JSON.stringify(data)}`];
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : [],
  );
}
const ON_DISK = files(ROOT).map((f) => relative(ROOT, f).replace(/\.json$/, '').split('\\').join('/')).sort();
const REGISTERED = bundledDictionaries();

describe('bundled dictionaries', () => {
  it('registers every dictionary with a schema, each once', () => {
    const names = REGISTERED.map((d) => d.file).sort();
    expect(new Set(names).size).toBe(names.length);
    expect([...names, ...UNSCHEMED].sort()).toEqual(ON_DISK);
  });

  it.each(REGISTERED.map((d) => [d.file, d] as const))('%s.json parses with its schema to itself', (file, d) => {
    expect(d.data).toEqual(JSON.parse(readFileSync(join(ROOT, `${file}.json`), 'utf8')));
    const parsed = d.schema.safeParse(d.data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const extra: string[] = [];
    expect(sameBut(parsed.data, d.data, file, extra)).toEqual([]);
    if (PARTLY_SCHEMED.includes(file)) return;
    expect([...new Set(extra.map((p) => p.replace(/^.*\./, '')))].filter((k) => !ONLY_FOR_PEOPLE.includes(k)), `keys the schema drops in ${file}`).toEqual([]);
  });

  it.each(REGISTERED.map((d) => [d.file, d] as const))('%s.json: dropping a required field fails the parse', (_file, d) => {
    const schema = d.schema;
    expect(schema).toBeInstanceOf(z.ZodObject);
    const shape = (schema as z.ZodObject).shape;
    const required = Object.keys(shape).filter((k) => !shape[k]!.safeParse(undefined).success);
    expect(required.length).toBeGreaterThan(0);
    for (const key of required) {
      const { [key]: _dropped, ...rest } = d.data as Record<string, unknown>;
      expect(schema.safeParse(rest).success, `${key} removed`).toBe(false);
    }
    // And one level down: the first entry of every list of objects loses each of its required fields in turn.
    for (const [key, value] of Object.entries(d.data as Record<string, unknown>)) {
      const inner = shape[key] instanceof z.ZodArray ? (shape[key] as z.ZodArray<z.ZodType>).element : undefined;
      if (!Array.isArray(value) || !(inner instanceof z.ZodObject) || typeof value[0] !== 'object') continue;
      const innerShape = inner.shape;
      for (const field of Object.keys(innerShape).filter((k) => !innerShape[k]!.safeParse(undefined).success)) {
        const { [field]: _dropped, ...first } = value[0] as Record<string, unknown>;
        const broken = { ...(d.data as object), [key]: [first, ...value.slice(1)] };
        expect(schema.safeParse(broken).success, `${key}[0].${field} removed`).toBe(false);
      }
    }
  });
});
