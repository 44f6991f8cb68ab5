// The engine worker's script as a one-byte string. V8 keeps a script's source in memory for lazy compilation,
// and a source with any character beyond Latin-1 is held as two bytes per character: the worker's 1.9 MB
// script, whose rules carry Japanese in their regex literals and strings, held ~4.4 MB of the extension
// process's heap as its source. esbuild's `charset: 'ascii'` escapes strings and identifiers but not regex
// literals, so the script stayed two-byte (and grew); this build step escapes every character beyond Latin-1
// in the finished chunk, wherever it stands, as `\uXXXX`, which means the same in a string, a template, a
// regex literal (a class range too; a surrogate pair stays one code point under the `u` flag), an identifier
// and a comment. Two places would change meaning, and are handled: an identity escape (`\あ` is `あ`: the
// backslash is dropped with the escape) and a raw template (String.raw: the build stops rather than change it).
import type { Plugin } from 'vite';

/** A character a one-byte (Latin-1) V8 string cannot hold. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

const hex4 = (code: number) => '\\u' + code.toString(16).padStart(4, '0');

/** `code` with every character beyond Latin-1 written as a `\uXXXX` escape (surrogates one by one). */
export function oneByteSource(code: string): string {
  if (!BEYOND_LATIN1.test(code)) return code;
  refuseRawTemplates(code);
  let out = '';
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c <= 0xff) continue;
    // An odd run of backslashes before it: the last one escapes this character (an identity escape).
    let slashes = 0;
    while (i - 1 - slashes >= from && code.charCodeAt(i - 1 - slashes) === 0x5c) slashes++;
    out += code.slice(from, slashes % 2 === 1 ? i - 1 : i) + hex4(c);
    from = i + 1;
  }
  return out + code.slice(from);
}

/** Throws when a String.raw template holds a character beyond Latin-1: its raw text would change. */
function refuseRawTemplates(code: string): void {
  for (let at = code.indexOf('String.raw`'); at >= 0; at = code.indexOf('String.raw`', at + 1)) {
    let i = at + 'String.raw`'.length;
    while (i < code.length && code[i] !== '`') i += code[i] === '\\' ? 2 : 1;
    if (BEYOND_LATIN1.test(code.slice(at, i))) {
      throw new Error(`one-byte-source: a String.raw template holds a character beyond Latin-1 (at ${at}); write it with \\u escapes`);
    }
  }
}

/** The output chunks rewritten: the engine worker's script (the page's scripts are small and stay as built). */
export function oneByteWorkerSource(isWorker: (fileName: string) => boolean): Plugin {
  return {
    name: 'nemawashi:one-byte-worker-source',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && isWorker(chunk.fileName)) chunk.code = oneByteSource(chunk.code);
      }
    },
  };
}
