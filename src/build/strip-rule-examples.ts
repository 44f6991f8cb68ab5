// Every rule carries its examples (`defineRule({ …, examples: { valid, invalid } })`): the tests run them and
// they document the rule where it is written. Nothing in the extension reads them, yet they were ~150 KB of
// text in each bundle that holds the engine — enough to push Firefox's background and worker scripts past
// the 5 MB that Mozilla's linter (and AMO) will parse. The build therefore empties them in what ships. The
// rule files are read with TypeScript's own parser, so strings holding braces or the word "examples" cannot
// confuse the cut.
import ts from 'typescript';
import type { Plugin } from 'vite';
import { DICTIONARY_FILE, withoutDictionaryExamples } from './dictionary-examples.mjs';

const RULE_FILE = /[\\/]src[\\/]rules[\\/].+\.ts$/;
export const EMPTY_EXAMPLES = '{ valid: [], invalid: [] }';

/**
 * `source` with the initializer of every `examples` property of an object literal passed to `defineRule(…)`
 * replaced by empty lists; the count says how many were cut.
 */
export function withoutRuleExamples(source: string, fileName = 'rule.ts'): { code: string; cut: number } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const spans: Array<{ start: number; end: number }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineRule') {
      for (const arg of node.arguments) {
        if (!ts.isObjectLiteralExpression(arg)) continue;
        for (const p of arg.properties) {
          if (ts.isPropertyAssignment(p) && p.name.getText(file) === 'examples') {
            spans.push({ start: p.initializer.getStart(file), end: p.initializer.getEnd() });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let code = source;
  // From the last to the first, so earlier offsets stay valid.
  for (const { start, end } of spans.sort((a, b) => b.start - a.start)) {
    code = code.slice(0, start) + EMPTY_EXAMPLES + code.slice(end);
  }
  return { code, cut: spans.length };
}

/**
 * A transform run in production bundles only (`vite build`), before Vite's own plugins: tests and the dev server
 * import the sources untouched. `cut` returns the new code, or null to leave the file as it is.
 */
function buildOnlyCut(name: string, file: RegExp, cut: (code: string, path: string) => string | null): Plugin {
  return {
    name,
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (!file.test(path)) return null;
      const out = cut(code, path);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/** Empties rule examples in production bundles only. */
export function stripRuleExamples(): Plugin {
  return buildOnlyCut('nemawashi:strip-rule-examples', RULE_FILE, (code, path) => {
    if (!code.includes('defineRule')) return null;
    const { code: out, cut } = withoutRuleExamples(code, path);
    return cut === 0 ? null : out;
  });
}

/**
 * Drops the dictionaries' examples (`has`/`hasNot`) and `$comment`s in production bundles only, before Vite's
 * JSON plugin turns the file into a module (src/build/dictionary-examples.mjs says why).
 */
export function stripDictionaryExamples(): Plugin {
  return buildOnlyCut('nemawashi:strip-dictionary-examples', DICTIONARY_FILE, (code) => withoutDictionaryExamples(code));
}
