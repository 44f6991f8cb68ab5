// Node only: wink-nlp's English model as one data file (analysis/en-model-file.ts), built from the
// wink-eng-lite-web-model package's JSON parts into node_modules/.cache/nemawashi when missing or stale, as
// the Japanese dictionary is. The WXT build copies this same file into the extension; the CLI, tests and
// benchmarks read it (node-english-model.ts). Never bundled; no wink code is loaded here, so the WXT config
// can import it.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENGLISH_MODEL_FILE, ENGLISH_MODEL_PARTS, MACHINE_PARTS, SECTIONS, type EnglishModelHeader, type Section } from './analysis/en-model-file';
import { compactDictionaryPath } from './node-dictionary-file';

function modelPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('wink-eng-lite-web-model/package.json'));
}

/** The installed package's version: the file names it, and a file from another version is rebuilt. */
function packageVersion(dir = modelPackageDir()): string {
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return `wink-eng-lite-web-model@${version}+${FILE_FORMAT}`;
}

/** Bumped when the file's form changes (a file of another form is rebuilt). See en-model-file.ts. */
const FILE_FORMAT = 'sections';

/**
 * Every character beyond ASCII (a few "’" in the lexemes) written as a JSON escape: the text the engine decodes
 * is then one byte per character in V8, where one "’" made all of it two bytes a character.
 */
function asciiJson(json: string): string {
  return json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Next to the compact dictionary (node_modules/.cache/nemawashi, or NEMAWASHI_DICTIONARY_CACHE). */
export function englishModelPath(): string {
  return join(dirname(compactDictionaryPath()), ENGLISH_MODEL_FILE);
}

/** The package's part `key`, parsed. */
function packagePart(dir: string, key: keyof typeof ENGLISH_MODEL_PARTS): unknown {
  return JSON.parse(readFileSync(join(dir, 'dist', 'languages', 'cur', 'models', ENGLISH_MODEL_PARTS[key]), 'utf8'));
}

/** wink's packed array (base64 of its Uint32Array's bytes), as those bytes. */
function packedBytes(base64: unknown, name: string): Buffer {
  if (typeof base64 !== 'string') throw new Error(`wink's core model: ${name} is not base64 text`);
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length % 4 !== 0) throw new Error(`wink's core model: ${name} is ${bytes.length} bytes, not whole 32-bit words`);
  return bytes;
}

/** The file from the package (see en-model-file.ts for its layout): the header line, then the sections. */
export function buildEnglishModelFile(dir = modelPackageDir()): Buffer {
  type Core = EnglishModelHeader['core'] & { lexicon?: unknown; xpansions?: unknown };
  const { lexicon, xpansions, ...core } = packagePart(dir, 'core') as Core;
  const { list, ...lexeme } = core.features.lexeme as { list: unknown };
  const body: Record<Section, Buffer> = {
    lexicon: packedBytes(lexicon, 'lexicon'),
    xpansions: packedBytes(xpansions, 'xpansions'),
    lexemes: Buffer.from(asciiJson(JSON.stringify(list)), 'latin1'),
  } as Record<Section, Buffer>;
  const machineCounts = {} as EnglishModelHeader['machineCounts'];
  for (const part of MACHINE_PARTS) {
    const machines = packagePart(dir, part);
    if (!Array.isArray(machines) || !machines.every((m) => typeof m === 'string')) throw new Error(`wink's ${part} model: not a list of machines`);
    machineCounts[part] = machines.length;
    body[part] = Buffer.from(asciiJson(JSON.stringify(machines)), 'latin1');
  }
  const header: EnglishModelHeader = {
    // First, as isCurrent reads it.
    version: packageVersion(dir),
    core: { ...core, features: { ...core.features, lexeme } },
    cerMeta: packagePart(dir, 'cerMeta'),
    machineCounts,
    sections: Object.fromEntries(SECTIONS.map((s) => [s, body[s].length])) as Record<Section, number>,
  };
  return Buffer.concat([Buffer.from(`${asciiJson(JSON.stringify(header))}\n`, 'latin1'), ...SECTIONS.map((s) => body[s])]);
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
  const bytes = buildEnglishModelFile();
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
  return path;
}
