import { JA_THEIR_REQUEST, JA_THEIR_WISH } from '../../engine/analysis/asked';
import { japaneseFacts, type JaSentenceFacts } from '../../engine/analysis/ja';
import type { Annotator } from '../../engine/analysis/facts';
import { NEWS_DATA, REMAINDER_NOUNS } from '../../engine/analysis/ja-news';
import { carriesTokens } from '../../engine/parse';
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { remedyIn } from '../any/lib/remedy';
import { hasCushion } from './lib/cushion';
import { REFUSALS } from './lib/dictionaries';
import { replyOnTopic } from './lib/request-context';
import { suggestion } from './lib/suggest';
import { softened } from './lib/decline-form';
import { leadingConjunctionLength } from './lib/text';

/**
 * Round 34 (issue 9): a no given as a way of ours, in answer to what the client asked to change — the terms kept as they
 * are (「お支払い条件は従来通り、出荷後30日です。」 to their ask to extend the payment term) or one way named as the only one
 * (「お支払いは円建てのみとなります。」 to their wish to pay in dollars). No verb says no, yet the reader hears the door closed:
 * their ask is answered by our rule, with no cushion and no word of regret. Read only where the mail names their wish
 * (ご相談 / ご希望 / ご要望 / 〜たいとの: JA_THEIR_WISH) just before the answer, and, for terms kept, a wish to change them
 * (延長, 変更, 値下げ…): the same sentence told in a contract summary, to a question for information (在庫はございますか),
 * or after we granted their ask, is no refusal.
 */

/** The terms kept as they were: 従来通り, これまでどおり, 現行のまま, 据え置き, 変更はございません. */
// (Round 37, refja37: 契約どおり / ご契約通り — the terms as contracted, kept against their wish: トレーニングは契約どおり2日間で終了とさせていただきます.)
const KEPT = /(?:従来|これまで|今まで|現行|契約)(?:通り|どおり|のまま)|据え?置き|変更(?:は|の予定は)(?:ござい|あり)ません/;
/**
 * Round 35 (refja35): the terms kept told by a verb of ours — 据え置きます, 維持いたします (keeping), 変更しません / 変わりません (not
 * changing), 変更は予定しておりません (no plan to change) — read from the main predicate's head or サ変 noun.
 */
const KEEPING_VERB = /^(?:据え?置く|維持)$/;
const CHANGING_VERB = /^(?:変更|変える|改定|見直す|見直し)$/;
/** 変わりません is a kept term only after a word of keeping (今のまま, 従来どおり, 今後も): 数量は変わりません reassures. */
const KEPT_BEFORE = /(?:まま|どおり|通り|今後も|引き続き)[、，]?$/;
/**
 * The cheap test before reading the sentence (round 36: narrowed from any 変更 / 通り / まま, which most sentences of a
 * business mail pass): a verb of keeping (据え置く, 維持), the terms kept as our decision (のままと, どおりと + する), or a
 * verb of changing (変更, 変える, 変わる, 改定, 見直す) only with a negation among the tokens (ない, ん, ぬ, まい, かねる: the
 * bases JaPredicate.negated reads), which every reading of a change requires. tests/unit/ja/stated-limit-gate.test.ts holds
 * that the gate changes no candidate.
 */
const KEEPING_WORD = /据|維持/;
const AS_DECIDED = /(?:まま|どおり|通り)と/;
const CHANGE_WORD = /変更|変え|変わ|改定|見直/;
const NEGATION_BASE = /^(?:ない|ん|ぬ|まい|かねる)$/;
/**
 * SOLE without the だけ of いただける (ご確認いただけますか: most of a mail's requests): that predicate is a potential or
 * sits in a clause the limit cannot end on, so it yields no candidate; a limit elsewhere in the sentence still passes.
 */
const SOLE_GATE = /[^\s、。]のみ|(?<!いた)(?<=[^\s、。い])だけ|に限ら(?:せ|れ)/;

