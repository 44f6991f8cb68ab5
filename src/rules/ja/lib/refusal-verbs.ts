// Verbs whose meaning is "no" (お断りする, 辞退する, ご遠慮いただく), read from the kuromoji tokens in any form
// the writer conjugates them to — お断りしています, お断りしております, お断りさせていただいております, 断っております,
// お断りしている状況です — where a list of phrases holds only the forms someone thought of. The verb must carry
// the sentence to its end through auxiliaries alone: stated, present, not negated (お断りしません promises the
// opposite), not asked, not past (先日お断りしました reports), not a clause that goes on (お断りしてしまい、…),
// not a noun it modifies (お断りしている会社様も多い).
import { conjugate } from '../../../engine/analysis/ja-conjugate';
import type { Token } from '../../../engine/types';

export interface SaysNo {
  /** Absolute offsets of the predicate: from the verb (or its お / ご) to the last auxiliary. */
  start: number;
  end: number;
  /**
   * A no only when it answers what the client asked for: a verb of forgoing (参加を見合わせます) also suspends a service
   * of ours as news (出荷を見合わせております), which turns down nothing.
   */
  needsAsk?: boolean;
  /** The softened predicate for a verb of forgoing (見合わせさせていただきたく存じます), polite and plain. */
  softened?: { polite: string; plain: string };
}

/** The content of a "no" verb: the サ変 noun or the verb's dictionary form. */
const NO_NOUNS = new Set(['断り', 'お断り', '辞退', '遠慮']);
const NO_VERBS = new Set(['断る', '辞退']);
/**
 * Verbs of forgoing an act (見合わせる, 見送る, 控える): 参加を見合わせます / 導入は見送ります / 回答は控えさせていただきます
 * turn the act down when the client asked for it; told of our own accord (出荷を見合わせております) they are news.
 */
// 見合わせる's own humble form reads as a suspension announced after あいにく (a bad-news cue), so it is softened to 見送る's.
const FORGO_VERBS = new Map([
  ['見合わせる', '見送らせていただきたく'],
  ['見送る', '見送らせていただきたく'],
  ['控える', '控えさせていただきたく'],
]);
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
    const forgo = t.pos === '動詞' && t.pos1 === '自立' && FORGO_VERBS.has(t.base);
    const verb = (t.pos === '動詞' && NO_VERBS.has(t.base)) || forgo;
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
    const humble = forgo ? FORGO_VERBS.get(t.base)! : undefined;
    out.push({ start: (prefix ?? t).start, end, ...(humble ? { needsAsk: true, softened: { polite: `${humble}存じます`, plain: humble } } : {}) });
  }
  return out;
}

/** Nouns of an intention: a plan, a schedule, a mind to do something. */
const PLAN_NOUNS = new Set(['予定', '計画', 'つもり', '考え', '意向']);
/** The copula-less existence a plan is denied with: ありません / ございません / ない / ないです. */
const EXIST = new Set(['ある', 'ござる', 'ない']);

/**
 * An act of ours that is not planned (追加の予定はありません, 開発予定はございません, 提供する計画もございません, 再開する
 * つもりはない): an act — a サ変 noun, alone or with の, or a verb in its plain form — heading a noun of intention
 * (PLAN_NOUNS) that is the topic (は / も) of a denied existence ending the sentence. From the tokens: whatever the act is
 * called. Whether it answers the client or reassures them (値上げの予定はございません) is flatRefusals' call, reading the
 * act before `start` (the plan noun, where the softened 予定が立っておりません takes over).
 */
