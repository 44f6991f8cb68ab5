import { Engine } from '../src/engine/engine.ts';
import { RULES } from '../src/rules/index.ts';
import { loadTools, draftOf } from './node-bench.ts';
import { benchTexts } from './texts.ts';
import { repeat } from './stats.ts';
const tools = await loadTools();
const t = benchTexts().find((x) => x.mix === (process.argv[2] ?? 'ja') && x.kb === 10)!;
for (const [name, rules] of [['no rules', []], ['sentence rules only', RULES.filter((r) => r.sentence && !r.document)], ['all', RULES]] as const) {
  const engine = new Engine({ rules: rules as any, tokenizer: tools.tokenizer });
  engine.analyze(draftOf(t.text));
  const at = Math.floor(t.text.length / 2); let typed = '';
  const s = repeat(() => { typed += 'あいう。'[typed.length % 4]; engine.analyze(draftOf(t.text.slice(0, at) + typed + t.text.slice(at))); }, { minRuns: 300, maxRuns: 300 });
  console.log(name.padEnd(22), 'median', s.median.toFixed(3), 'p95', s.p95.toFixed(3));
}
