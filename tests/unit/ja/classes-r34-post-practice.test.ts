// Round 34 (post34ja): a Japanese blunt no in our side's negated practice, potential or volition of an act the client asked
// for, that the integrated engine still missed —
// - the act asked for named as a こと clause or after a clause that tells the limit, with だけ / のみ in it (先に入荷した分だけを
//   分けてお届けすることには対応できません; クラウド版のみでのご提供となっており、オンプレミス版の提供は行っておりません): read as a
//   partial supply (news), now a refusal once they asked (request-context.ts limitedActRefused);
// - a verb of accepting after an outsider word (外部の方の立ち入りはお受けしておりません): read as a promise not to pass their
//   things to outsiders (assuranceMarkers), now a no (negated-act.ts ACCEPTING);
// - the act asked for as the topic and our own plant named as where it is not done (PB生産は、当組合の充填ラインでは受けて
//   おりません): read as a thing's specification, now ours (negated-act.ts OUR_PLACE);
// - our volition denied on the act asked for (価格の据え置きは考えておりません: 考える was no act at all) and our act offered
//   named as what there is not, on an answer line (・日本語の取扱説明書：ご用意はありません).
// Near misses stay clean: a product's description, a third party, a question, a cushioned no with an alternative, internal
// mail, an opinion (問題とは考えておりません), a stock-out, a partial supply told as news.
import { describe } from 'vitest';
import { nodeEngine } from '../node-engine';
import { quotedRefusals, type QuotedRefusal } from '../refusal-quotes';

/** [subject, the paragraphs of the body after the greeting, the quoted no (flag cases only), recipient]. */
type Case = [string, string, string?, ('client' | 'internal')?];

const mail = (middle: string) =>
  `株式会社ミドリ精工\n購買部 石川様\n\nいつもお世話になっております。\n東栄産業の村上です。\n\n${middle}\n\n何卒よろしくお願いいたします。\n\n東栄産業株式会社　村上`;

const FLAG: Case[] = [
  ['Re: 分納のご相談', 'ご依頼の件、社内で確認いたしました。\n入荷済みの分だけを先にお送りすることには対応できません。', '入荷済みの分だけを先にお送りすることには対応できません'],
  ['Re: 分割出荷について', '分割出荷をご希望とのこと、承知しました。\n完成した色だけを先に出荷することはできません。', '完成した色だけを先に出荷することはできません'],
  ['Re: オンプレミス版について', 'オンプレミス版をご希望とのこと、拝見しました。\n本サービスはクラウド版のみの提供となっており、オンプレミス版の販売は行っておりません。', 'オンプレミス版の販売は行っておりません'],
  ['Re: 工場見学のお願い', '工場見学のご依頼の件です。\n社外の方の見学はお受けしておりません。', 'お受けしておりません'],
  ['Re: 倉庫の視察について', '倉庫視察のご依頼をいただいた件です。\n外部の方の入構は受け付けておりません。', '受け付けておりません'],
  ['Re: OEM生産のご相談', 'OEM生産のご相談の件です。\n500ml缶での受託製造は、当工場のラインでは受けておりません。', '受けておりません'],
  ['Re: 小ロット加工のご相談', '小ロット加工のご相談の件です。\n10個単位での加工は、当組合の設備では請け負っておりません。', '請け負っておりません'],
  ['Re: 価格据え置きのお願い', '価格据え置きのご要望の件です。\n現時点では価格の据え置きは考えておりません。', '考えておりません'],
  ['Re: 納期短縮のお願い', '納期短縮のご依頼の件です。\n今回は納期の前倒しは考えておりません。', '考えておりません'],
  ['Re: ご質問への回答', 'ご質問の件、以下のとおり回答いたします。\n・英語版の保証書：ご用意はありません', 'ありません'],
  ['Re: 付属品について', 'ご質問の件、以下のとおり回答いたします。\n・予備のフィルター：ご提供はありません', 'ありません'],
];

const CLEAN: Case[] = [
  // A product's description: no ask answered.
  ['新製品のご案内', '新型ポンプのご案内です。\n本製品はクラウド版のみの提供となっており、オンプレミス版はございません。'],
  // Our promise about their things: outsiders as the receivers.
  ['Re: 図面の取り扱いについて', '図面の取り扱いについてのご質問の件です。\nお預かりした図面は外部に提供しておりません。'],
  // A third party's practice.
  ['Re: 見学のお願い', '工場見学のご依頼の件です。\n運送会社では外部の方の同乗は受け付けていないとのことです。'],
  // A question.
  ['Re: 見学のお願い', '工場見学のご依頼の件です。\n外部の方の立ち入りはお受けしていないのでしょうか。'],
  // A cushioned no with an alternative.
  ['Re: 分納のご相談', 'ご依頼の件、社内で確認いたしました。\n誠に申し訳ございませんが、入荷済みの分だけを先にお送りすることは難しい状況です。全数揃い次第、すぐに出荷いたします。'],
  ['Re: 価格据え置きのお願い', '価格据え置きのご要望の件です。\n大変恐縮ですが、現時点では価格の据え置きは考えておりません。代わりに数量割引をご提案させてください。'],
  // An opinion, not a no.
  ['Re: 品質の件', 'ご指摘の件、確認いたしました。\n現時点では大きな問題とは考えておりません。'],
  ['Re: 品質の件', 'ご指摘の件、確認いたしました。\nそのようには考えておりません。詳細は添付の報告書をご覧ください。'],
  // Internal mail.
  ['Re: 見学対応', '工場見学のご依頼の件です。\n外部の方の立ち入りはお受けしておりません。', undefined, 'internal'],
  // A stock-out, a state.
  ['Re: ご注文の件', 'ご注文の件、確認いたしました。\n・在庫：ございません（入荷は来週の予定です）'],
  // A partial supply told as news, no ask.
  ['出荷のお知らせ', '今月の出荷についてのお知らせです。\n本日は半数のみの出荷となります。'],
  // Our plant named in a description, nothing asked.
  ['工場のご紹介', '弊社工場のご紹介です。\n当工場では有機溶剤を使用しておりません。'],
];

const { table } = quotedRefusals(nodeEngine());
/** The case as quotedRefusals reads it: the middle wrapped in the mail. */
const quoted = ([subject, middle, quote, recipient]: Case): QuotedRefusal => [subject, mail(middle), quote, recipient];
const [head, tail] = mail('\u0000').split('\u0000') as [string, string];
const name = ([, body, , recipient]: QuotedRefusal) => body.slice(head.length, body.length - tail.length).replace(/\n/g, ' ⏎ ') + (recipient ? ` (${recipient})` : '');

describe('round 34 (post34ja): our negated practice, potential or volition of the act they asked for', () => {
  table(FLAG.map(quoted), CLEAN.map(quoted), name);
});
