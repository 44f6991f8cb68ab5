// Every recognising entry of dictionaries/**.json (an object with an `id`) carries `has` and `hasNot`: the texts it
// must recognise and the near misses it must leave, which tests/unit/dictionaries/examples.test.ts runs. Nothing
// at run time reads them (nor `$comment`, the notes for people editing the file), yet they were about a fifth of
// the dictionaries' bytes in every script that holds the engine, parsed at every start of the engine worker. The
// extension's build (wxt.config.ts) and the CLI's bundle (bin/cli-bundle.mjs) therefore drop them from what they
// bundle, as the rules' examples are dropped (strip-rule-examples.ts); tests and the docs read the files as they are.
// Plain JavaScript: bin/cli-bundle.mjs runs before anything can compile TypeScript.

/** The keys dropped: an entry's examples, and comments anywhere. */
const EXAMPLE_KEYS = ['has', 'hasNot'];

function strip(value) {
  if (Array.isArray(value)) return value.map(strip);
  if (!value || typeof value !== 'object') return value;
  const isEntry = typeof value.id === 'string';
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$comment' || (isEntry && EXAMPLE_KEYS.includes(key))) continue;
    out[key] = strip(v);
  }
  return out;
}

/** A dictionary file's JSON text without its entries' examples and comments (key order kept). */
export function withoutDictionaryExamples(json) {
  return JSON.stringify(strip(JSON.parse(json)));
}

/** dictionaries/…/x.json, with either separator. */
export const DICTIONARY_FILE = /[\\/]dictionaries[\\/].+\.json$/;
