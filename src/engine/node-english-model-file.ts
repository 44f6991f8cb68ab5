// Node only: wink-nlp's English model as one data file (analysis/en-model-file.ts), built from the
// wink-eng-lite-web-model package's JSON parts into node_modules/.cache/nemawashi when missing or stale, as
// the Japanese dictionary is. The WXT build copies this same file into the extension; the CLI, tests and
// benchmarks read it (node-english-model.ts). Never bundled; no wink code is loaded here, so the WXT config
// can import it.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENGLISH_MODEL_FILE, ENGLISH_MODEL_PARTS, parseEnglishModel, type EnglishModelPart } from './analysis/en-model-file';
import { compactDictionaryPath } from './node-dictionary-file';

function modelPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('wink-eng-lite-web-model/package.json'));
}

/** The installed package's version: the file names it, and a file from another version is rebuilt. */
function packageVersion(dir = modelPackageDir()): string {
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return `wink-eng-lite-web-model@${version}+${FILE_FORMAT}`;
}

/** Bumped when the file's form changes (a file of another form is rebuilt). ascii: see buildEnglishModelFile. */
const FILE_FORMAT = 'ascii';

/**
 * Every character beyond ASCII (a few "’" in the lexemes) written as a JSON escape: the text the engine decodes
 * is then one byte per character in V8 (3.6 MB) where one "’" made all of it two bytes a character (7.1 MB),
 * the largest transient of the English model's load.
 */
function asciiJson(json: string): string {
  return json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Next to the compact dictionary (node_modules/.cache/nemawashi, or NEMAWASHI_DICTIONARY_CACHE). */
export function englishModelPath(): string {
  return join(dirname(compactDictionaryPath()), ENGLISH_MODEL_FILE);
}

/** The file's text from the package: each part's JSON as shipped, under its key, and the version. */
export function buildEnglishModelFile(dir = modelPackageDir()): string {
  const parts = Object.entries(ENGLISH_MODEL_PARTS).map(([key, file]) => {
    const json = readFileSync(join(dir, 'dist', 'languages', 'cur', 'models', file), 'utf8');
    // Parsed and written again: the file is checked JSON, and the whitespace the package may carry goes.
    return `${JSON.stringify(key as EnglishModelPart)}:${JSON.stringify(JSON.parse(json))}`;
  });
  return asciiJson(`{"version":${JSON.stringify(packageVersion(dir))},${parts.join(',')}}`);
}

function isCurrent(path: string): boolean {
  if (!existsSync(path)) return false;
  // The version is the file's first field: read only the head.
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(200);
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.toString('utf8').startsWith(`{"version":${JSON.stringify(packageVersion())},`);
}

/** The path of a current file, building it first (under a temporary name, renamed: vitest workers race). */
export function ensureEnglishModelFile(path = englishModelPath()): string {
  if (isCurrent(path)) return path;
  const text = buildEnglishModelFile();
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
  return path;
}
