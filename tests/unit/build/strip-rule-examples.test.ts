// The build empties rule examples in what ships (they are the tests' and the reader's, never the runtime's).
// These tests hold the cut to exactly the `examples` of `defineRule`, on a tricky source and on every rule.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EMPTY_EXAMPLES, withoutRuleExamples } from '../../../src/build/strip-rule-examples';
import { RULES } from '../../../src/rules';

function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? ruleFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('withoutRuleExamples', () => {
  it('cuts only the examples of defineRule, whatever their strings hold', () => {
    const source = [
      "const note = { examples: 'kept: not a rule' };",
      'export default defineRule({',
      "  id: 'x',",
      "  examples: { valid: [{ text: 'a } brace, and examples: { in a string' }], invalid: [{ text: `b ${'}'}` }] },",
      '  check(ctx) { return ctx; },',
      '});',
    ].join('\n');
    const { code, cut } = withoutRuleExamples(source);
    expect(cut).toBe(1);
    expect(code).toBe(source.replace(/ {2}examples: .*\n/, `  examples: ${EMPTY_EXAMPLES},\n`));
    expect(code).toContain("kept: not a rule");
  });

  it('leaves a file without defineRule byte-identical', () => {
    const source = "export const examples = { valid: ['x'] };\n";
    expect(withoutRuleExamples(source)).toEqual({ code: source, cut: 0 });
  });

  it('empties the examples of every rule that has them and keeps each file valid TypeScript', () => {
    let cut = 0;
    for (const path of ruleFiles(join(__dirname, '../../../src/rules'))) {
      const out = withoutRuleExamples(readFileSync(path, 'utf8'), path);
      cut += out.cut;
      if (out.cut === 0) continue;
      const syntax = ts.transpileModule(out.code, { fileName: path, reportDiagnostics: true }).diagnostics ?? [];
      expect(syntax.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), path).toEqual([]);
      expect(out.code, path).toContain(`examples: ${EMPTY_EXAMPLES}`);
    }
    // Every registered rule is written with defineRule and examples; custom and policy rules are not in src/rules.
    const withExamples = RULES.filter((r) => r.examples.valid.length + r.examples.invalid.length > 0).length;
    expect(cut).toBeGreaterThanOrEqual(withExamples);
  });
});