export function plansDenied(tokens: readonly Token[]): SaysNo[] {
  const out: SaysNo[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const plan = tokens[i]!;
    if (plan.pos !== '名詞' || !PLAN_NOUNS.has(plan.surface)) continue;
    let a = i - 1;
    if (tokens[a]?.surface === 'の' && tokens[a]!.pos === '助詞') a--;
    const act = tokens[a];
    const isAct = !!act && ((act.pos === '名詞' && act.pos1 === 'サ変接続') || (act.pos === '動詞' && act.cForm === '基本形'));
    // 追加の予定はありません / 対応予定がありません / 提供する計画もございません: the plan as topic or as subject.
    if (!isAct || !/^(?:は|も|が)$/.test(tokens[i + 1]!.surface)) continue;
    const exist = tokens[i + 2]!;
    if (!EXIST.has(exist.base) || (exist.pos !== '動詞' && exist.pos !== '形容詞' && exist.pos !== '助動詞')) continue;
    let j = i + 3;
    let negated = exist.base === 'ない';
    let end = exist.end;
    for (; j < tokens.length; j++) {
      const u = tokens[j]!;
      if (u.pos !== '助動詞') break;
      if (u.base === 'た' || u.base === 'う') { negated = false; break; }
      if (u.base === 'ん' || u.base === 'ない') negated = true;
      end = u.end;
    }
    if (!negated) continue;
    // The denial must end the sentence: a final mark, a final particle other than か, or nothing.
    const next = tokens[j];
    if (next && next.pos !== '記号' && !(next.pos === '助詞' && next.pos1 === '終助詞' && next.surface !== 'か')) continue;
    out.push({ start: plan.start, end });
  }
  return out;
}

/** Nouns of a plan a thing can be in or out of: 計画, 予定, ロードマップ (two tokens in IPADIC), 構想. */
const PLAN_CONTAINERS = new Set(['予定', '計画', '構想', 'ロードマップ']);
/** Verbs of being in a plan, denied (含まれておりません, 入っていません, 入れておりません, 載っておりません). */
const IN_PLAN_VERBS = new Set(['含む', '含める', '入る', '入れる', '載る', '載せる']);

/**
 * A thing not in our plan (今期の計画にはございません, 開発計画に含まれておりません, ロードマップには入っていません): a plan
 * noun (PLAN_CONTAINERS) with に (は / も) and a denied existence or a denied verb of being in it, ending the sentence.
 * What it leaves out is the topic before it, whatever it is called: a no to it when the client asked for it (needsAsk:
 * 来週の出張は予定にありません is our diary). `start` is the plan noun, for a softened 〜には含まれておりません.
 */
export function notInPlan(tokens: readonly Token[]): (SaysNo & { plan: string })[] {
  const out: (SaysNo & { plan: string })[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== '名詞') continue;
    const two = t.surface === 'ロード' && tokens[i + 1]?.surface === 'マップ';
    if (!two && !PLAN_CONTAINERS.has(t.surface)) continue;
    let j = two ? i + 2 : i + 1;
    if (tokens[j]?.surface !== 'に' || tokens[j]!.pos !== '助詞') continue;
    j++;
    if (tokens[j]?.pos === '助詞' && /^(?:は|も)$/.test(tokens[j]!.surface)) j++;
    const verb = tokens[j];
    if (!verb) continue;
    const exists = EXIST.has(verb.base) && (verb.pos === '動詞' || verb.pos === '形容詞' || verb.pos === '助動詞');
    if (!exists && !(verb.pos === '動詞' && IN_PLAN_VERBS.has(verb.base))) continue;
    // 含ま｜れ｜て｜おり｜ませ｜ん: the passive stays in the chain too.
    const end = deniedStateEnd(tokens, j + 1, verb.end, verb.base === 'ない', true);
    if (end === undefined) continue;
    out.push({ start: t.start, end, plan: two ? 'ロードマップ' : t.surface });
  }
  return out;
}

/** Verdicts that are a no in themselves: 却下, 不採用, 否決, 不承認, 見送り, お断り, 謝絶, 不可 (不 + the noun counts too). */
const NO_VERDICTS = new Set(['却下', '否決', '見送り', '断り', 'お断り', '謝絶', '不可', '不採用', '不承認', '不許可', '不受理', 'NG', 'ＮＧ']);
const NO_VERDICT_VERBS = new Set(['見送る', '断る', '却下', '否決']);
/** Verdicts that are a yes, denied (承認されませんでした, 採用には至りませんでした). */
const YES_VERDICTS = new Set(['承認', '採用', '受理', '許可', '採択', '認める', '承諾', '認可']);
const isPassive = (t: Token | undefined) => !!t && t.pos === '動詞' && t.pos1 === '接尾' && /^(?:れる|られる)$/.test(t.base);

