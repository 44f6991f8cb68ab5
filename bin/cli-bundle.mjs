// The CLI as one prebuilt ES module, so `nemawashi` runs plain JavaScript instead of compiling the TypeScript
// sources with tsx in every process (tsx's compiler was ~114 MB of the CLI's peak RSS).
//
// The bundle of src/cli/main.ts (with every package it imports) is built on demand with esbuild into
// node_modules/.cache/nemawashi/cli.mjs. Its first line is a stamp: the path, size and mtime of every file
// esbuild read (its metafile's inputs, sources and packages alike). A run whose stamp no longer matches the
// files (an edit, a `git pull`, an `npm install`, a deleted file) builds again before it runs, so the CLI is
// never stale. The bundle is written under a temporary name and renamed, so two first runs at once never read
// half a file. Where bundling fails, the CLI runs from the sources through tsx as before.
// Plain JavaScript on purpose: this file must run before anything can compile TypeScript.
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DICTIONARY_FILE, withoutDictionaryExamples } from '../src/build/dictionary-examples.mjs';

/** The repository: bin/.. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = 'src/cli/main.ts';
const HEADER = '// nemawashi-cli-bundle ';
/** Part of the stamp: bump it when the build options below change, so older bundles are rebuilt. */
const FORMAT = 2;
/**
 * A file changed this close to (or after) the start of a build may have been read by esbuild before or after
 * its edit: such a build is used for that run but not stamped as current, so the next run builds again.
 */
const SETTLE_MS = 2000;

/** Where the bundle lives: node_modules/.cache/nemawashi, beside the compact dictionary. */
export function defaultBundlePath(root = ROOT) {
  return join(root, 'node_modules', '.cache', 'nemawashi', 'cli.mjs');
}

/** The stamp on the bundle's first line, or null (no file, another format, no stamp). */
export function readStamp(path) {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const chunks = [];
    const chunk = Buffer.alloc(65536);
    for (let at = 0; at < 16 * 1048576; ) {
      const n = readSync(fd, chunk, 0, chunk.length, at);
      if (n === 0) return null;
      const part = chunk.subarray(0, n);
      const newline = part.indexOf(10);
      chunks.push(Buffer.from(newline < 0 ? part : part.subarray(0, newline)));
      if (newline >= 0) break;
      at += n;
    }
    const line = Buffer.concat(chunks).toString('utf8');
    if (!line.startsWith(HEADER)) return null;
    const stamp = JSON.parse(line.slice(HEADER.length));
    return stamp && stamp.format === FORMAT && Array.isArray(stamp.inputs) ? stamp : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Whether every input named in the stamp still has the size and mtime it had when the bundle was built. */
export function isCurrent(stamp, root = ROOT, entry = ENTRY) {
  if (!stamp || stamp.entry !== entry || stamp.inputs.length === 0) return false;
  for (const [file, size, mtimeMs] of stamp.inputs) {
    const s = statSync(resolve(root, file), { throwIfNoEntry: false });
    if (!s || s.size !== size || s.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

/**
 * Builds the bundle and writes it, stamped, to `out` (temporary name, then rename). Returns whether the
 * stamp was written as current (false when an input changed during the build: see SETTLE_MS).
 */
export async function buildBundle(root = ROOT, entry = ENTRY, out = defaultBundlePath(root)) {
  const { build } = await import('esbuild');
  const started = Date.now();
  const result = await build({
    entryPoints: [resolve(root, entry)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    write: false,
    metafile: true,
    logLevel: 'silent',
    // CommonJS packages inside an ES module bundle `require` Node's built-ins.
    banner: { js: "import { createRequire as __nwRequire } from 'node:module'; const require = __nwRequire(import.meta.url);" },
    // The dictionaries' examples and comments are for the tests and people, not the checks (as in the extension).
    plugins: [{
      name: 'strip-dictionary-examples',
      setup(b) {
        b.onLoad({ filter: DICTIONARY_FILE }, (args) => ({ contents: withoutDictionaryExamples(readFileSync(args.path, 'utf8')), loader: 'json' }));
      },
    }],
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.mjs') || f.path.endsWith('.js'));
  if (!code) throw new Error('esbuild wrote no bundle');
  let settled = true;
  const inputs = [];
  for (const key of Object.keys(result.metafile.inputs).sort()) {
    const file = resolve(root, key);
    const s = statSync(file, { throwIfNoEntry: false });
    if (!s || !s.isFile()) continue; // esbuild's own virtual modules
    if (s.mtimeMs > started - SETTLE_MS) settled = false;
    inputs.push([relative(root, file), s.size, s.mtimeMs]);
  }
  // An unsettled build carries no valid stamp: it runs once, and the next run builds again.
  const stamp = settled ? { format: FORMAT, entry, inputs } : { format: FORMAT, entry, inputs: [] };
  mkdirSync(dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    // One line: JSON leaves U+2028/U+2029 (line terminators to JavaScript) as they are in a path; escape them.
    const header = HEADER + JSON.stringify(stamp).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    writeFileSync(temporary, header + '\n' + code.text);
    renameSync(temporary, out);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
  return settled;
}

/** The path of a current bundle, building it first when missing or stale. `built` says whether it was. */
export async function ensureBundle(root = ROOT, entry = ENTRY, out = defaultBundlePath(root)) {
  if (isCurrent(readStamp(out), root, entry)) return { path: out, built: false };
  await buildBundle(root, entry, out);
  return { path: out, built: true };
}

/**
 * The CLI's `main`: from the bundle, or, when it cannot be built or loaded, from the sources through tsx.
 * NEMAWASHI_CLI_TSX=1 forces the sources; NEMAWASHI_CLI_DEBUG=1 says on stderr why the bundle was not used.
 */
export async function loadMain() {
  if (process.env.NEMAWASHI_CLI_TSX !== '1') {
    try {
      const { path } = await ensureBundle();
      return (await import(pathToFileURL(path).href)).main;
    } catch (e) {
      if (process.env.NEMAWASHI_CLI_DEBUG === '1') console.error(`nemawashi: running from the sources (tsx): ${e?.stack ?? e}`);
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/cli/main.ts')).main;
}
