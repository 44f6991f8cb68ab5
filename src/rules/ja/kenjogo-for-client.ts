import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence, Token } from '../../engine/types';
import { KEIGO } from './lib/dictionaries';
import { endingEnd, swapVerb } from './lib/keigo';
import { clientIsSubject, humbleForClient, humbleInClientFavour, humbleRequestsIn } from './lib/keigo-direction';
import { suggestion } from './lib/suggest';
import { alternation, inQuotes, quotedRanges } from './lib/text';
import { reportedSpans } from '../../engine/analysis/ja-quotes';
import { matchAll } from '../../engine/match-all';

/** The client's own acts (同席, 出席, 来社): whoever's subject they are, they are not ours to do by leave. */
const CLIENT_OWN_ACTS = new Set(KEIGO.clientOwnActs);
/** A client person or company ending a subject: 佐藤様, 皆様, ご担当者様, 貴社. */
const CLIENT_NOUN = /(?:様|さま|貴社|御社)$/;

/** ご確認してください / お待ちしてください: the humble お〜する used for the client's own action. */
const O_SURU_KUDASAI = /([おご])(?!願い)([\p{Script=Han}ァ-ヶー]{1,6}|[\p{Script=Han}][ぁ-ん]{1,2})して(くださいませ|ください|下さい)/gu;
/**
 * ご一読していただけますか / お待ちしていただき: the humble お〜する inside the client's favour; ご〜いただく
 * alone is the respectful form.
 */
const O_SURU_ITADAKU = /([おご])(?!願い)([\p{Script=Han}ァ-ヶー]{1,6}|[\p{Script=Han}][ぁ-ん]{1,2})して(いただ|頂)([きけく])/gu;
/**
 * 報告書をご確認して、ご意見をお聞かせください / 必要事項をご記入して、ご返送ください: a て-chain shares its subject,
 * so the お・ご〜して before a request to the reader is the reader's own act in the humble お〜する. Our act before
 * a permission asked (ご説明して、ご相談させてください) or before our own offer is left.
 */
const O_SURU_TE = /([おご])(?!願い)([\p{Script=Han}ァ-ヶー]{1,6}|[\p{Script=Han}][ぁ-ん]{1,2})して(?!ください|下さい|いただ|頂|おり|い|から|も|は)、?/gu;
/** A request to the reader closing the clause chain: ください, いただけますか, いただきたく, いただければ. */
const REQUEST_CLOSE = /(?:ください|下さい|いただけ(?:ます|ません)(?:か|でしょうか)|いただきたく|いただければ)/;
/** ご利用できます: the client's action with the humble ご〜する plus できる. */
const O_DEKIRU = new RegExp(`([ごお])(${alternation(KEIGO.clientActionNouns)})(?:することが|が)?でき(ませんでした|ました|ません|ます|る|ない)`, 'g');
/**
 * どなたかおりますか / どなたか参りますか: どなた is respectful and names the client's people, so a humble おる /
 * 参る / 申す after it lowers them. Matched on the text because kuromoji reads どなたかおり as どなた + 薫る.
 */
const DONATA_HUMBLE = /どなた(?:か|が|かが|かは|も|でも)(おり|参り|申し)(?=ま[すせし])/gu;
const RESPECT_STEM: Record<string, string> = { 'おり': 'いらっしゃい', '参り': 'いらっしゃい', '申し': 'おっしゃい' };
/** Our side named as who acts before the chain: 弊社から / 担当の田中が / 私どもで. */
const OWN_ACTOR = /(?:弊社|当社|私ども|わたくしども|私|担当者?の)[^、。からがでより]{0,10}(?:から|が|で|より)/;
/** What ends a て-chain before the request: a reason or a condition, or a client named as the next act's agent. */
const CHAIN_BREAK = /ので|から[、，]|ため|けれど|が[、，]|ば[、，]|たら|場合|様に|貴社に|皆様|存じ/;
/** A noun right after a plain form (方, 場合, 店舗, カード): the form modifies it. */
const NOUN_NEXT = /^[\p{Script=Han}ァ-ヺ]/u;
const DEKIRU_TO_ITADAKERU: Record<string, string> = {
  'ませんでした': 'いただけませんでした', 'ました': 'いただけました', 'ません': 'いただけません', 'ます': 'いただけます', 'る': 'いただける', 'ない': 'いただけない',
};