/**
 * Round 46 (ub-044, xb-049): a ceiling on what we give or take, in a count or a measure — 3種類まで, 500gまで, 2ケースまで (not a
 * time: 15日まで, 10月まで are deadlines, pressure's to read).
 */
const CAP = new RegExp(`[0-9０-９一二三四五六七八九十百千]\\s*(?:${REFUSALS.capUnits.phrases.join('|')})まで`);
/** What follows the ceiling: the rule told (までです, までとなります) or our act limited (までしか出せません). */
const CAP_TOLD = /^(?:です|でございます|と(?:なります|なっております|させていただいております))/;

/** Whether the sentence may hold a candidate at all (text and tokens only, no facts): KEPT, SOLE_GATE or the words above. */
export function mayStateLimit(s: Sentence): boolean {
  const t = s.text;
  if (KEPT.test(t) || SOLE_GATE.test(t) || KEEPING_WORD.test(t) || AS_DECIDED.test(t) || CAP.test(t)) return true;
  return CHANGE_WORD.test(t) && (s.tokens ?? []).some((k) => NEGATION_BASE.test(k.base));
}
/** 変更は / 変更も right before the verb (変更はいたしません). */
const CHANGE_TOPIC = /(?:変更|改定|見直し)(?:は|も)[、，]?$/;
const CHANGE_NOT_PLANNED = /変更(?:は|を|の)(?:予定|検討|計画)(?:して|いたして|はして)(?:おり|い)ません/;
/** One way named as the only one: 円建てのみ, 銀行振込に限らせて, 平日だけ, 日本円以外は. */
const SOLE = /[^\s、。]のみ|[^\s、。い]だけ|に限ら(?:せ|れ)/;
/** のみならず / のみでなく / だけでなく: not a limit but an addition. */
const ADDITION = /(?:のみ|だけ)(?:ならず|でなく|ではなく)/;
/** A change the client asks for: 延長, 変更, 短縮, 値下げ, 見直し, 〜にしたい. */
const CHANGE = /変更|延長|短縮|値下げ|値引き|引き下げ|減額|見直し|緩和|前倒し|切り?替え|分割|(?:に|へ|で)(?:し|変え)たい/;
/** A verb of changing before their wish (下げていただきたい, 早めてほしい). */
const CHANGE_VERB = /(?:下げ|早め|延ばし|遅らせ|変え|増やし|減らし|緩め|広げ)(?:て|たい)/;
/** Their ask is itself to keep the terms (単価据え置きのお願い) or to spare a rise: keeping them grants it. */
const ASKS_TO_KEEP = /据え?置き|継続|維持|従来|値上げ|改定/;
/** The sentence ending of a rule told: です, でございます, となります, になります. */
const RULE_END = /^(?:です|でございます|(?:と|に)?なります|となっております)$/;
/** A thing or a term of another party's before the limit: 運送会社の集荷, 貴社の支払条件, 銀行の振込. */
// (Round 35: not the 様 of a word — 仕様の変更は is the thing kept, no other party.)
const OTHERS = /(?:会社|業者|メーカー|銀行|先方|御社|貴社|(?<![仕模同多異態有])様|さん)(?:の|では|は)/;
/**
 * Stock or room left: 38㎡のみです, 2日分だけ残っております tell a shortage or scarcity, not a way of ours. The stock nouns and
 * what is left of an order are the bad-news reading's (news.json stockNouns: 在庫, ストック; REMAINDER_NOUNS: 残り, 残数,
 * 不足分); what is still left (残っております), free (空き) or held (手持ち) is this rule's own.
 */
