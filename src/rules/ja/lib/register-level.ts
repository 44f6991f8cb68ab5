// Spoken-level slips in a sentence that is otherwise in です/ます, read from the kuromoji tokens and the
// sentence facts rather than from phrases: a polite ending softened with a chatty particle (送りますね,
// 損ですよ), a hedging suffix of speech (原因っぽい,
// 遅れるみたい), a polite "let's" pressed on the reader (お話ししましょう！), and a topic sentence whose copula
// is dropped as in a memo (良品は来週再出荷予定。). Each slip carries the written form that replaces it.
// naiDesu (the plain negative carried by です: 在庫はないです) is read here too, for ja.register.casual-to-client.
import type { JaSentenceFacts } from '../../../engine/analysis/ja';
import type { Sentence, Token } from '../../../engine/types';
import { conjugate, masuStem, voicedTa } from '../../../engine/analysis/ja-conjugate';
import { finalPredicate } from '../../../engine/analysis/ja-predicate';
import { classicalOrder } from './classical-order';
import { inQuotes } from './text';

export type SlipKind =
  'chatty-particle' | 'hedge-suffix' | 'lets' | 'short-volitional' | 'dropped-copula' | 'nashi' | 'bare-polite-question' | 'na-no' | 'plain-reason' | 'memo-directive' | 'classical-order';

export interface LevelSlip {
  kind: SlipKind;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** What replaces start..end. */
  text: string;
}

/** Particles that make a polite ending chatty when they close the sentence (ますね, ですよ, ですよね). */
const CHATTY = new Set(['よ', 'ね', 'よね', 'な', 'わ', 'ねー', 'よー', 'ねぇ', 'なぁ']);
/** The particles that stay polite after です/ます (お送りしますね, ですよね, いいですよ). */
const POLITE_WARMTH = new Set(['ね', 'よ', 'よね']);

export function levelSlips(s: Sentence, f: JaSentenceFacts): LevelSlip[] {
  const tokens = s.tokens;
  if (!tokens) return [];
  const out: LevelSlip[] = [];
  const rel = (t: Token) => t.start - s.start;
  const quoted = (a: number, b: number) => inQuotes(f.quotes, a, b);

  // 問題なかったよ / 送るね / 大丈夫だよね: a plain sentence closed by a particle of conversation (casual-to-client
  // offers the polite predicate where it has one, and this gives way to it there). The filler そうですね (agreeing)
  // opens a written reply too, and a て-form with ね is the request's (確認してね).
  // Round 22: after です/ます, ね / よ / よね are the warmth of polite Japanese (お送りしますね, 進んでいますよね,
  // それでいいですよ), not a slip of level: of the sentences to a client or prospect in the development corpora whose
  // only casual mark was that particle, writers labelled 4 (準備しておきますね, お送りしますね, またかけますね, 損ですよ)
  // and left 10 unlabelled (設定しておきますね, ご連絡しますね, 確認してみますね, ネックになりますよね, 進んでいますよね,
  // 一番人気の柄なんですよ …), set X 4 more (しますね ×3, いいですよ). The chat particles of speech (ですわ, ますなぁ,
  // ですねー) stay slips.
  const m = f.main;
  const particles = f.finalParticles;
  const politeWarmth = f.level === 'polite' && particles.every((p) => POLITE_WARMTH.has(p.text));
  if (particles.length && particles.every((p) => CHATTY.has(p.text)) && !(m && (m.quoted || m.head === 'そう')) && f.level !== 'te' && !politeWarmth) {
    const first = particles[0]!;
    const last = particles[particles.length - 1]!;
    if (!quoted(first.start, last.end)) out.push({ kind: 'chatty-particle', start: first.start, end: last.end, text: f.question && f.level === 'polite' ? 'か' : '' });
  }

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    // 原因っぽいです / 遅れるみたいです: hedges of speech; writing says のよう / よう.
    const ppoi = t.pos === '形容詞' && t.pos1 === '接尾' && t.base === 'っぽい';
    const mitai = t.surface === 'みたい' && t.pos === '名詞' && t.pos1 === '非自立';
    if ((ppoi || mitai) && prev && !quoted(rel(t), rel(t) + t.surface.length)) {
      const afterNoun = prev.pos === '名詞';
      const stem = afterNoun ? 'のよう' : 'よう';
      // っぽい is an adjective and ends a clause itself (原因っぽい。 雨っぽいんで): its written form needs です or な.
      const tail = !ppoi || (next && /^(?:です|だ|で|な|に)$/.test(next.surface)) ? '' : !next || next.pos === '記号' ? 'です' : 'な';
      out.push({ kind: 'hedge-suffix', start: rel(t), end: rel(t) + t.surface.length, text: stem + tail });
    }
  }

  // お話ししましょう！ / 見に行きましょう！: "let's" with an exclamation presses the reader's agreement; an
  // offer asks (〜しませんか). A calm ましょう agreeing to a plan (その案で進めましょう。) is a normal reply.
  if (m && !m.quoted && m.volitional && m.politeness.includes('polite') && !f.question && m.ending === 'final' && /[！!]\s*$/.test(s.text)) {
    const mashou = tokens.findIndex((t, k) => k >= m.from && k < m.to && t.base === 'ます' && t.cForm.startsWith('未然ウ'));
    if (mashou >= 0) {
      const u = tokens[mashou + 1];
      const end = u && u.base === 'う' ? u.end - s.start : tokens[mashou]!.end - s.start;
      const bang = /^[！!]+/.exec(s.text.slice(end))?.[0] ?? '';
      if (bang) out.push({ kind: 'lets', start: rel(tokens[mashou]!), end: end + bang.length, text: 'ませんか。' });
    }
  }

  const shortLets = shortVolitional(s);
  if (shortLets && !quoted(shortLets.start, shortLets.end)) out.push(shortLets);

  const dropped = droppedCopula(s, f) ?? formalNounEnding(s, f);
  if (dropped) out.push(dropped);
  const order = classicalOrder(s, f);
  const orderSlip: LevelSlip | undefined = order && { kind: 'classical-order', ...order };
  for (const slip of [nashiEnding(s, f), barePoliteQuestion(s, f), naNoEnding(s, f), memoDirective(s, f) ?? orderSlip]) if (slip) out.push(slip);
  out.push(...plainReasons(s, f));
  return out;
}