/**
 * 謙譲語 lowers the one who acts, so it is for one's own side. Used for the client it lowers them:
 * 担当者に伺ってください, 拝見されましたか, ご利用できます, ご確認してください.
 */
export default defineRule({
  id: 'ja.honorific.kenjogo-for-client',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'Humble language for the client', ja: 'お客様への謙譲語' },
  rationale: {
    en: 'Humble verbs (伺う, 申す, 参る, 拝見する, お〜する) lower the person who acts. Used for the client’s actions they lower the client — the opposite of what was meant, and a mistake Japanese readers notice at once.',
    ja: '「伺う」「申す」「参る」「拝見する」「お〜する」などの謙譲語は、動作をする人を低める表現です。お客様の動作に使うとお客様を低めることになり、敬意が逆になります。',
  },
  examples: {
    valid: [
      // Round 37 (fp37): the client's own message passed on with とのこと.
      { text: '田村様が当日ご出席できないとのこと、承知いたしました。' },
      { text: 'ご不明な点は担当者にお尋ねください。' },
      { text: '資料をご確認ください。' },
      { text: '明日、貴社に伺います。' },
      { text: '弊社の担当者も、佐藤様がおっしゃるとおりだと申しております。' },
      { text: '佐藤様にお伺いしたところ、来週でよいとのことでした。' },
      { text: '弊社からご案内できます。' },
      { text: 'いかがいたしましょうか。' },
      { text: '山田様にお送りした資料をご確認ください。' },
      { text: '当日は山田様にご案内いたします。' },
      { text: '弊社の田中がお送りしました。' },
      { text: '添付の資料をご一読いただけますでしょうか。' },
      { text: '当日はどなたかいらっしゃいますでしょうか。' },
      { text: '富田様がご検討中とお聞きし、ご連絡いたしました。' },
      { text: '上長の方にお願いしていただけますと幸いです。' },
      { text: '一度、組立ラインを拝見させていただけないでしょうか。' },
      { text: '弊社の技術者に図面を拝見してもらいます。' },
      { text: '当日は佐藤様もご案内させていただきます。' },
      { text: '佐藤様がご希望の日程で調整させていただきます。' },
      { text: '弊社の田中も同席させていただきます。' },
      { text: '来週のお打ち合わせには、弊社代表の山田様も同席させていただきます。' },
      // Round 36 (fp36): the plain form modifying a noun (those who cannot attend), not a statement to the client.
      { text: '当日ご出席できない方がいらっしゃる場合は、録画をお送りいたします。' },
    ],
    invalid: [
      { text: 'ご不明な点は担当者に伺ってください。', flagged: '伺ってください', outputs: ['ご不明な点は担当者にお尋ねください。', 'ご不明な点は担当者にお問い合わせください。'] },
      { text: '添付の資料をご一読していただけますでしょうか。', flagged: 'ご一読していただけ', outputs: ['添付の資料をご一読いただけますでしょうか。'] },
      { text: '受付で少々お待ちしていただきます。', flagged: 'お待ちしていただき', outputs: ['受付で少々お待ちいただきます。'] },
      { text: '添付の資料をご確認してください。', flagged: 'ご確認してください', outputs: ['添付の資料をご確認ください。'] },
      { text: 'このサービスは無料でご利用できます。', flagged: 'ご利用できます', outputs: ['このサービスは無料でご利用いただけます。'] },
      { text: '先日お送りした資料は拝見されましたか。', flagged: '拝見されました', outputs: ['先日お送りした資料はご覧になりましたか。'] },
      { text: '佐藤様が申されたとおり、来週に変更いたします。', flagged: '申された', outputs: ['佐藤様がおっしゃったとおり、来週に変更いたします。'] },
      { text: '佐藤様が申していた件です。', flagged: '申して', outputs: ['佐藤様がおっしゃって' + 'いた件です。'] },
      { text: '明日は弊社の担当が伺われます。', flagged: '伺われます', outputs: ['明日は弊社の担当が伺います。'] },
      { text: '当日はいかがいたしますか。', flagged: 'いかがいたしますか', outputs: ['当日はいかがなさいますか。'] },
      { text: '山田様がお送りした資料を拝見しました。', flagged: 'お送りした', outputs: ['山田様がお送りになった資料を拝見しました。'] },
      { text: '佐藤様がご説明いたしました内容で進めます。', flagged: 'ご説明いたしました', outputs: ['佐藤様がご説明になりました内容で進めます。'] },
      { text: '当日はどなたかおりますでしょうか。', flagged: 'おり', outputs: ['当日はどなたかいらっしゃいますでしょうか。'] },
      { text: '山田様が弊社にお伺いする日をお知らせください。', flagged: 'お伺いする', outputs: ['山田様が弊社にお越しになる日をお知らせください。'] },
      { text: '当日は会場で試作品を拝見していただければと存じます。', flagged: '拝見していただけれ', outputs: ['当日は会場で試作品をご覧いただければと存じます。'] },
      { text: '資料をご拝見いただき、ありがとうございます。', flagged: 'ご拝見', outputs: ['資料をご覧いただき、ありがとうございます。'] },
      { text: '来週、弊社工場へお伺いいただけますでしょうか。', flagged: 'お伺い', outputs: ['来週、弊社工場へお越しいただけますでしょうか。'] },
      { text: '当日は佐藤様も同席させていただきます。', flagged: '同席させていただきます', outputs: ['当日は佐藤様もご同席いただきます。'] },
      { text: '佐藤様がご確認させていただきます。', flagged: 'ご確認させていただきます', outputs: ['佐藤様がご確認いただきます。'] },
    ],
  },
  sentence(s, ctx) {
    const quotes = quotedRanges(s.text);
    const report = (start: number, end: number, written: string, fixes: string[]) => {
      if (inQuotes(quotes, start, end)) return;
      reportHumble(ctx, s.start + start, s.start + end, written, fixes);
    };
    // 拝見していただければ / ご拝見いただき / お伺いいただく: the reader's act, a humble verb inside their favour.
    // ご拝見ください is one error, written from the ご: it takes the place of the request entry's 拝見ください.
    const favourHits = humbleInClientFavour(s);
    const requests = humbleRequestsIn(s.text).filter((r) => !favourHits.some((h) => r.start < h.end - s.start && h.start - s.start < r.end));
    for (const r of requests) report(r.start, r.end, r.written, r.entry.suggestions);
    // The お〜して patterns all hold して, 〜できる でき and DONATA_HUMBLE どなた: a sentence without them is not searched.
    const shite = s.text.includes('して');
    if (shite) for (const m of matchAll(s.text, O_SURU_KUDASAI)) {
      report(m.index, m.index + m[0].length, m[0], [`${m[1]}${m[2]}${m[3]}`]);
    }
    if (shite) for (const m of matchAll(s.text, O_SURU_ITADAKU)) {
      report(m.index, m.index + m[0].length, m[0], [`${m[1]}${m[2]}${m[3]}${m[4]}`]);
    }
    if (shite) for (const m of matchAll(s.text, O_SURU_TE)) {
      const rest = s.text.slice(m.index + m[0].length).split(/[。！？!?\n]/)[0]!;
      const close = REQUEST_CLOSE.exec(rest);
      // ご説明して、ご相談させてください: the request is leave for our act, so the chain is ours.
      if (!close || rest.slice(0, close.index).endsWith('させて')) continue;
      // お持ちしてご説明に伺うこともできますので、…お申し付けください / 試作品をお持ちして、水野様にお試しいただければ:
      // a clause of reason or condition, or the reader named again as the agent, ends the chain: the act is ours.
      if (CHAIN_BREAK.test(rest.slice(0, close.index))) continue;
      if (OWN_ACTOR.test(s.text.slice(0, m.index))) continue;
      const end = m.index + m[1]!.length + m[2]!.length + 2;
      report(m.index, end, s.text.slice(m.index, end), [`${m[1]}${m[2]}いただき`, `${m[1]}${m[2]}の上`]);
    }
    if (s.text.includes('でき')) for (const m of matchAll(s.text, O_DEKIRU)) {
      // Round 36 (fp36, gf-026): 「当日ご出席できない方がいらっしゃる場合は」「ご利用できる店舗」 — the plain form modifying the
      // noun after it describes the people or things (a relative clause, a condition), the use style guides accept; the
      // statement to the client (ご利用できます, ご出席できません) is the error.
      if ((m[3] === 'る' || m[3] === 'ない') && NOUN_NEXT.test(s.text.slice(m.index + m[0].length))) continue;
      // Round 37 (fp37, hb-022): 「田村様が当日ご出席できないとのこと、承知いたしました」 — the plain form closing words reported
      // with とのこと / と伺い (ja-quotes.ts reportedSpans) passes on the client's own message, not a statement to them.
      if ((m[3] === 'る' || m[3] === 'ない') && reportedSpans(s.text).some(([a, b]) => m.index >= a && m.index + m[0].length === b)) continue;
      report(m.index, m.index + m[0].length, m[0], [`${m[1]}${m[2]}${DEKIRU_TO_ITADAKERU[m[3]!]}`]);
    }
    const tokenHits = (s.tokens ? humbleForClient(s) : []).filter((h) => !favourHits.some((f) => f.start < h.end && h.start < f.end));
    tokenHits.push(...favourHits);
    if (s.text.includes('どなた')) for (const m of matchAll(s.text, DONATA_HUMBLE)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (tokenHits.some((h) => h.start - s.start <= start && start < h.end - s.start)) continue;
      report(start, start + m[1]!.length, m[1]!, [RESPECT_STEM[m[1]!]!]);
    }
    if (s.tokens) {
      for (const h of tokenHits) report(h.start - s.start, h.end - s.start, h.written, h.fixes);
      oSuruForClient(s.tokens, report, s.start);
      saseteForClient(s.tokens, report, s.start);
    }
  },
});

