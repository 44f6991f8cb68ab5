// Measurement only (scripts/measure-dictionary.mjs): a service worker that loads kuromoji's dictionary itself,
// the alternative to the offscreen document that docs/architecture.md compares against. Never shipped.
import { extensionDictionaryReader } from '../src/extension/dictionary-loader';
import { buildTokenizer, type JapaneseTokenizer } from '../src/engine/tokenizer';

declare const chrome: { runtime: { getURL(path: string): string } };
let kept: JapaneseTokenizer | null = null;

(self as unknown as { loadDictionary(): Promise<{ ms: number; tokens: number }> }).loadDictionary = async () => {
  const started = performance.now();
  kept = await buildTokenizer(extensionDictionaryReader((path) => chrome.runtime.getURL(path)));
  return { ms: Math.round(performance.now() - started), tokens: kept.tokenize('恐れ入りますが、ご検討いただけますと幸いです。').length };
};