/** What may follow a clipped volitional to the end of the sentence: っか, a particle of talk, the closing marks. */
const AFTER_SHORT_VOLITIONAL = /^(?:っ?か|ね|よ|な)?[。．！!？?〜～ー\s]*$/u;

/**
 * Round 24: 確認しよ。 / 話そ！ / 行こっか: a verb in its volitional stem (未然ウ接続) closing the sentence with the
 * う/よう of the volitional dropped: the clipped "let's" of friends' chat. Writing to a client says
 * 〜しましょう, or better asks. A full しよう is a plain volitional, the plain-form rules' business.
 */
function shortVolitional(s: Sentence): LevelSlip | undefined {
  const tokens = s.tokens!;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos !== '動詞' || !t.cForm.startsWith('未然ウ')) continue;
    const next = tokens[k + 1];
    if (next && next.pos === '助動詞') return undefined;
    const end = t.end - s.start;
    if (!AFTER_SHORT_VOLITIONAL.test(s.text.slice(end))) return undefined;
    const stem = masuStem(t.base, t.cType);
    if (!stem) return undefined;
    const tail = /^っ?か/.exec(s.text.slice(end))?.[0];
    return { kind: 'short-volitional', start: t.start - s.start, end: end + (tail?.length ?? 0), text: `${stem}ましょう${tail ? 'か' : ''}` };
  }
  return undefined;
}

/**
 * Round 47: a noun's reason left hanging on the copula's な (エンジニアがみんなドイツ研修なので。) is the same slip as
 * かかるので。: its polite form is ですので. The chain is that な alone, which has no finished form of its own to classify.
 */
function nounReason(fp: ReturnType<typeof finalPredicate>, conj: string, hanging: boolean): ReturnType<typeof finalPredicate> {
  const only = fp.chain.length === 1 ? fp.chain[0]! : undefined;
  if (fp.polite || !hanging || conj !== 'ので' || !only || only.base !== 'だ' || only.surface !== 'な') return fp;
  return { ...fp, start: only.start, end: only.end, polite: 'です' };
}

/** The conjunctions of reason and contrast a plain clause can end on. */
const REASON_CONJ = /^(?:から|ので|けど|けれど|けれども)$/;