function reportHumble(ctx: RuleContext, start: number, end: number, written: string, fixes: string[]): void {
  ctx.report({
    start,
    end,
    message: `${written} is humble language, which lowers the client; use ${fixes[0]}.`,
    messageJa: `「${written}」は謙譲語で、お客様を低めてしまいます。「${fixes[0]}」を使います。`,
    suggestions: fixes.map((f) => suggestion(f, `Use ${f}`, `「${f}」にする`)),
  });
}

type Reporter = (start: number, end: number, written: string, fixes: string[]) => void;

/**
 * お送りした / ご説明いたしました / お伺いする with the client as the subject (山田様が…): the humble
 * お・ご〜する lowers them, whatever the verb. The respectful お・ご〜になる keeps the verb and its ending.
 */
function oSuruForClient(tokens: readonly Token[], report: Reporter, offset: number): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    let stem: string | undefined;
    let verbAt = i + 1;
    if (t.pos === '接頭詞' && /^[おご御]$/.test(t.surface) && tokens[i + 1] && (tokens[i + 1]!.pos === '名詞' || tokens[i + 1]!.pos === '動詞')) {
      stem = t.surface + tokens[i + 1]!.surface;
      verbAt = i + 2;
    } else if (t.pos === '名詞' && t.pos1 !== '固有名詞' && /^[おご御]./.test(t.surface)) {
      stem = t.surface;
    }
    const verb = tokens[verbAt];
    if (!stem || !verb || verb.pos !== '動詞' || !/^(?:する|いたす|致す)$/.test(verb.base)) continue;
    // お〜してください is the request O_SURU_KUDASAI rewrites; ご〜いたしかねます is ours.
    const after = verbAt + 1;
    if (tokens[after]?.surface === 'て' && /^(?:ください|下さい)$/.test(tokens[after + 1]?.surface ?? '')) continue;
    // ご案内させていただく is our act by their leave (the client is its object); saseteForClient reads the rest.
    if (tokens[after]?.base === 'せる' && tokens[after]!.pos1 === '接尾') continue;
    // お話しくださった / お話しいただいた: kuromoji cuts お話し into お話 + し(する), but a くださる / いただく right
    // after the し, with no て, makes the respectful お〜くださる (お〜いただく), not the humble お〜する.
    if (verb.surface === 'し' && /^(?:くださる|下さる|いただく|頂く)$/.test(tokens[after]?.base ?? '')) continue;
    // 石川様がご検討されている / 部長がお話しされた: お・ご〜する with the respect ending れる/られる is the client's
    // act raised (ご〜される, a respectful form some style guides frown on), never the humble お・ご〜する.
    if (verb.base === 'する' && /^(?:れる|られる)$/.test(tokens[after]?.base ?? '') && tokens[after]!.pos === '動詞') continue;
    if (!clientIsSubject(tokens, i)) continue;
    const swapped = swapVerb({ base: 'なる', cType: '五段・ラ行' }, verb, tokens[after]);
    if (!swapped) continue;
    const end = endingEnd(tokens, after);
    const ending = tokens.slice(after, end).map((x) => x.surface).join('');
    // 伺う is itself humble: the client comes (お越しになる).
    const respectStem = stem.replace(/^お伺い$/, 'お越し');
    const start = t.start - offset;
    const stop = tokens[end - 1]!.end - offset;
    const written = tokens.slice(i, end).map((x) => x.surface).join('');
    report(start, stop, written, [`${respectStem}に${swapped}${ending}`]);
    i = end - 1;
  }
}