/**
 * The end of a chain of auxiliaries from `j` (ます, た, です, ん, ない), which must end the sentence: its end offset and
 * whether it denies, or undefined when something else follows (a clause goes on, a question).
 */
function chainEnd(tokens: readonly Token[], j: number, end: number): { end: number; negated: boolean } | undefined {
  let negated = false;
  for (; j < tokens.length && tokens[j]!.pos === '助動詞'; j++) {
    if (/^(?:ん|ない|ぬ)$/.test(tokens[j]!.base)) negated = true;
    if (/^(?:う|たい|らしい)$/.test(tokens[j]!.base)) return undefined;
    end = tokens[j]!.end;
  }
  const next = tokens[j];
  if (next && next.pos !== '記号' && !(next.pos === '助詞' && next.pos1 === '終助詞' && next.surface !== 'か')) return undefined;
  return { end, negated };
}

/**
 * A decision against something, told as what became of it (このリクエストは却下されました, 不採用となりました, 見送りと
 * なりました, 社内で見送られました, お断りすることになりました, 承認されませんでした, 採用には至りませんでした): a verdict of
 * no (NO_VERDICTS, or 不 + a noun) as the noun of なる / 決まる or in the passive, or a verdict of yes (YES_VERDICTS)
 * passive or reached (至る) and denied — at the end of the sentence, past or not. The decision is reported, not made by
 * the writer, so no cushion of theirs is in its verb; whether it answers the client is the rule's call (needsAsk).
 */
export function decidedAgainst(tokens: readonly Token[]): SaysNo[] {
  const out: SaysNo[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const prefix = tokens[i - 1];
    const no = (t.pos === '名詞' && (NO_VERDICTS.has(t.surface) || (prefix?.surface === '不' && NO_VERDICTS.has('不' + t.surface)))) ||
      (NO_VERDICT_VERBS.has(t.base) && (t.pos === '動詞' || t.pos1 === 'サ変接続'));
    const yes = YES_VERDICTS.has(t.base) && (t.pos === '動詞' || t.pos1 === 'サ変接続') && prefix?.surface !== '不';
    if (!no && !yes) continue;
    const start = (prefix && (prefix.surface === '不' || (prefix.pos === '接頭詞' && /^[おご御]$/.test(prefix.surface))) ? prefix : t).start;
    let j = i + 1;
    // さ｜れ (the passive of a サ変 noun's する) / 見送ら｜れ / 認め｜られ.
    if (tokens[j]?.base === 'する' && isPassive(tokens[j + 1])) j += 2;
    else if (t.pos === '動詞' && isPassive(tokens[j])) j += 1;
    else if (no && /^(?:する|いたす)$/.test(tokens[j]?.base ?? '') && tokens[j + 1]?.surface === 'こと' && /^[とに]$/.test(tokens[j + 2]?.surface ?? '') && tokens[j + 3]?.base === 'なる') j += 4;
    else if (no && t.pos === '動詞' && tokens[j]?.surface === 'こと' && /^[とに]$/.test(tokens[j + 1]?.surface ?? '') && tokens[j + 2]?.base === 'なる') j += 3;
    else if (no && t.pos === '名詞' && /^[とに]$/.test(tokens[j]?.surface ?? '') && tokens[j + 1]?.base === 'なる') j += 2;
    else if (no && t.pos === '名詞' && tokens[j]?.surface === 'が' && /^(?:決まる|決定)$/.test(tokens[j + 1]?.base ?? '')) j += 2;
    // Round 34: 不可と判断されました / NGと判定されました: the verdict named as what was judged, in the passive.
    else if (no && t.pos === '名詞' && tokens[j]?.surface === 'と' && /^(?:判断|判定|決定)$/.test(tokens[j + 1]?.base ?? '') && tokens[j + 2]?.base === 'する' && isPassive(tokens[j + 3])) j += 4;
    else if (yes && tokens[j]?.surface === 'に' && (tokens[j + 1]?.surface === 'は' ? tokens[j + 2] : tokens[j + 1])?.base === '至る') j += tokens[j + 1]?.surface === 'は' ? 3 : 2;
    else continue;
    // 決定いたしました / 決まりました: the verb itself.
    if (tokens[j - 1]?.base === '決定' && tokens[j]?.base === 'する') j++;
    const chain = chainEnd(tokens, j, tokens[j - 1]!.end);
    if (!chain || chain.negated !== yes) continue;
    out.push({ start, end: chain.end });
  }
  return [...out, ...approvalWithheld(tokens)];
}