/**
 * A plain clause of reason to a client: one the sentence hangs on with its main clause left unsaid (3週間かかる
 * ので。 在庫が少ないから。), or a plain から before a polite main clause (プランもあるから、お知らせください) —
 * から after a plain form is spoken, where writing has ますから / ですので. A plain ので before a polite main
 * clause (在庫が少ないので、お早めにご注文ください) is ordinary written Japanese and stays clean; a plain けど
 * is ja.register.casual-to-client's.
 */
function plainReasons(s: Sentence, f: JaSentenceFacts): LevelSlip[] {
  const tokens = s.tokens!;
  const out: LevelSlip[] = [];
  const mainPolite = !!f.main && !f.main.quoted && f.main.politeness.some((p) => p !== 'plain');
  for (const p of f.predicates) {
    if (p.quoted || !p.politeness.every((x) => x === 'plain')) continue;
    const conj = tokens[p.to];
    if (!conj || conj.pos !== '助詞' || conj.pos1 !== '接続助詞' || !(REASON_CONJ.test(conj.surface) || conj.surface === 'し')) continue;
    // し lists reasons only before a bare close (終わったし、問題なし。); a hanging or spliced し is other rules' business.
    if (conj.surface === 'し' && bareClose(s, f, p.ending, p.to) === undefined) continue;
    const rest = s.text.slice(conj.end - s.start);
    const hanging = p.main && p.trailing === conj.surface && /^[。．！!]?\s*$/.test(rest);
    const karaBeforePolite = !p.main && p.ending === 'conjunctive' && conj.surface === 'から' && mainPolite && /^[、,，]/.test(rest);
    const close = hanging || karaBeforePolite ? undefined : bareClose(s, f, p.ending, p.to);
    if (!hanging && !karaBeforePolite && close === undefined) continue;
    const fp = nounReason(finalPredicate(tokens.slice(0, p.to)), conj.surface, hanging);
    if (!fp.polite || fp.start === undefined || fp.end === undefined || inQuotes(f.quotes, fp.start - s.start, conj.end - s.start)) continue;
    const start = fp.start - s.start;
    if (close !== undefined) {
      // 取ったから大丈夫。 → 取りましたので大丈夫です。: the reason made polite, the bare word given its です.
      const conjText = conj.surface === 'から' ? 'ので' : /^けど|^けれど/.test(conj.surface) ? 'が' : conj.surface;
      out.push({ kind: 'plain-reason', start, end: close, text: `${fp.polite}${conjText}${s.text.slice(conj.end - s.start, close)}です` });
      continue;
    }
    if (karaBeforePolite) {
      // The plain ので that writing uses before a polite main clause: あるので, 休みなので.
      const plain = s.text.slice(start, conj.start - s.start).replace(/だ$/, 'な');
      out.push({ kind: 'plain-reason', start, end: conj.end - s.start, text: `${plain}ので` });
      continue;
    }
    // A hanging reason keeps its conjunction on the polite form (かかりますので。); けど becomes が.
    const conjText = /^けど|^けれど/.test(conj.surface) ? 'が' : conj.surface;
    out.push({ kind: 'plain-reason', start, end: conj.end - s.start, text: fp.polite + conjText });
  }
  return out;
}

/**
 * Round 32: 船の予約はもう取ったから大丈夫。 / 部品は揃ったので安心。 / 見積もりは出したから、あとは待つだけ。: a plain reason
 * clause (its predicate's ending conjunctive, then から/ので/けど/し) and the sentence closed on a bare word — a noun or
 * a particle, no predicate of its own — with no です/ます anywhere in it: the whole sentence is talk, where the reason
 * clause before a polite close (取りましたから大丈夫です) or a noun-modifying one (昨日取った予約は) is writing. Returns the
 * sentence-relative end of the bare close, or undefined. A question and a quotation closing the sentence are left.
 */