/**
 * 佐藤様も同席させていただきます / 佐藤様がご確認させていただきます: させていただく is our own act done by the
 * reader's leave, so with the client as its subject it takes their act for ours (and lowers them). The
 * client's act takes ご〜いただく (佐藤様もご同席いただきます). Read when the client marker (が, or は/も on one
 * of their own acts) stands right before the verb, or the act is one of theirs and the client is the clause's
 * subject; 佐藤様もご案内させていただきます (we show them round: も marks the object) and a relative clause
 * (佐藤様がご希望の日程で調整させていただきます) stay ours. A permission asked (同席させていただけますか) is left.
 */
function saseteForClient(tokens: readonly Token[], report: Reporter, offset: number): void {
  for (let i = 1; i + 4 < tokens.length; i++) {
    const noun = tokens[i]!;
    if (noun.pos !== '名詞' || noun.pos1 !== 'サ変接続') continue;
    const [suru, seru, te, itadaku] = [tokens[i + 1]!, tokens[i + 2]!, tokens[i + 3]!, tokens[i + 4]!];
    if (suru.base !== 'する' || !(seru.base === 'せる' && seru.pos1 === '接尾') || te.surface !== 'て') continue;
    if (itadaku.base !== 'いただく' && itadaku.base !== '頂く') continue;
    const prefixed = tokens[i - 1]!.pos === '接頭詞' && /^[おご御]$/.test(tokens[i - 1]!.surface);
    const from = prefixed ? i - 1 : i;
    const particle = tokens[from - 1];
    const marker = tokens[from - 2];
    const own = CLIENT_OWN_ACTS.has(noun.surface);
    const adjacent = !!particle && !!marker && particle.pos === '助詞' && CLIENT_NOUN.test(marker.surface) &&
      (particle.surface === 'が' || (own && /^(?:は|も)$/.test(particle.surface)));
    if (!adjacent && !(own && clientIsSubject(tokens, from))) continue;
    // 弊社代表の山田様も同席させていただく: our own person wrongly given 様 (honorific-for-own-member's), not the client.
    if (ownPhraseBefore(tokens, from)) continue;
    const end = endingEnd(tokens, i + 5);
    const ending = tokens.slice(i + 4, end).map((x) => x.surface).join('');
    const start = tokens[from]!.start - offset;
    const stop = tokens[end - 1]!.end - offset;
    const stem = prefixed ? tokens[from]!.surface + noun.surface : `ご${noun.surface}`;
    report(start, stop, tokens.slice(from, end).map((x) => x.surface).join(''), [stem + ending]);
    i = end - 1;
  }
}

const OWN_WORDS = new Set(KEIGO.ownSide.filter((w) => !w.endsWith('の')));

/** The noun phrase before token `from` (nouns joined by の, back to a particle or a comma) names our side: 弊社代表の山田様. */
function ownPhraseBefore(tokens: readonly Token[], from: number): boolean {
  let k = from - 2;
  while (k >= 0 && (tokens[k]!.pos === '名詞' || tokens[k]!.pos === '接頭詞' || (tokens[k]!.pos === '助詞' && tokens[k]!.surface === 'の'))) {
    if (OWN_WORDS.has(tokens[k]!.surface)) return true;
    k--;
  }
  return false;
}