const STOCK = new RegExp([...NEWS_DATA.stockNouns, REMAINDER_NOUNS, '残っ', '空き', '手持ち'].join('|'));
/** A table's cell boundary: a word in the request's cell (| 価格の据え置き | 社内で検討中です |) is their ask, not our answer. */
const CELL = /[|｜]/;
/** なお / ちなみに / 念のため: a note beside the answer. */
const ASIDE = /^(?:なお|尚|ちなみに|念のため|参考までに)/;
/** A verb of answering (お返事いたします, 回答いたします): naming their ask, granting nothing. */
const ANSWERING = /^(?:お|ご)?(?:返事|回答|返信|連絡|報告|知らせ|案内|答え)$/;
/** A verb of accepting their ask: 承知, 了解, かしこまる, 承る. */
const ACCEPTED = /^(?:承知|了解|かしこまる|承る)$/;
/** A Re: subject asking (Re: 支払サイト延長のお願い): their ask in the thread. */
const ASK_SUBJECT = /^\s*(?:re|ｒｅ|Ｒｅ|ＲＥ)\s*[:：].*(?:お願い|ご相談|ご依頼|ご要望|ご希望)/i;

/**
 * Round 36 (refja36): their ask named in a reply is a question for information (ご質問, 有無, 〜かどうか): the terms told or the one
 * way named answers it (仕様変更の有無についてのお問い合わせ → 仕様は変更いたしません confirms, it refuses nothing).
 */
const INFO_ASK = /有無|かどうか|ご質問|ご照会|お尋ね|ご確認/;
/** A paragraph opened on their matter: 〜の件です / 〜についてです / 〜の件、 — in a reply, the ask it answers. */
const MATTER_OPENS = /^[^。]{1,40}(?:の件|について)(?:です|でございます|ですが|、|。|$)/;
/**
 * Round 36: what makes a limit no way of ours — a thing's make told as its topic (本機は単3電池のみ対応です: a specification), a count
 * (参加者は2名のみです, 変更点は3ページ目のみです), an offer for a time (本日のみ無料), a charge limited (ご請求は保守料のみ: good news).
 */
const COUNTED = /[0-9０-９一二三四五六七八九十百](?:名|人|個|件|台|本|枚|点|社|回|日|ページ|頁|箇所|か所|ケース|セット|ロット)目?(?:のみ|だけ)/;
const OFFERED = /無料|無償(?!での提供)|割引|値引|特価|半額|サービスいたし|プレゼント/;
const CHARGE_LIMITED = /(?:請求|料金|費用|ご負担|お支払い額)(?:は|も)[^、。]{0,12}(?:のみ|だけ)/;
const PRODUCT_TOPIC = new RegExp(`^(?:[^、。]{0,6}の)?(?:${REFUSALS.productSubjects.join('|')})(?:は|が|も)`);
/** Between the limit and the ending: のみ＋の＋our act noun (日本語のみの対応です, 対面形式のみの実施です). */
const SOLE_ACT = /^の\p{Script=Han}{2,4}$/u;

type Shape = 'kept' | 'sole' | 'cap';
interface Candidate {
  shape: Shape;
  /** Round 36: a change of ours denied by choice (変更いたしません, 変えません, 運賃の変更はいたしません): a no in a reply on the terms. */
  denied?: boolean;
  /** Round 46: where the words that may name their ask end, when not at `start` (a ceiling's: its count). */
  askEnd?: number;
  /** Sentence-relative: the marker's start and the main predicate's end. */
  start: number;
  end: number;
}