function bareClose(s: Sentence, f: JaSentenceFacts, ending: string, conjAt: number): number | undefined {
  if (ending !== 'conjunctive' || f.main || f.level !== 'fragment' || f.question) return undefined;
  const tokens = s.tokens!;
  if (tokens.some((t) => t.pos === '助動詞' && (t.base === 'です' || t.base === 'ます'))) return undefined;
  let k = tokens.length - 1;
  while (k > conjAt && (tokens[k]!.pos === '記号' || /^\s+$/.test(tokens[k]!.surface))) k--;
  if (k <= conjAt) return undefined;
  // Only closing marks may follow the close (a 」 after it is a quotation's end).
  if (!/^[。．！!\s]*$/.test(s.text.slice(tokens[k]!.end - s.start))) return undefined;
  const last = tokens[k]!;
  const bare = (last.pos === '名詞' && last.pos1 !== '非自立') || (last.pos === '助詞' && last.pos1 === '副助詞');
  if (!bare) return undefined;
  // The words after the conjunction carry no predicate (a plain one is the plain-statement rules' to read).
  if (f.predicates.some((q) => q.from > conjAt && q.ending !== 'attributive')) return undefined;
  return last.end - s.start;
}

/** The last token before the closing 。/？ and the closer itself, or undefined when the sentence has none. */
function closing(s: Sentence, closers: RegExp): { k: number; closer: Token } | undefined {
  const tokens = s.tokens!;
  let k = tokens.length - 1;
  while (k >= 0 && /^\s+$/.test(tokens[k]!.surface)) k--;
  const closer = tokens[k];
  if (!closer || !closers.test(closer.surface)) return undefined;
  return { k: k - 1, closer };
}

/**
 * Formal nouns that carry a plain verb as a sentence's point (据え置きにするつもり。 伺う予定。 届くはず。): with
 * no です after them the sentence is a memo line.
 */
const FORMAL_ENDINGS = new Set(['つもり', 'はず', '予定', '見込み', '模様', '方針', '感じ']);

/**
 * 価格は据え置きにするつもり。 / 来週お伺いする予定。 / 明日には届くはず。: a plain verb or adjective modifying a
 * formal noun that closes the sentence with 。 — the copula dropped after a clause, as in a memo. A label line
 * (予定：未定), a heading or a list item is the caller's to leave.
 */
function formalNounEnding(s: Sentence, f: JaSentenceFacts): LevelSlip | undefined {
  if (f.question || /[：:]/.test(s.text)) return undefined;
  const c = closing(s, /^。$/);
  if (!c || c.k < 1) return undefined;
  const tokens = s.tokens!;
  const last = tokens[c.k]!;
  const before = tokens[c.k - 1]!;
  if (last.pos !== '名詞' || !FORMAL_ENDINGS.has(last.surface)) return undefined;
  const attributive = (before.pos === '動詞' || before.pos === '形容詞' || (before.pos === '助動詞' && /^(?:た|ない|ぬ|ん)$/.test(before.base))) && before.cForm === '基本形';
  if (!attributive) return undefined;
  const rel = last.start - s.start;
  if (inQuotes(f.quotes, rel, rel + last.surface.length)) return undefined;
  return { kind: 'dropped-copula', start: rel, end: rel + last.surface.length, text: `${last.surface}です` };
}

/**
 * 納品は予定通りで問題なし。 / 検査結果は異常なし。: the literary なし closing a sentence to a client is a memo's
 * or a checklist's word; a letter says ありません. A label (持ち物：特になし) or a line without 。 is left.
 */
function nashiEnding(s: Sentence, f: JaSentenceFacts): LevelSlip | undefined {
  if (f.question || /[：:]/.test(s.text)) return undefined;
  const c = closing(s, /^。$/);
  if (!c || c.k < 1) return undefined;
  const t = s.tokens![c.k]!;
  if (t.surface !== 'なし' || t.base !== 'ない' || t.pos !== '形容詞') return undefined;
  if (!s.tokens!.slice(0, c.k).some((x) => x.pos === '名詞')) return undefined;
  const rel = t.start - s.start;
  if (inQuotes(f.quotes, rel, rel + 2)) return undefined;
  return { kind: 'nashi', start: rel, end: rel + 2, text: 'ありません' };
}

/**
 * 来週あたり会いません？ / 明日は来られます？ / 大丈夫です？: a polite predicate asked with ？ alone, without
 * か — how people ask across a desk; in a letter the question takes か.
 */
