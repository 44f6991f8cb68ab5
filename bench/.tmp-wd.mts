import rule from '../src/rules/any/weekday-mismatch.ts';
import { segment } from '../src/engine/segment.ts';
import { benchTexts } from './texts.ts';
const t = benchTexts().find((x) => x.mix === 'en' && x.kb === 10)!;
const { sentences } = segment(t.text);
const ctx: any = { today: '2025-12-01', report() {} };
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) for (const s of sentences) rule.sentence!(s, ctx, undefined);
  console.log('per analysis', ((performance.now() - t0) / 20).toFixed(3), 'ms over', sentences.length, 'sentences');
}