export default defineRule({
  id: 'ja.blunt-refusal.stated-limit',
  lang: 'ja',
  category: 'blunt-refusal',
  severity: 'warning',
  requiresTokens: true,
  fields: ['body'],
  yieldsTo: ['ja.blunt-refusal.unsoftened-refusal', 'ja.blunt-refusal.negated-act', 'ja.blunt-refusal.trailed-refusal'],
  title: { en: 'A no told as our rule', ja: '規定を述べるだけの断り' },
  rationale: {
    en: 'Answering a client\'s request to change the terms with the terms as they are ("as before, 30 days after shipment") or with the one way you allow ("yen only") says no without saying it, and without a word of regret. Open with a cushion and tell it as your constraint, then offer what you can.',
    ja: 'お客様の変更のご相談に「従来通り〜です」「〜のみとなります」と規定だけを返すと、お詫びもない門前払いに聞こえます。クッション言葉を添え、「〜とさせていただいております」と当方の事情として伝え、できることを添えます。',
  },
  examples: {
    valid: [
      // Round 37: the terms as contracted, confirmed to them.
      { text: '契約更新の件、承知いたしました。\n契約どおり4月1日から更新いたします。' },
      // Round 35: the price kept, told in a notice nobody asked for.
      { text: '価格改定のお知らせです。\n一部製品を除き、価格は現行のまま据え置きます。' },
      // A contract summary: nothing asked to change.
      { text: '契約内容を下記にまとめます。\nお支払い条件は従来通り、出荷後30日です。' },
      // Their wish is to keep the price: keeping it grants it.
      { text: '単価据え置きのご要望について、お返事いたします。\n単価は従来通りとさせていただきます。' },
      // A cushion before it.
      { text: 'お支払いサイト延長のご相談、ありがとうございます。\n大変恐縮ですが、お支払い条件は従来通り、出荷後30日とさせていただいております。' },
      // A note beside what we granted.
      { text: 'ご依頼の資料をお送りします。\n資料は日本語版のみとなります。' },
      // A question for information answered.
      { text: '対応言語についてのご質問ですが、日本語と英語のみとなります。' },
    ],
    invalid: [
      // Round 37 (refja37): the terms as contracted (契約どおり), kept against their wish to extend them.
      { text: '操作トレーニングを3日間に延ばしたいとのご相談ですが、トレーニングは契約どおり2日間で終了とさせていただきます。', flagged: '契約どおり2日間で終了とさせていただきます',
        outputs: ['操作トレーニングを3日間に延ばしたいとのご相談ですが、大変恐縮ですが、トレーニングは契約どおり2日間で終了とさせていただきます。'] },
      // Round 35: a verb of keeping, and a change denied, in answer to their ask to change: our verb said humbly.
      { text: '値下げをご希望とのこと、拝見しました。\n価格は現行のまま据え置きます。', flagged: '現行のまま据え置きます',
        outputs: ['値下げをご希望とのこと、拝見しました。\n大変恐縮ですが、価格は現行のまま据え置かせていただきます。'] },
      { text: '仕様変更をご希望とのこと、拝見しました。\n仕様は変更しません。', flagged: '変更しません',
        outputs: ['仕様変更をご希望とのこと、拝見しました。\n大変恐縮ですが、仕様は変更いたしかねます。'] },
      {
        text: 'お支払いサイトを60日に延長したいとのご相談について、お返事いたします。\nお支払い条件は従来通り、出荷後30日です。',
        flagged: '従来通り、出荷後30日です',
        outputs: ['お支払いサイトを60日に延長したいとのご相談について、お返事いたします。\n大変恐縮ですが、お支払い条件は従来通り、出荷後30日とさせていただいております。'],
      },
      {
        text: 'ドル建てでのお支払いのご希望について、お返事いたします。\nお支払いは円建てのみとなります。',
        flagged: '円建てのみとなります',
        outputs: ['ドル建てでのお支払いのご希望について、お返事いたします。\n大変恐縮ですが、お支払いは円建てのみとさせていただいております。'],
      },
    ],
  },
  document(ctx) {
    const { sentences } = ctx;
    const { values, kept } = ctx.facts.ofSentences(candidatesOf(ctx), ctx.field, sentences, (c) => c !== undefined);
    for (let n = 0; n < kept.length; n++) {
      const i = kept[n]!;
      const c = values[i];
      const s = sentences[i]!;
      if (!c || s.lang !== 'ja' || !carriesTokens(s) || s.start >= ctx.own.length) continue;
      if (/^\s*[>＞]/.test(ctx.lines[s.line]?.text ?? '')) continue;
      const previous = sentences[i - 1];
      if (hasCushion(s.text) || hasCushion(previous?.text)) continue;
      if (previous && previous.lang === 'ja' && carriesTokens(previous) && ctx.facts.of(japaneseFacts, previous).acts.includes('apology')) continue;
      if (!answersWish(ctx, s, previous, c.shape, c.askEnd ?? c.start, c.denied)) continue;
      // A promise to consult right before or after answers the no itself (an alternative alone leaves it blunt: findings.md).
      const next = sentences[i + 1];
      const consults = (x: Sentence | undefined) => {
        const r = x ? remedyIn(ctx, x) : undefined;
        return r === 'consult' || r === 'softened-restatement';
      };
      if (consults(next) || consults(previous)) {
        ctx.suppressed('remedy-after', s.start + c.start, s.start + c.end);
        continue;
      }
      report(ctx, s, c);
    }
  },
});