function barePoliteQuestion(s: Sentence, f: JaSentenceFacts): LevelSlip | undefined {
  const m = f.main;
  if (!m || m.quoted || f.level !== 'polite' || f.finalParticles.length) return undefined;
  const c = closing(s, /^[？?]+$/);
  if (!c || c.k < 0) return undefined;
  const t = s.tokens![c.k]!;
  const polite = (t.pos === '助動詞' && (t.base === 'ます' || t.base === 'です')) || (t.pos === '助動詞' && /^(?:ん|た)$/.test(t.base) && s.tokens!.slice(m.from, c.k).some((x) => x.base === 'ます' || x.base === 'です'));
  if (!polite) return undefined;
  const end = c.closer.end - s.start;
  const last = t.end - s.start;
  if (inQuotes(f.quotes, m.start, end) || m.start >= last) return undefined;
  return { kind: 'bare-polite-question', start: m.start, end, text: `${s.text.slice(m.start, last)}か${c.closer.surface}` };
}

/**
 * もう発送済みなの。 / 来週は休みなのよ。: a noun with な and the explaining の closing a statement is talk; a
 * letter says です.
 */
function naNoEnding(s: Sentence, f: JaSentenceFacts): LevelSlip | undefined {
  if (f.question) return undefined;
  const tokens = s.tokens!;
  const c: { k: number } = closing(s, /^[。！!]$/) ?? { k: tokens.length - 1 };
  let k = c.k;
  while (k >= 0 && tokens[k]!.pos === '助詞' && tokens[k]!.pos1 === '終助詞' && /^(?:よ|ね)$/.test(tokens[k]!.surface)) k--;
  const no = tokens[k];
  const na = tokens[k - 1];
  const noun = tokens[k - 2];
  if (!no || !na || !noun || no.surface !== 'の' || no.pos1 !== '終助詞' || na.surface !== 'な' || na.base !== 'だ' || noun.pos !== '名詞') return undefined;
  const rel = na.start - s.start;
  const end = tokens[c.k]!.end - s.start;
  if (inQuotes(f.quotes, rel, end)) return undefined;
  return { kind: 'na-no', start: rel, end, text: 'です' };
}

/** Nouns that close a written sentence by custom (以上。 ご参考まで is a particle anyway). */
const SET_CLOSERS = new Set(['以上', '次第', '所存', '限り', 'とおり', '通り']);

/**
 * 良品は来週再出荷予定。 / 原因は現在調査中。 / 本件は対応済み。: a topic (は/が/も) and a noun that should
 * carry です, written with 。 as a finished sentence — a memo's shorthand in a letter. A line without 。,
 * a label (納期：3月5日), a list item or a heading is terse by nature and is left to the caller.
 */
function droppedCopula(s: Sentence, f: JaSentenceFacts): LevelSlip | undefined {
  const tokens = s.tokens!;
  if (f.predicates.length || f.question || /[：:]/.test(s.text)) return undefined;
  let k = tokens.length - 1;
  if (k < 2 || tokens[k]!.surface !== '。') return undefined;
  k--;
  const last = tokens[k]!;
  if (last.pos !== '名詞' || last.pos1 === '非自立' || last.pos1 === '代名詞' || last.pos1 === '数' || SET_CLOSERS.has(last.surface)) return undefined;
  // 出席は私と中島の2名。 / 参加者は5社。: a count closing the line answers how many, as a list line does.
  if (last.pos1 === '接尾' && last.pos2 === '助数詞' && tokens[k - 1]?.pos1 === '数') return undefined;
  // A noun with 中 / 済み / 予定 suffixes is still the noun phrase's head: 調査中, 対応済み.
  const topic = tokens.findIndex((t) => t.pos === '助詞' && (t.surface === 'は' || t.surface === 'が' || t.surface === 'も') && t.pos1 !== '接続助詞');
  if (topic < 1 || topic >= k) return undefined;
  // The topic must be a noun phrase (良品は, 原因は), not a greeting's 本日は alone before a thanks noun.
  if (tokens[topic - 1]!.pos !== '名詞') return undefined;
  const rel = last.start - s.start;
  if (inQuotes(f.quotes, rel, rel + last.surface.length)) return undefined;
  return { kind: 'dropped-copula', start: rel, end: rel + last.surface.length, text: `${last.surface}です` };
}

/**
 * 後継品はないです / 要らないです / 受けられないです / 在庫はなかったです: the plain negative ない made polite
 * with です instead of 〜ません / ありません, as people speak. ないでしょうか is a polite question of its own, and
 * an adjective that merely ends in ない (少ないです, もったいないです) is one word, written so.
 * Returns each slip with its written form (要りません, ありませんでした); offsets relative to the sentence.
 */