/** Approvals an institution gives (稟議, 決裁, 承認, 許可, 審査, 認可, 了承, 承諾, 決済, OK, ゴーサイン). */
const APPROVALS = /^(?:稟議|決裁|決済|承認|許可|審査|認可|了承|承諾|OK|ＯＫ|ゴーサイン)$/;
/** Verbs of an approval coming through: 通る, 下りる (下る), 出る, 得る / 取る in the passive, 取れる. */
const COMES_THROUGH = /^(?:通る|下りる|下る|おりる|出る|取れる)$/;

/**
 * Round 34: an approval that did not come through (稟議が通りませんでした, 本社の決裁が下りませんでした, 社内の承認が得られません
 * でした, 許可が出ませんでした): an approval noun as the subject (が / は) of a verb of coming through, denied at the end of
 * the sentence — the institution's no, told without the verb of refusing. Whose approval it was (御社の稟議, 弊社が申請して
 * いた補助金) is the rule's call, as for decidedAgainst.
 */
function approvalWithheld(tokens: readonly Token[]): SaysNo[] {
  const out: SaysNo[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== '名詞' || !APPROVALS.test(t.surface) || !/^(?:が|は|も)$/.test(tokens[i + 1]!.surface)) continue;
    const v = tokens[i + 2]!;
    let j = i + 3;
    if (v.pos !== '動詞') continue;
    // The verb's ず form keeps the approval in the softened rewrite (決裁が下りず、お受けいたしかねることとなりました).
    let not: string | undefined;
    if (/^(?:得る|取る)$/.test(v.base) && isPassive(tokens[j])) {
      not = `${v.surface}${tokens[j]!.base === 'られる' ? 'られ' : 'れ'}ず`;
      j++;
    } else if (COMES_THROUGH.test(v.base)) {
      // 決裁が下り｜ませ｜ん: IPADIC reads 下り as 下る (godan), whose 下らず is another verb; the approval's is 下りる's 下りず.
      const a = v.base === '下る' ? '下り' : conjugate(v.base, v.cType, '未然形');
      not = a === undefined ? undefined : `${a}ず`;
    } else continue;
    const chain = chainEnd(tokens, j, tokens[j - 1]!.end);
    // 承認が得られませんでしたら: a condition (たら, なら), not what became of it.
    if (!chain || !chain.negated || tokens.some((u) => u.start >= v.start && u.end <= chain.end && /^(?:たら|なら|ば)$/.test(u.surface))) continue;
    const lead = `${t.surface}${tokens[i + 1]!.surface}`;
    out.push({ start: t.start, end: chain.end, ...(not ? { softened: { polite: `${lead}${not}、お受けいたしかねることとなりました`, plain: `${lead}${not}、お受けいたしかねることとなった` } } : {}) });
  }
  return out;
}

/**
 * The end of a verb's denied state from token `k` (設け｜て｜おり｜ませ｜ん): the て of a state and おる / いる (with
 * `passive`, れる / られる too) stay in the chain; a past or volitional auxiliary (た, う) leaves it undenied. The chain
 * must deny and end the sentence (a sign, a final particle other than か, or nothing after it); else undefined.
 */