/**
 * The candidate of a sentence, read from it alone (cached by its text): a limit or the terms kept, told as our rule. The
 * annotator reads the sentence facts through its own store, so it is kept with that store (FactStore.scratch: one per
 * Engine, a new Engine is cold).
 */
const CANDIDATES_ID = 'ja.blunt-refusal.stated-limit/candidates';
function candidatesOf(ctx: RuleContext): Annotator<Candidate | undefined> {
  const facts = ctx.facts;
  return facts.scratch<Annotator<Candidate | undefined>>(CANDIDATES_ID, () => ({
    id: CANDIDATES_ID,
    analyze: (s) => {
      if (s.lang !== 'ja' || !carriesTokens(s) || !mayStateLimit(s)) return undefined;
      return candidate(s, facts.of(japaneseFacts, s));
    },
  }));
}

/** The candidate read from the sentence and its facts, ungated (exported for the gate's test). */
export function candidate(s: Sentence, f: JaSentenceFacts): Candidate | undefined {
  const p = f.main;
  if (!p || p.quoted || p.past || p.request || p.desire || f.question) return undefined;
  if (f.acts.includes('apology') || f.acts.includes('request')) return undefined;
  if (f.agent === 'client' || f.agent === 'third') return undefined;
  if (ASIDE.test(s.text) || ADDITION.test(s.text)) return undefined;
  const before = s.text.slice(0, p.start);
  if (OTHERS.test(before)) return undefined;
  // Round 35: a verb of keeping (価格は現行のまま据え置きます, 当面は現行価格を維持いたします) or of changing, negated (仕様は変更しません,
  // リードタイムは今のまま変わりません, 最低発注数量の変更は予定しておりません): the terms kept, our act — no promise (品質を維持いたします
  // is read only where they asked for a change, answersWish). Not a potential (変更できません: the refusal rules').
  const is = (re: RegExp) => re.test(p.head) || re.test(p.noun ?? '');
  const unchanged = p.head === '変わる' && KEPT_BEFORE.test(before);
  if (p.kind === 'verb' && !p.potential && ((!p.negated && is(KEEPING_VERB)) || (p.negated && (is(CHANGING_VERB) || unchanged)))) {
    const k = KEPT.exec(s.text);
    return { shape: 'kept', denied: p.negated && is(CHANGING_VERB), start: k && k.index < p.start ? k.index : nounStartOf(s, p.start, is(KEEPING_VERB) || is(CHANGING_VERB) ? p.noun : undefined), end: p.end };
  }
  // Round 36: 変更はいたしません / 運賃の変更もしません — the change as the topic of our negated する: the same no, split by は.
  const changeTopic = p.kind === 'verb' && p.negated && !p.potential && !p.noun && /^(?:する|いたす|致す)$/.test(p.head) ? CHANGE_TOPIC.exec(before) : null;
  if (changeTopic) {
    const k = KEPT.exec(s.text);
    return { shape: 'kept', denied: true, start: k && k.index < p.start ? k.index : changeTopic.index, end: p.end };
  }
  // 梱包は現行の仕様のままといたします: the terms named, then のまま / どおり + と + する — kept as our decision.
  const asIs = /(?:まま|どおり|通り)と$/.test(before) && !p.negated && !p.noun && (p.head === 'する' || p.head === 'いたす');
  if (asIs) return { shape: 'kept', start: Math.max(before.lastIndexOf('は'), before.lastIndexOf('、')) + 1, end: p.end };
  const planned = CHANGE_NOT_PLANNED.exec(s.text);
  if (planned && p.negated && planned.index + planned[0].length === p.end) return { shape: 'kept', start: planned.index, end: p.end };
  const kept = KEPT.exec(s.text);
  if (kept && kept.index < p.end && !CELL.test(s.text.slice(kept.index, p.start))) {
    // 変更はございません: the negated existence is the answer; else the terms told (〜です, 〜となります, 〜とさせていただきます),
    // never an act of ours (これまでどおり対応いたします, 従来どおり月末にお送りします: what we go on doing for them).
    const negatedNone = /ません$/.test(kept[0]);
    if (p.negated && !negatedNone) return undefined;
    // (Round 35: 価格は据え置きとします / 現行どおりといたします — the terms kept as our decision, と + する.)
    const decidedSo = (p.head === 'する' || p.head === 'いたす') && !p.noun && s.text[p.start - 1] === 'と';
    if (!negatedNone && !RULE_END.test(p.text) && p.kind !== 'copula' && !/^させていただ/.test(p.text) && !decidedSo) return undefined;
    return { shape: 'kept', start: kept.index, end: p.end };
  }
  // Round 46: a ceiling on what we give (無料でお出しできるのは3種類までです, サンプルは500gまでしか出せません): the count or measure
  // ends the sentence before the rule's ending, or limits our negated act (しか). Stock told is a shortage (bad news).
  const cap = CAP.exec(before);
  if (cap && !STOCK.test(s.text) && !OTHERS.test(before) && f.finalParticles.length === 0) {
    const capEnd = cap.index + cap[0].length;
    const told = !p.negated && capEnd === p.start && CAP_TOLD.test(s.text.slice(p.start));
    const only = p.negated && /^しか/.test(s.text.slice(capEnd)) && !/[、。]/.test(s.text.slice(capEnd, p.start));
    if (told || only) {
      const head = before.lastIndexOf('、', cap.index) + 1;
      return { shape: 'cap', start: head + leadingConjunctionLength(before.slice(head)), end: p.end, askEnd: cap.index };
    }
  }
  // (限らせていただいております: the limit's verb is the predicate itself; its に opens it.)
  const sole = SOLE.exec(s.text.slice(0, p.start + 3));
  if (!sole || p.negated || p.potential || STOCK.test(s.text)) return undefined;
  // The limit is what the sentence ends on (円建てのみ＋となります, 平日のみ＋です): 努力のみでは…, 場合のみ適用となります,
  // 項目のみとなりますので… limit another clause. A limit in time is an offer's validity (金曜日までのお申し込みに限らせて), and
  // 〜できるのは6本のみ is a shortage told (bad news), not a way of ours.
  const markerEnd = sole.index + sole[0].length;
  if (markerEnd <= p.start && !/^[とに]?$/.test(s.text.slice(markerEnd, p.start)) && !SOLE_ACT.test(s.text.slice(markerEnd, p.start))) return undefined;
  // Round 36: a specification, a count, an offer, a charge limited, or a limit told to confirm (…のみですね): no way of ours refused.
  if (PRODUCT_TOPIC.test(s.text.slice(leadingConjunctionLength(s.text))) || OFFERED.test(s.text) || CHARGE_LIMITED.test(s.text)) return undefined;
  if (f.finalParticles.length > 0) return undefined;
  if (/まで|のは/.test(s.text.slice(0, sole.index))) return undefined;
  // The rule told (円建てのみとなります), or a practice of ours limited (銀行振込に限らせていただいております).
  const told = RULE_END.test(p.text) || p.head === '限る' || (p.progressive && p.politeness.includes('humble'));
  if (!told) return undefined;
  // 可能です / 承ります after a limit is what we can do: an offer (平日のみ対応可能です).
  if (/可能|承|対応いたし/.test(s.text.slice(sole.index, p.end))) return undefined;
  // The span opens on the word limited (円建て in 円建てのみ).
  const at = s.start + sole.index + 1;
  const word = s.tokens!.find((t) => t.start < at && t.end >= at);
  return { shape: 'sole', start: word ? word.start - s.start : sole.index, end: p.end };
}