export function naiDesu(s: Sentence, quotes: Array<[number, number]>): Array<{ start: number; end: number; text: string }> {
  const tokens = s.tokens;
  if (!tokens) return [];
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.base !== 'ない' || !(t.pos === '助動詞' || (t.pos === '形容詞' && t.pos1 === '自立'))) continue;
    const past = t.surface === 'なかっ' && tokens[k + 1]?.base === 'た';
    const desu = tokens[k + (past ? 2 : 1)];
    const deshita = !past && desu?.surface === 'でし' && tokens[k + 2]?.base === 'た';
    if (!desu || (desu.surface !== 'です' && !deshita)) continue;
    const end = (deshita ? tokens[k + 2]! : desu).end - s.start;
    const prev = tokens[k - 1]!;
    const tail = past || deshita ? 'ませんでした' : 'ません';
    let start = t.start - s.start;
    let text = `あり${tail}`;
    if (prev.pos === '動詞') {
      // 出せないです → 出せません: the verb's ます stem carries the negative.
      const stem = masuStem(prev.base, prev.cType);
      if (!stem) continue;
      start = prev.start - s.start;
      text = stem + tail;
    } else if (prev.pos === '形容詞' || prev.pos === '助動詞') continue;
    if (inQuotes(quotes, start, end)) continue;
    out.push({ start, end, text });
  }
  return out;
}

/**
 * 詳細は別紙参照のこと。 / 期日までに提出すること。 / 私物を持ち込まないこと。: an instruction closed by the formal noun
 * こと, the style of a notice or an internal memo. A letter asks a client: ご参照ください, 提出してください,
 * 持ち込まないでください. Read from the tokens: こと closing the sentence after a サ変 noun + の or after a plain
 * verb (or its ない) in its dictionary form; とのこと (hearsay) is reported speech, not an instruction.
 */
function memoDirective(s: Sentence, f: JaSentenceFacts): LevelSlip | undefined {
  if (f.question || /[：:]/.test(s.text)) return undefined;
  const c = closing(s, /^。$/);
  if (!c || c.k < 2) return undefined;
  const tokens = s.tokens!;
  const koto = tokens[c.k]!;
  if (koto.surface !== 'こと' || koto.pos !== '名詞' || koto.pos1 !== '非自立') return undefined;
  // 大切なのは、声を聞くこと。: a cleft (…のは / …ことは) defines, it does not instruct.
  if (tokens.some((t, k) => k < c.k && t.pos === '名詞' && t.pos1 === '非自立' && (t.surface === 'の' || t.surface === 'こと') && tokens[k + 1]?.surface === 'は')) return undefined;
  const before = tokens[c.k - 1]!;
  const end = koto.end - s.start;
  let start: number;
  let text: string;
  if (before.surface === 'の' && before.pos1 === '連体化') {
    const noun = tokens[c.k - 2]!;
    if (noun.pos !== '名詞' || noun.pos1 !== 'サ変接続') return undefined;
    const prefix = tokens[c.k - 3];
    const prefixed = prefix?.pos === '接頭詞' && /^[おご御]$/.test(prefix.surface);
    start = (prefixed ? prefix!.start : noun.start) - s.start;
    text = `${prefixed ? prefix!.surface : 'ご'}${noun.surface}ください`;
  } else if (before.pos === '助動詞' && before.base === 'ない' && before.cForm === '基本形' && tokens[c.k - 2]?.pos === '動詞') {
    const verb = tokens[c.k - 2]!;
    start = verb.start - s.start;
    text = `${verb.surface}ないでください`;
  } else if (before.pos === '動詞' && before.pos1 === '自立' && before.cForm === '基本形') {
    const stem = conjugate(before.base, before.cType, '連用タ接続');
    if (!stem) return undefined;
    const noun = tokens[c.k - 2];
    const suru = before.base === 'する' && noun?.pos === '名詞' && noun.pos1 === 'サ変接続';
    start = (suru ? noun!.start : before.start) - s.start;
    text = `${suru ? noun!.surface : ''}${stem}${voicedTa(before.cType) ? 'で' : 'て'}ください`;
  } else return undefined;
  if (inQuotes(f.quotes, start, end)) return undefined;
  return { kind: 'memo-directive', start, end, text };
}