function deniedStateEnd(tokens: readonly Token[], k: number, end: number, negated: boolean, passive: boolean): number | undefined {
  const stays = passive ? /^(?:れる|られる|おる|いる|てる)$/ : /^(?:おる|いる|てる)$/;
  for (; k < tokens.length; k++) {
    const u = tokens[k]!;
    if ((u.pos === '動詞' && (u.pos1 === '接尾' || u.pos1 === '非自立') && stays.test(u.base)) ||
      (u.pos === '助詞' && u.pos1 === '接続助詞' && /^(?:て|で)$/.test(u.surface))) { end = u.end; continue; }
    if (u.pos !== '助動詞') break;
    if (u.base === 'た' || u.base === 'う') return undefined;
    if (u.base === 'ん' || u.base === 'ない' || u.base === 'ぬ') negated = true;
    end = u.end;
  }
  if (!negated) return undefined;
  const next = tokens[k];
  if (next && next.pos !== '記号' && !(next.pos === '助詞' && next.pos1 === '終助詞' && next.surface !== 'か')) return undefined;
  return end;
}

/** Nouns of an exception made for one client: 例外 (例外扱い, 例外措置), 特例. */
const EXCEPTION_NOUNS = new Set(['例外', '特例']);

/**
 * A standing no to exceptions (例外は設けておりません, 特例は認めていません, 例外扱いはしておりません): an exception noun as
 * the topic or object (は / を / も) of any verb of ours, negated and not past, ending the sentence. A policy stated this
 * way turns down whatever exception was asked for; whether one was is the rule's call (`needsAsk`). `start` is the
 * verb, `stem` its ます stem (設け, 認め) for the softened 設けかねます.
 */
export function exceptionsDenied(tokens: readonly Token[]): (SaysNo & { verb: Token })[] {
  const out: (SaysNo & { verb: Token })[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.pos !== '名詞' || !EXCEPTION_NOUNS.has(tokens[i]!.surface)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.pos === '名詞' && j - i < 3) j++;
    if (tokens[j]?.pos !== '助詞' || !/^(?:は|を|も)$/.test(tokens[j]!.surface)) continue;
    j++;
    // 例外は一切設けておりません: IPADIC tags 一切 a noun that may be an adverb (名詞,副詞可能).
    while (j < tokens.length && (tokens[j]!.pos === '副詞' || tokens[j]!.surface === '、' || tokens[j]!.surface === '一切')) j++;
    const verb = tokens[j];
    if (!verb || verb.pos !== '動詞' || verb.pos1 === '非自立' || verb.pos1 === '接尾') continue;
    const end = deniedStateEnd(tokens, j + 1, verb.end, false, false);
    if (end === undefined) continue;
    out.push({ start: verb.start, end, verb });
  }
  return out;
}

/**
 * 出来かねません / 対応いたしかねません / 承りかねません: a learner's double negative of …かねます, meant as the refusal
 * itself. Only after a verb of our own act (できる, いたす, 承る, 応じる, 受ける…): after a happening (招きかねません,
 * なりかねません, 遅れかねません) …かねません is correct Japanese for "it may well happen", a warning, no refusal.
 */
const ACT_BEFORE_KANERU = new Set(['できる', '出来る', 'いたす', '致す', '承る', '応じる', '受ける', '引き受ける', '受け付ける', '設ける', '申し上げる']);
export function doubleNegativeKaneru(tokens: readonly Token[]): SaysNo[] {
  const out: SaysNo[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.base !== 'かねる' || t.pos !== '動詞') continue;
    if (tokens[i + 1]!.base !== 'ます' || !['ん', 'ない', 'ぬ'].includes(tokens[i + 2]!.base)) continue;
    const verb = tokens[i - 1]!;
    if (verb.pos !== '動詞' || !ACT_BEFORE_KANERU.has(verb.base)) continue;
    // 対応いたしかねません: the act noun before いたす goes with it.
    const noun = verb.base === 'いたす' || verb.base === '致す' ? tokens[i - 2] : undefined;
    const start = noun && noun.pos === '名詞' && noun.pos1 === 'サ変接続' ? noun.start : verb.start;
    out.push({ start, end: tokens[i + 2]!.end });
  }
  return out;
}