/** Where the verb's サ変 noun starts (維持 in 維持いたします), else the verb's own start. */
function nounStartOf(s: Sentence, start: number, noun: string | undefined): number {
  if (!noun) return start;
  const at = s.text.lastIndexOf(noun.replace(/^[ごお]/, ''), start + noun.length);
  return at >= 0 && at <= start ? at : start;
}

/**
 * Whether the sentence answers a wish of the client's named just before it (this sentence, the one before, the paragraph
 * above, a Re: subject) — for terms kept, a wish to change them that is no wish to keep them.
 */
function answersWish(ctx: RuleContext, s: Sentence, previous: Sentence | undefined, shape: Shape, start: number, denied = false): boolean {
  // (In the sentence itself, only the words before the answer: 従来通り is the answer, not their wish.)
  const texts: string[] = [s.text.slice(0, start)];
  if (previous) {
    // We granted their ask just before (ご依頼の資料をお送りします): what follows is a note on it, not a no.
    if (previous.lang === 'ja' && carriesTokens(previous)) {
      const pf = ctx.facts.of(japaneseFacts, previous);
      if (pf.acts.includes('offer') && pf.main && !ANSWERING.test(pf.main.noun ?? pf.main.head) && JA_THEIR_WISH.test(previous.text)) return false;
      // ご依頼の件、承知いたしました / 承りました: their ask accepted; the limit after it is a condition of the grant.
      if (pf.main && !pf.main.negated && ACCEPTED.test(pf.main.noun ?? pf.main.head)) return false;
    }
    texts.push(previous.text);
  }
  texts.push(ctx.paragraphBefore(s));
  const wishes = texts.filter((t) => JA_THEIR_WISH.test(t));
  const subject = ctx.draft.subject ?? '';
  if (ASK_SUBJECT.test(subject) || (/^\s*(?:re|ｒｅ|Ｒｅ|ＲＥ)\s*[:：]/i.test(subject) && CHANGE.test(subject))) wishes.push(subject);
  // Round 36 (refja36): the ask implied by the reply — their matter or request named above (〜の件です, お問い合わせ), or the
  // subject of a reply naming the thing the sentence is about (Re: サンプルについて → サンプルは…のみとなります).
  const implied = wishes.length === 0 ? impliedAsk(ctx, s, previous, texts, start) : undefined;
  if (wishes.length === 0 && implied === undefined) return false;
  // (Implied only: a maker's specification or a limit in the passive (メーカー仕様上…に限られております), or an item of an answer
  // sheet (・交付形式：PDFのみとなります), informs — the dev corpora's clean r19 t3-053 and r20 rja2-035.)
  if (implied !== undefined && (/仕様|限られ/.test(s.text) || /[：:]/.test(s.text.slice(0, start)))) return false;
  const asked = implied === undefined ? wishes : [implied];
  // A question for information answered (仕様変更の有無についてのお問い合わせ, ご質問の件): the answer refuses nothing.
  if (asked.some((t) => INFO_ASK.test(t)) || texts.some((t) => INFO_ASK.test(t) && !JA_THEIR_WISH.test(t))) return false;
  // (A count limited — 参加者は2名のみです — answers a wish named for more, 2拠点に分けて納品したい → 1か所のみ; else it only tells.)
  if (shape === 'sole') return !COUNTED.test(s.text) || texts.some((t) => JA_THEIR_WISH.test(t));
  // A ceiling answers the ask it was named with (their wish for more, or the reply's request).
  if (shape === 'cap') return true;
  if (asked.some((t) => ASKS_TO_KEEP.test(t))) return false;
  // The terms kept answer a wish to change them; a change of ours denied by choice (変更いたしません) is a no in any reply on them.
  return asked.some((t) => CHANGE.test(t) || CHANGE_VERB.test(t)) || (denied && implied !== undefined);
}

