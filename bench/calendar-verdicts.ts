// How many calendar verdicts (src/rules/any/calendar/slot-verdicts.ts) a random one-character edit works out again on
// the 10 KB bench drafts, against how many the first analysis worked out: counts, not times.
// Usage: npx tsx bench/calendar-verdicts.ts
import { Engine } from '../src/engine/engine';
import { FactStore } from '../src/engine/analysis/facts';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';
import { RULES } from '../src/rules';
import { verdictsComputed } from '../src/rules/any/calendar/slot-verdicts';
import { benchTexts, rng } from './texts';
useNodeEnglishModel();
const tokenizer = await loadNodeTokenizer();
const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
for (const mix of ['ja', 'en', 'mixed'] as const) {
  const base = benchTexts().find((x) => x.mix === mix && x.kb === 10)!.text;
  let store: FactStore | undefined;
  const orig = FactStore.prototype.scratch;
  FactStore.prototype.scratch = function (this: FactStore, id: string, make: () => unknown) { store ??= this; return orig.call(this, id, make as never); } as never;
  const e = new Engine({ rules: RULES, tokenizer });
  e.analyze(draftOf(base));
  FactStore.prototype.scratch = orig;
  const c = () => verdictsComputed({ facts: store! }, 'slots') + verdictsComputed({ facts: store! }, 'ranges');
  const c0 = c();
  const r = rng(42); let text = base; const keys = mix === 'en' ? 'etaoinshrdlu ,.' : 'あいうえおかきくけこのをにはがでした会社様弊御。、';
  for (let i = 0; i < 200; i++) { const at = Math.floor(r() * text.length); text = text.slice(0, at) + keys[Math.floor(r() * keys.length)] + text.slice(at); e.analyze(draftOf(text)); }
  console.log(mix, 'first analysis verdicts', c0, 'per random edit', ((c() - c0) / 200).toFixed(2));
}
