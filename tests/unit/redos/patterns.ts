// Every regular expression the engine, the rules and the dictionaries can run on draft text: regex literals
// found in the source (TypeScript's parser), and every RegExp built at run time (dictionary patterns,
// alternations of phrase lists), captured by wrapping the RegExp constructor while the rules load and
// analyse their own examples.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface Pattern {
  source: string;
  flags: string;
  /** Where it was found: a file, or "runtime" for a RegExp built while loading/running the rules. */
  where: string;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const DIRS = ['src/engine', 'src/rules'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Regex literals in the engine's and the rules' source. */
export function literalPatterns(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of DIRS.flatMap((d) => files(join(ROOT, d)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(ROOT, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/**
 * The salutation rule builds one pattern per Japanese given name (\bKenji\s+(\p{Lu}…), …,?\s+Kenji\b): the
 * name is a plain word and does not change the pattern's complexity, so every such pattern is judged as the
 * Kenji one. Otherwise each draft's names would be analysed live, and recheck's fuzzer, which works against
 * the clock, can judge the same shape differently on a loaded machine.
 */
function sameShape(source: string): string {
  return source
    .replace(/^\\b[A-Za-z]+(?=\\s\+\(\\p\{Lu\})/, '\\bKenji')
    .replace(/(\),\?\\s\+)[A-Za-z]+(\\b)$/, '$1Kenji$2');
}

/**
 * RegExps constructed at run time by the rules and the engine: `load` runs with the constructor wrapped
 * (import the rules and analyse texts inside it).
 */
export async function runtimePatterns(load: () => Promise<void>): Promise<Pattern[]> {
  const seen = new Map<string, Pattern>();
  const Original = globalThis.RegExp;
  const record = (args: unknown[]) => {
    const [p, f] = args as [string | RegExp, string | undefined];
    const source = typeof p === 'string' ? p : p.source;
    const flags = f ?? (typeof p === 'string' ? '' : p.flags);
    const stack = new Error().stack ?? '';
    if (!/src[\\/](rules|engine)[\\/]/.test(stack)) return;
    // Only patterns our own code builds: a library's internal expressions (wink-nlp's URL tokenizer, chrono's
    // parsers) are the library's to judge, and they only ever see our bounded chunks.
    const site = stack.split('\n').slice(1).find((l) => !l.includes('patterns.ts')) ?? '';
    if (/node_modules/.test(site)) return;
    // caselessTwin (src/engine/match-all.ts) rebuilds a pattern recorded here already without its u flag, and it
    // runs only on texts where the two match alike: it is the same pattern, judged as its original.
    if (/match-all\.ts/.test(site)) return;
    const canonical = sameShape(source);
    seen.set(`${flags}/${canonical}`, { source: canonical, flags, where: 'runtime' });
  };
  const Wrapped: RegExpConstructor = new Proxy(Original, {
    construct(target, args, newTarget): object {
      record(args);
      return Reflect.construct(target, args, newTarget === Wrapped ? target : newTarget);
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  globalThis.RegExp = Wrapped;
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

/**
 * Every pattern to judge, once each: the literals of our source, and those built at run time while every
 * rule analyses its own examples with the dictionary loaded.
 */
export async function allPatterns(): Promise<Pattern[]> {
  const { sharedNodeTokenizer } = await import('../../../src/engine/node-dictionary');
  // English rules parse with the model the CLI reads from disk; update-verdicts.ts runs outside vitest's setup.
  const { useNodeEnglishModel } = await import('../../../src/engine/node-english-model');
  useNodeEnglishModel();
  const tokenizer = await sharedNodeTokenizer();
  const runtime = await runtimePatterns(async () => {
    const { RULES } = await import('../../../src/rules');
    const { Engine } = await import('../../../src/engine/engine');
    const engine = new Engine({ rules: RULES, tokenizer });
    for (const r of RULES) {
      for (const ex of [...r.examples.valid, ...r.examples.invalid]) {
        engine.analyze({ subject: ex.subject ?? '', body: ex.text, ...(ex.kind ? { kind: ex.kind } : {}), context: ex.context ?? { recipient: 'client', firstContact: false, now: '2025-12-01' } });
      }
    }
  });
  const byKey = new Map<string, Pattern>();
  for (const p of [...literalPatterns(), ...runtime]) if (!byKey.has(`${p.flags}/${p.source}`)) byKey.set(`${p.flags}/${p.source}`, p);
  return [...byKey.values()];
}
