// Custom `pattern` rules on RE2JS: a pathological pattern stays linear in the text. Rows for bench/run.ts.
// `(a+)+$` backtracks exponentially in a backtracking engine on "aaa…ab"; here one search over 100 KB and over
// 50 KB should differ by about 2×, and the engine's own path (runCustomRules, lines searched in windows)
// stays in the same range.
import { runCustomRules } from '../src/engine/custom-rules';
import { checkPattern } from '../src/policy/pattern';
import { parsePolicy } from '../src/policy/parse';
import { ms, type Sample } from './stats';
import { repeat } from './stats';

const PATHOLOGICAL = '(a+)+$';

function searchOnce(kb: number): Sample {
  const check = checkPattern(PATHOLOGICAL, false);
  if (!check.ok) throw new Error(check.detail);
  const text = `${'a'.repeat(kb * 1000)}b`;
  return repeat(() => check.regex.matcher(text).find(), { warmup: 1, minRuns: 5, maxRuns: 20, budgetMs: 3000 });
}

export function patternRuleRows(): string[][] {
  const half = searchOnce(50);
  const full = searchOnce(100);
  const parsed = parsePolicy({ customRules: [{ id: 'bench.redos', kind: 'pattern', message: 'bench', pattern: PATHOLOGICAL }] });
  if (!parsed.ok) throw new Error(parsed.error);
  const line = `${'a'.repeat(100_000)}b`;
  let found = 0;
  const engine = repeat(() => (found = runCustomRules(parsed.policy, 'body', line, 'client').length), { warmup: 1, minRuns: 5, maxRuns: 20, budgetMs: 3000 });
  return [
    ['custom pattern rule `(a+)+$`, one RE2JS search', '50 KB line "a…ab"', `${ms(half.median)} ms`, `${ms(half.p95)} ms`, `${Math.round(50_000 / half.median)} chars/ms`, ''],
    ['custom pattern rule `(a+)+$`, one RE2JS search', '100 KB line "a…ab"', `${ms(full.median)} ms`, `${ms(full.p95)} ms`,
      `${Math.round(100_000 / full.median)} chars/ms; 100 KB / 50 KB = ${(full.median / half.median).toFixed(2)} × (linear ≈ 2)`, 'linear'],
    ['custom pattern rule `(a+)+$` as the engine runs it (runCustomRules)', '100 KB line "a…ab"', `${ms(engine.median)} ms`, `${ms(engine.p95)} ms`,
      `${found} findings (1 KB windows, ≤ 200 per rule)`, 'linear'],
  ];
}
