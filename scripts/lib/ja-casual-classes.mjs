// Sorts a Japanese sentence labelled informal by someone else into the linguistic classes that make it casual, so
// the external register evaluation (docs/evaluation/external-r28/README.md) can report recall per class and
// separate "clearly casual" text from plain-form text that is merely not polite. Reads kuromoji tokens, not the
// engine: the classes must not share the engine's blind spots. Reporting only — nothing here feeds a rule.
import kuromoji from 'kuromoji';
import { join } from 'node:path';

/** The classes, in the order a segment's primary class is chosen. */
export const CASUAL_CLASSES = ['slang', 'particle', 'contraction', 'request', 'plain'];

// Interjections, greetings, address words and intensifiers no one writes to a client.
const SLANG_WORDS = new Set([
  'やあ', 'うん', 'ううん', 'ねえ', 'ねぇ', 'おい', 'おう', 'ほら', 'よし', 'へえ', 'へー', 'あら', 'わあ', 'やった',
  'ごめん', 'ありがとう', 'おはよう', 'おめでとう', 'じゃあ', 'じゃ', 'バイバイ', 'またね',
  '君', 'きみ', 'お前', 'おまえ', 'あんた', '俺', 'オレ', 'マジ', 'まじ', 'めっちゃ', 'めちゃ', 'めちゃくちゃ',
  'すげえ', 'すげー', 'やばい', 'ヤバい', 'ヤバイ', 'ちょー', 'すっごく', 'すっごい', 'なんか',
]);
// Contracted auxiliaries and colloquial particles (kuromoji's basic forms).
const CONTRACTED = new Set(['てる', 'でる', 'ちゃう', 'じゃう', 'とく', 'どく', 'てく', 'じゃん', 'ってば']);
const POLITE_AUX = new Set(['です', 'ます']);

let tokenizerPromise;
/** kuromoji's tokenizer, built once from the project's copy of its dictionary. */
export function tokenizer(root = '.') {
  tokenizerPromise ??= new Promise((resolve, reject) =>
    kuromoji.builder({ dicPath: join(root, 'node_modules/kuromoji/dict') }).build((e, t) => (e ? reject(e) : resolve(t))),
  );
  return tokenizerPromise;
}

/** Sentences of a segment: split after 。！？!? and at line breaks. */
export function sentences(text) {
  return text.split(/(?<=[。！？!?])|\n/u).map((s) => s.trim()).filter(Boolean);
}

const isTrailingNoise = (t) => t.pos === '記号' || /^(笑|w+|ｗ+|lol|LOL)$/u.test(t.surface_form);

/** The classes one sentence shows (a Set); 'plain' when it shows none of the others and has no polite ending. */
export function sentenceClasses(tokens) {
  const out = new Set();
  const body = [...tokens];
  while (body.length && isTrailingNoise(body[body.length - 1])) body.pop();
  if (!body.length) return out;
  for (const t of tokens) {
    if (SLANG_WORDS.has(t.surface_form) && !(t.surface_form === 'じゃ' && t.pos !== '接続詞')) out.add('slang');
    if (CONTRACTED.has(t.basic_form) || /縮約/u.test(t.conjugated_form ?? '')) out.add('contraction');
    if (t.surface_form === 'ん' && t.pos === '名詞' && t.pos_detail_1 === '非自立') out.add('contraction');
    if (t.surface_form === 'じゃ' && t.pos !== '接続詞') out.add('contraction');
    if (t.surface_form === 'って' && t.pos === '助詞') out.add('contraction');
  }
  // The predicate's end, past any final particles.
  let i = body.length - 1;
  const last = body[i];
  if (last.pos === '助詞' && /終助詞/u.test(last.pos_detail_1) || last.surface_form === 'じゃん') out.add('particle');
  while (i > 0 && body[i].pos === '助詞' && /終助詞/u.test(body[i].pos_detail_1)) i--;
  const end = body[i];
  if ((end.pos === '助詞' && end.pos_detail_1 === '接続助詞' && /^(て|で)$/u.test(end.surface_form))
      || /^命令/u.test(end.conjugated_form ?? '')) out.add('request');
  const polite = body.some((t) => t.pos === '助動詞' && POLITE_AUX.has(t.basic_form))
    || body.some((t) => /^(ください|下さい|ございます|くださいませ)$/u.test(t.surface_form));
  if (polite) {
    // A final particle after です/ます is not casual; nor is a request ending in ください.
    out.delete('particle');
    out.delete('request');
  }
  if (!out.size && !polite) out.add('plain');
  return out;
}

/** The classes of a whole segment, in CASUAL_CLASSES order; 'plain' only when no sentence shows another. */
export async function segmentClasses(text, root = '.') {
  const t = await tokenizer(root);
  const all = new Set();
  for (const s of sentences(text)) for (const c of sentenceClasses(t.tokenize(s))) all.add(c);
  if (all.size > 1) all.delete('plain');
  return CASUAL_CLASSES.filter((c) => all.has(c));
}

/** Clearly casual: some class beyond plain-form endings (a particle, contraction, slang word or bare request). */
export const clearlyCasual = (classes) => classes.some((c) => c !== 'plain');
