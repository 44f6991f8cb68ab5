// Verbs whose meaning is "no" (お断りする, 辞退する, ご遠慮いただく), read from the kuromoji tokens in any form
// the writer conjugates them to — お断りしています, お断りしております, お断りさせていただいております, 断っております,
// お断りしている状況です — where a list of phrases holds only the forms someone thought of. The verb must carry
// the sentence to its end through auxiliaries alone: stated, present, not negated (お断りしません promises the
// opposite), not asked, not past (先日お断りしました reports), not a clause that goes on (お断りしてしまい、…),
// not a noun it modifies (お断りしている会社様も多い).
import type { Token } from '../../../engine/types';

export interface SaysNo {
  /** Absolute offsets of the predicate: from the verb (or its お / ご) to the last auxiliary. */
  start: number;
  end: number;
}

/** The content of a "no" verb: the サ変 noun or the verb's dictionary form. */
const NO_NOUNS = new Set(['断り', 'お断り', '辞退', '遠慮']);
const NO_VERBS = new Set(['断る', '辞退']);
/** What may follow the verb up to the end: する/いたす/させる/いただく/おる/いる/申し上げる and auxiliaries. */
const CHAIN_VERBS = new Set(['する', 'いたす', '致す', 'させる', 'せる', 'いただく', '頂く', 'おる', 'いる', '申し上げる', '願う']);
const CHAIN_AUX = new Set(['ます', 'です', 'だ', 'ござる']);
/** A noun that ends a stated predicate with its copula: お断りしている状況です, お断りしている次第です. */
const STATE_NOUNS = new Set(['状況', '次第', 'ところ', '所']);
/** Auxiliaries that undo the statement: negation, past, wish, conjecture. */
const UNDOING = new Set(['ない', 'ぬ', 'ん', 'た', 'たい', 'う', 'まい', 'らしい']);

/** ご遠慮 alone is a no only as a request the writer states as practice (ご遠慮いただいております). */
function needsRequestVerb(noun: Token): boolean {
  return noun.surface === '遠慮';
}

export function saysNoPredicates(tokens: readonly Token[]): SaysNo[] {
  const out: SaysNo[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const noun = t.pos === '名詞' && NO_NOUNS.has(t.surface);
    const verb = t.pos === '動詞' && NO_VERBS.has(t.base);
    if (!noun && !verb) continue;
    const prefix = tokens[i - 1]?.pos === '接頭詞' && /^[おご御]$/.test(tokens[i - 1]!.surface) ? tokens[i - 1] : undefined;
    // 遠慮 without ご is the writer's own reserve (遠慮なく, 遠慮します): only ご遠慮 asks the client to refrain.
    if (t.surface === '遠慮' && !prefix) continue;
    let sawVerb = verb;
    let sawRequest = false;
    let end = t.end;
    let j = i + 1;
    let ok = true;
    for (; j < tokens.length; j++) {
      const u = tokens[j]!;
      if (u.pos === '記号' || (u.pos === '助詞' && u.pos1 === '終助詞' && u.surface !== 'か')) break;
      if (u.pos === '助動詞') {
        if (UNDOING.has(u.base)) { ok = false; break; }
        if (!CHAIN_AUX.has(u.base)) { ok = false; break; }
      } else if (u.pos === '動詞' && CHAIN_VERBS.has(u.base)) {
        sawVerb = true;
        if (u.base === 'いただく' || u.base === '頂く' || u.base === '願う') sawRequest = true;
        // 〜ください / 〜いただけますか: asked, not stated (the potential いただける is its own verb in IPADIC).
      } else if (u.pos === '助詞' && u.pos1 === '接続助詞' && u.surface === 'て') {
        // a て that links to おる / いる / いただく stays in the chain; a て that ends a clause is checked below.
      } else if (u.pos === '名詞' && STATE_NOUNS.has(u.surface) && sawVerb) {
        // お断りしている状況です: only its copula may follow.
      } else {
        ok = false;
        break;
      }
      end = u.end;
    }
    if (!ok || !sawVerb) continue;
    // The chain must reach the sentence's end (a final mark or nothing), not stop at a て or a bare stem.
    const last = tokens[j - 1]!;
    if (last.pos === '助詞' || last.cForm.startsWith('連用')) continue;
    if (tokens[j] && tokens[j]!.pos !== '記号' && !(tokens[j]!.pos === '助詞' && tokens[j]!.pos1 === '終助詞' && tokens[j]!.surface !== 'か')) continue;
    if (needsRequestVerb(t) && !sawRequest) continue;
    out.push({ start: (prefix ?? t).start, end });
  }
  return out;
}