/** The reply's ask a sentence answers when no wish of theirs is named: its text, or undefined. */
function impliedAsk(ctx: RuleContext, s: Sentence, previous: Sentence | undefined, texts: string[], start: number): string | undefined {
  const named = texts.find((t) => JA_THEIR_REQUEST.test(t));
  if (named !== undefined) return named;
  const subject = ctx.draft.subject ?? '';
  if (!/^\s*(?:re|ｒｅ|Ｒｅ|ＲＥ|返信)\s*[:：]/i.test(subject)) return undefined;
  if (previous && MATTER_OPENS.test(previous.text) && previous.line < s.line) return previous.text;
  return replyOnTopic(ctx, s.text.slice(0, start)) ? subject : undefined;
}

function report(ctx: RuleContext, s: Sentence, c: Candidate): void {
  const before = s.text.slice(0, c.start);
  const label = Math.max(before.lastIndexOf('：'), before.lastIndexOf(':'), before.lastIndexOf('→'));
  const lead = /^[\s・●○◎■□◆◇\-*＊※]*(?:[0-9０-９]{1,2}[.．)）]\s*|[（(][0-9０-９]{1,2}[)）]\s*|[①-⑳]\s*)?/u.exec(s.text)![0].length;
  let at = label >= 0 ? label + 1 : lead + leadingConjunctionLength(s.text.slice(lead));
  // Round 36: 〜について検討しましたが、変更はいたしません — the cushion goes before the no, after the clause that leads to it.
  const but = before.lastIndexOf('が、');
  if (but >= at) at = but + 2;
  while (at < c.start && /\s/.test(s.text[at]!)) at++;
  const f = ctx.facts.of(japaneseFacts, s);
  const p = f.main!;
  const cushion = '大変恐縮ですが、';
  const edits = [{ start: s.start + at, end: s.start + at, text: cushion }];
  // 出荷後30日です → 出荷後30日とさせていただいております: our constraint, said humbly.
  if (!p.negated && RULE_END.test(p.text)) {
    const from = /^[とに]/.test(s.text.slice(p.start - 1, p.start)) && /^なります$/.test(p.text) ? p.start - 1 : p.start;
    edits.push({ start: s.start + from, end: s.start + p.end, text: 'とさせていただいております' });
  } else if (c.shape === 'cap' && p.negated) {
    // Round 46: 500gまでしか出せません → 500gまでしかお出しいたしかねます: the act limited, said softly.
    const polite = softened(s, p, p.start);
    if (polite) edits.push({ start: s.start + p.start, end: s.start + p.end, text: polite });
  } else if (p.end === c.end) {
    // Round 35: our verb kept, said humbly — 変更しません → 変更いたしかねます, 据え置きます → 据え置かせていただきます,
    // 維持します / 据え置きとします → …させていただきます.
    const tail = s.text.slice(p.start, p.end);
    const doing = /(?:いたし|致し|し)ま(?:す|せん)$/.exec(tail);
    const end = s.start + p.end;
    if (p.negated && doing && (p.noun ? CHANGING_VERB.test(p.noun) : c.denied)) edits.push({ start: end - doing[0].length, end, text: 'いたしかねます' });
    else if (!p.negated && /^据え?置く$/.test(p.head) && /^据え?置きます$/.test(tail)) edits.push({ start: s.start + p.start, end, text: `${tail.slice(0, -3)}かせていただきます` });
    else if (!p.negated && doing) edits.push({ start: end - doing[0].length, end, text: 'させていただきます' });
  }
  const written = s.text.slice(c.start, c.end);
  ctx.report({
    start: s.start + c.start,
    end: s.start + c.end,
    message: `「${written}」 answers the client's request with your rule alone; open with a cushion and tell it as your constraint.`,
    messageJa: `「${written}」とご依頼に規定だけを返すと、門前払いの印象になります。クッション言葉を添え、「〜とさせていただいております」とお伝えします。`,
    suggestions: [{ ...suggestion(`${cushion}…とさせていただいております`, 'Cushion it and say it humbly', 'クッション言葉を添えて謙譲で伝える'), edits }],
  });
}
