import { defineRule, tracing, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { hasCushion } from './lib/cushion';
import { ALL_CLIENTS, CLOSURE_SCOPE, flatRefusals, ZU_FOLLOWER, type FlatRefusal } from './lib/flat-refusal';
import { japaneseFacts } from '../../engine/analysis/ja';
import { jaConventionCost } from '../../engine/analysis/convention-cost';
import { carriesTokens } from '../../engine/parse';
import type { Annotator, FactStore } from '../../engine/analysis/facts';
import { answersRequest, askLeads, isNewsNotAnswer, replyOnTopic, shortageNotAsked } from './lib/request-context';
import { JA_THEIR_REQUEST, JA_THEIR_WISH, jaAskNamed, jaWishNamed } from '../../engine/analysis/asked';
import { suggestion } from './lib/suggest';
import { isListOrHeading } from './lib/text';
import { threadAsks, verdictAnswersThread, verdictLine } from './lib/verdict-line';

/** A numbered answer written as a whole polite sentence (1. 返品は受け付けておりません。): a reply, not a note. */
const NUMBERED_REPLY = /^\s*(?:[0-9０-９]{1,2}[.．)）]|[（(][0-9０-９]{1,2}[)）]|[①-⑳])[^■□◆◇▼▽★☆]*(?:です|ます|ません|ございます)[。．]\s*$/;

/**
 * A flat no — できません, 伺えません, 受け付けておりません, お断りします, 難しいです, 範囲外です — with no
 * cushion word (恐れ入りますが, あいにく, 申し訳ございませんが) in its sentence or the one before. A reason or
 * an alternative does not soften it by itself, nor does …かねます alone; a cushion plus …いたしかねます does. Fixed phrases come from
 * dictionaries/ja/refusals.json; with kuromoji, any negated potential or accepting verb is read as well.
 */
export default defineRule({
  id: 'ja.blunt-refusal.unsoftened-refusal',
  lang: 'ja',
  category: 'blunt-refusal',
  // An offer that lapses after a date (それ以降は本条件でのご提供はできません) or an ultimatum is pressure on a
  // prospect's decision: the other finding says what is wrong. A sentence announcing news is left alone unless
  // it answers the client's request (lib/request-context.ts); when it does and the bad-news rule still reads
  // an announcement in it (ご質問の旧版は、3月以降はサポート対象外となります: an end of support, owed an
  // apology and an offer to explain), that finding says more than "add a cushion", so this one gives way.
  yieldsTo: ['ja.pressure.early-pressure', 'ja.pressure.decision-pressure', 'ja.bad-news.blunt-bad-news'],
  severity: 'warning',
  title: { en: 'Refusal without a cushion', ja: 'クッション言葉のない断り' },
  rationale: {
    en: 'A Japanese buyer hears できません or お断りします as a door being closed. Suppliers decline with a cushion word (恐れ入りますが, あいにく) and a softened form (…いたしかねます), and ideally say they will consult internally or offer an alternative, so the relationship survives the no.',
    ja: '「できません」「お断りします」と言い切ると、お客様は門前払いされたと感じます。「恐れ入りますが」「あいにく」などのクッション言葉と「いたしかねます」のような柔らかい表現で断り、社内での検討や代案を添えることで、関係を保つことができます。',
  },
  examples: {
    valid: [
      // Round 37: the same words told of our own accord, and a welcome.
      { text: '工場見学会のご案内です。\n当日は場内での撮影はご遠慮ください。' },
      { text: 'ご不明な点がございましたら、ご遠慮なくお申し付けください。' },
      // Round 35: another party's practice (運送会社が), a cost that is none, a report in a ず clause.
      { text: '日曜配送のご依頼の件です。運送会社が日曜日の配達を受け付けていません。' },
      { text: 'ご質問の件、回答いたします。\n・追加費用：なし\n・送料：無料' },
      { text: '納期のご確認の件です。まだ出荷しておらず、明日の出荷となります。' },
      // Round 34: a 不可 of use on a label (電子レンジ不可) says what the thing allows; our own application that failed is no no to them.
      { text: 'この容器は電子レンジ不可ですので、別の容器に移してから温めてください。' },
      { text: '弊社が申請していた補助金は、審査が通りませんでした。', subject: 'Re: 設備更新の件' },
      { text: '稟議が通りませんでしたら、ご連絡ください。', subject: 'Re: 値引きの件' },
      // Round 25: a concession under a terms heading, or granted, is no answer to an ask.
      { text: '■ 保証条件\n無償交換：不可' },
      { text: '航空便への切替（当社負担）：可能です。' },
      // Round 25: the softened no as the reason for the way forward the sentence gives.
      { text: 'これ以下の容量では測定精度の保証ができかねますため、2μL以上でのご使用をお願いしております。' },
      // Round 25: a stance kept with nothing asked; a rule for all with a grant after it.
      { text: '弊社の品質方針は変わりません。' },
      { text: 'お支払い条件の件、全てのお客様に同じ条件でお願いしておりますが、今回は特別に60日で承ります。' },
      { text: '恐れ入りますが、保証期間の延長はいたしかねます。' },
      { text: '大変申し訳ございません。土曜日の搬入は対応できません。' },
      { text: 'あいにく同時期に別の展示会があり、今回はご協力いたしかねる状況でございます。' },
      { text: 'お客様から「できません」と言われた場合の対応をまとめました。' },
      { text: '■ 対応できない作業\n・休日の搬入' },
      { text: '現時点では入荷日を確定できませんが、分かり次第ご連絡いたします。' },
      { text: '費用は一切発生いたしません。' },
      { text: '明日のご対応はできませんでしょうか。' },
      { text: '昨日はお電話に出ることができませんでした。' },
      { text: 'お約束はできませんが、できる限り対応いたします。' },
      { text: 'ご返却いただく必要はございません。' },
      { text: '昨年から値上げは一度も行っておりません。' },
      // Round 23 (mendref): a status report names the act bare or by its target, not a kind of it.
      { text: '先方への連絡はまだしておりません。' },
      { text: 'まだ出荷できておりませんが、明日には発送いたします。' },
      { text: '川村様は当日ご出席できないとのことですので、資料をお送りいたします。' },
      { text: '本機は単相100Vには対応しておりません。' },
      { text: 'ご質問の件は、現時点では分かりかねます。' },
      { text: '操作が難しいので、弊社で初期設定を代行いたします。' },
      { text: '前回は見送りとなりましたが、改めてご提案いたします。' },
      { text: 'その変更による費用はいただきません。' },
      { text: '当面、値上げの予定はございません。' },
      // A reasoned …かねます with the apology or an alternative in the next sentences is cushioned (F5).
      { text: '印刷機の段取り上、300枚での別版印刷はお引き受けいたしかねる状況でございます。\nご期待に沿えず、大変申し訳ございません。' },
      { text: '倉庫の人員配置の都合上、日曜日の出荷は承りかねます。\n代わりに、土曜日の午前であれば出荷が可能です。' },
      { text: '温かいお心遣いに、感謝せずにはいられません。' },
      // A spec's compound (水洗い不可) and a no that is negated or past are no refusal to the client.
      { text: '本製品は水洗い不可です。' },
      // Round 24: a cost on the client as the price of one option on a menu of priced options.
      { text: 'お見積りです。\n・通常便：¥4,800（5〜7日）\n・特急便：¥25,000（2日）　※特急料金はお客様ご負担となります' },
      // Round 21: a spec answers nobody when nothing was asked, or only a question; a spec table is no verdict on an ask.
      { text: 'ご質問の件ですが、本製品はLINには対応しておりません。' },
      { text: '■ 本製品の仕様\n・防水：×\n・防塵：○' },
      { text: 'お断りしませんので、お気軽にご相談ください。' },
      { text: '前回は弊社がお断りしてしまい、失礼いたしました。' },
      // Round 20: a plan denied with nothing asked is our diary; an authority's decision on our own application is news of ours.
      { text: '来月は出張の予定はありません。' },
      // Round 28: a plan that reassures, and a suspension told of our own accord, turn nothing down.
      { text: '値上げは今期の計画にはございません。' },
      { text: '台風の影響により、本日の出荷を見合わせております。' },
      { text: '弊社が申請していた輸出許可は、当局により却下されました。' },
      { text: '前回のご提案は不採用となりましたが、今回改めてご提案いたします。' },
      // Round 22: a capability denied in answer to a question, with what we can do offered after it, informs.
      { text: 'ご質問いただいた測定項目について回答いたします。\npHの測定には対応しておりません。\npHのデータが必要な場合は、他社製センサーの値を取り込むことが可能です。' },
      // A plan denied, then regret and an alternative: cushioned after it.
      { text: 'お問い合わせの小児用サイズの件です。\n小児用サイズは現時点で申請の予定もございません。\nお力になれず恐縮ですが、他社製品の情報をお送りすることも可能です。' },
      // A verdict table under a spec or terms heading answers nobody, even with yes and no in it.
      { text: '■ お見積り条件\n・有効期限：30日\n・返品：不可' },
      { text: '弊社の支払条件は全てのお取引先様で統一しております。' },
      // Round 22 (mendja): …かねません after a happening warns (招きかねません); a cost on us or cushioned is no refusal.
      { text: 'このままでは品質問題を招きかねません。' },
      { text: '返品の送料は弊社の負担となります。' },
      { text: '誠に恐れ入りますが、追加費用は貴社のご負担となります。何卒ご了承ください。' },
      { text: '検査の結果、不具合は無しでした。' },
      // Round 23: exceptions as findings reported, not a rule closed.
      { text: '監査の結果：例外事項はございませんでした。' },
    ],
    invalid: [
      {
        // Round 37 (refja37): a prohibition put on what they asked to do, and a limit of ours told as the answer to their ask.
        text: '研修資料を社内研修でも使いたいとのご相談をいただきました。\n資料の社内転用はご遠慮ください。',
        flagged: '資料の社内転用はご遠慮ください',
        outputs: [
          '研修資料を社内研修でも使いたいとのご相談をいただきました。\nあいにく、資料の社内転用はご遠慮いただけますと幸いです。',
          '研修資料を社内研修でも使いたいとのご相談をいただきました。\n大変申し訳ございませんが、資料の社内転用はご遠慮いただけますと幸いです。',
          '研修資料を社内研修でも使いたいとのご相談をいただきました。\n大変申し訳ございませんが、資料の社内転用はご遠慮いただけますと幸いです。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: 'お支払いを翌々月末にしたいとのご要望ですが、当社の規定では翌月末払いが上限です。',
        flagged: '当社の規定では翌月末払いが上限です',
        outputs: [
          'お支払いを翌々月末にしたいとのご要望ですが、あいにく当社の規定では翌月末払いが上限となっております。',
          'お支払いを翌々月末にしたいとのご要望ですが、誠に恐縮ながら、当社の規定では翌月末払いが上限となっております。',
          'お支払いを翌々月末にしたいとのご要望ですが、誠に恐縮ながら、当社の規定では翌月末払いが上限となっております。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      // Round 35: our no in a ず clause going on to what we do instead; "none" as the answer on an act they asked for.
      { text: '小分けのご依頼の件です。小分けは承っておらず、1kg袋でのお届けとなります。', flagged: '小分けは承っておらず',
        outputs: ['小分けのご依頼の件です。あいにく、小分けは承りかねるため、1kg袋でのお届けとなります。', '小分けのご依頼の件です。大変申し訳ございませんが、小分けは承りかねるため、1kg袋でのお届けとなります。'] },
      { text: 'ご要望の件、回答いたします。\n1. 値引き：なし\n2. 送料無料：対応します', flagged: '値引き：なし',
        outputs: ['ご要望の件、回答いたします。\n1. 値引き：大変申し訳ございませんが、対応いたしかねます\n2. 送料無料：対応します'] },
      // Round 35: our no of the amount asked for, then the part we send instead: the no, not a partial supply told as news.
      { text: '各サイズ5箱のサンプルのご依頼の件です。ご希望の各サイズ5箱はお送りできませんので、各1箱をお送りします。', flagged: 'ご希望の各サイズ5箱はお送りできません',
        outputs: ['各サイズ5箱のサンプルのご依頼の件です。あいにく、ご希望の各サイズ5箱はお送りいたしかねますので、各1箱をお送りします。', '各サイズ5箱のサンプルのご依頼の件です。大変申し訳ございませんが、ご希望の各サイズ5箱はお送りいたしかねますので、各1箱をお送りします。'] },
      {
        // Round 34: an approval that did not come through, on their matter named as the topic (refusal-verbs.ts approvalWithheld).
        text: '追加値引きの件は、本社の決裁が下りませんでした。',
        flagged: '本社の決裁が下りませんでした',
        outputs: [
          '追加値引きの件は、あいにく本社の決裁が下りず、お受けいたしかねることとなりました。',
          '追加値引きの件は、大変申し訳ございませんが、本社の決裁が下りず、お受けいたしかねることとなりました。',
          '追加値引きの件は、大変申し訳ございませんが、本社の決裁が下りず、お受けいたしかねることとなりました。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 25: a verdict line on a concession (a cost borne by our side) answers an ask even in a notice (lib/verdict-line.ts).
        text: '出荷は来週になります。\n航空便への切替（当社負担）：不可。',
        flagged: '航空便への切替（当社負担）：不可',
        outputs: ['出荷は来週になります。\n航空便への切替（当社負担）：大変申し訳ございませんが、対応いたしかねます。'],
      },
      // Round 25 (guard ledger): no exception to the matter named as the topic (〜の件ですが、).
      { text: '年間契約の途中解約と返金の件ですが、例外は設けておりません。', flagged: '例外は設けておりません',
        outputs: ['年間契約の途中解約と返金の件ですが、あいにく例外は設けかねます。', '年間契約の途中解約と返金の件ですが、誠に恐縮ながら、例外は設けかねます。', '年間契約の途中解約と返金の件ですが、誠に恐縮ながら、例外は設けかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。'] },
      {
        // Round 25: a term declared the same for every client, on their matter (〜の件): the rule is the no.
        text: "お支払いサイト延長の件ですが、全てのお客様に同じ条件でお願いしております。",
        flagged: "全てのお客様に同じ条件でお願いしております",
        outputs: [
          "お支払いサイト延長の件ですが、あいにく全てのお客様に同じ条件でお願いしております。",
          "お支払いサイト延長の件ですが、誠に恐縮ながら、全てのお客様に同じ条件でお願いしております。",
          "お支払いサイト延長の件ですが、誠に恐縮ながら、全てのお客様に同じ条件でお願いしております。代わりの方法を社内で検討のうえ、改めてご連絡いたします。",
        ],
      },
      {
        // Round 25: a stance of ours kept (方針は変わりません) on their matter: said only to someone who asked us to reconsider.
        text: "再見積りの件、弊社の方針は変わりません。",
        flagged: "再見積りの件、弊社の方針は変わりません",
        outputs: [
          "あいにく、再見積りの件、弊社の方針は変わりません。",
          "大変申し訳ございませんが、再見積りの件、弊社の方針は変わりません。",
          "大変申し訳ございませんが、再見積りの件、弊社の方針は変わりません。代わりの方法を社内で検討のうえ、改めてご連絡いたします。",
        ],
      },
      {
        // Round 25: no exceptions on their matter named as 〜の件ですが; the contract clause cited after it gives a reason, no cushion.
        text: "途中解約の件ですが、例外は設けておりません。契約書第12条のとおりです。",
        flagged: "例外は設けておりません",
        outputs: [
          "途中解約の件ですが、あいにく例外は設けかねます。契約書第12条のとおりです。",
          "途中解約の件ですが、誠に恐縮ながら、例外は設けかねます。契約書第12条のとおりです。",
          "途中解約の件ですが、誠に恐縮ながら、例外は設けかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。契約書第12条のとおりです。",
        ],
      },
      {
        // Round 25: a bare verdict of no on a concession (当社負担) in a notice naming no ask: nobody announces a concession refused as news.
        text: "ロット2207は不合格となりました。\n航空便への切替（当社負担）：不可",
        flagged: "航空便への切替（当社負担）：不可",
        outputs: [
          "ロット2207は不合格となりました。\n航空便への切替（当社負担）：大変申し訳ございませんが、対応いたしかねます",
        ],
      },
      { text: 'お見直しのご依頼について、お答えします。\n本見積の単価は確定価格ですので、変更はありません。', flagged: '変更はありません',
        outputs: ['お見直しのご依頼について、お答えします。\n本見積の単価は確定価格ですので、あいにく変更はお受けいたしかねます。', 'お見直しのご依頼について、お答えします。\n本見積の単価は確定価格ですので、大変申し訳ございませんが、変更はお受けいたしかねます。', 'お見直しのご依頼について、お答えします。\n本見積の単価は確定価格ですので、大変申し訳ございませんが、変更はお受けいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。'] },
      {
        // Round 22 (mendja): a learner's double negative of …かねます is the refusal it means.
        text: 'ご依頼の件ですが、翻訳は出来かねません。',
        flagged: '翻訳は出来かねません',
        outputs: [
          'ご依頼の件ですが、あいにく翻訳は出来かねます。',
          'ご依頼の件ですが、誠に恐縮ながら、翻訳は出来かねます。',
          'ご依頼の件ですが、誠に恐縮ながら、翻訳は出来かねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 22 (mendja): なし as the verdict on an act they asked for.
        text: '夜間リリースの件、社内で確認しました。\n無償対応はなしです。',
        flagged: '無償対応はなしです',
        outputs: [
          '夜間リリースの件、社内で確認しました。\nあいにく、無償対応はいたしかねます。',
          '夜間リリースの件、社内で確認しました。\n大変申し訳ございませんが、無償対応はいたしかねます。',
          '夜間リリースの件、社内で確認しました。\n大変申し訳ございませんが、無償対応はいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 22 (mendja): a cost put on the client, in answer to their ask.
        text: 'ご依頼の件ですが、追加費用38万円は貴社のご負担になります。',
        flagged: '追加費用38万円は貴社のご負担になります',
        outputs: [
          'ご依頼の件ですが、あいにく追加費用38万円は貴社のご負担となります。',
          'ご依頼の件ですが、誠に恐縮ながら、追加費用38万円は貴社のご負担となります。',
          'ご依頼の件ですが、誠に恐縮ながら、追加費用38万円は貴社のご負担となります。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 22: a verdict line in a reply (their matter named: お問い合わせの件) is a refusal, its copula kept in the rewrite.
        text: 'お問い合わせの件、下記のとおりです。\n・未開封分の返品：無理です。\n・緩衝材：次回より同梱いたします。',
        flagged: '未開封分の返品：無理です',
        outputs: ['お問い合わせの件、下記のとおりです。\n・未開封分の返品：大変申し訳ございませんが、対応いたしかねます。\n・緩衝材：次回より同梱いたします。'],
      },
      {
        // Round 22: an answer sheet (several items, each with a verdict) answers a list of asks, named or not.
        text: '1. 加工図面のご提出 → 不可\n2. 梱包の変更 → 対応可',
        flagged: '加工図面のご提出 → 不可',
        outputs: ['1. 加工図面のご提出 → 大変申し訳ございませんが、対応いたしかねます\n2. 梱包の変更 → 対応可'],
      },
      {
        // Round 22: no exceptions, after their wish: a standing policy that turns it down.
        text: 'お支払サイトを延長したいとのご依頼ですが、例外は設けておりません。',
        flagged: '例外は設けておりません',
        outputs: [
          'お支払サイトを延長したいとのご依頼ですが、あいにく例外は設けかねます。',
          'お支払サイトを延長したいとのご依頼ですが、誠に恐縮ながら、例外は設けかねます。',
          'お支払サイトを延長したいとのご依頼ですが、誠に恐縮ながら、例外は設けかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 23 (mendref): a matter named as the topic (については) closes the rule as a label does.
        text: '支払い条件については例外は一切設けておりません。',
        flagged: '支払い条件については例外は一切設けておりません',
        outputs: [
          'あいにく、支払い条件については例外は一切設けかねます。',
          '大変申し訳ございませんが、支払い条件については例外は一切設けかねます。',
          '大変申し訳ございませんが、支払い条件については例外は一切設けかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 23 (mendref): an act narrowed to a kind (DDP条件での) denied as our standing practice.
        text: 'DDP条件での見積もりはしておりません。',
        flagged: 'DDP条件での見積もりはしておりません',
        outputs: [
          'あいにく、DDP条件での見積もりはいたしかねます。',
          '大変申し訳ございませんが、DDP条件での見積もりはいたしかねます。',
          '大変申し訳ございませんが、DDP条件での見積もりはいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 23: no exceptions for an item named as a topic label, with no ask written.
        text: '検収期間の延長：例外は設けておりません。',
        flagged: '例外は設けておりません',
        outputs: [
          '検収期間の延長：あいにく例外は設けかねます。',
          '検収期間の延長：大変申し訳ございませんが、例外は設けかねます。',
          '検収期間の延長：大変申し訳ございませんが、例外は設けかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 21: a specification that turns down what the reader asked for is a no.
        text: 'アラートメールの日本語化のご要望ですが、現在のバージョンでは対応しません。',
        flagged: '現在のバージョンでは対応しません',
        outputs: [
          'アラートメールの日本語化のご要望ですが、あいにく現在のバージョンでは対応いたしかねます。',
          'アラートメールの日本語化のご要望ですが、誠に恐縮ながら、現在のバージョンでは対応いたしかねます。',
          'アラートメールの日本語化のご要望ですが、誠に恐縮ながら、現在のバージョンでは対応いたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 21: a bare verdict on an item the reader asked for, in an answer sheet.
        text: 'ご要望への回答です。\n・保証期間の延長：不可\n・定期点検の追加：可能',
        flagged: '保証期間の延長：不可',
        outputs: ['ご要望への回答です。\n・保証期間の延長：大変申し訳ございませんが、対応いたしかねます\n・定期点検の追加：可能'],
      },
      {
        text: 'ご相談いただいた他社品での代替は、弊社ではできません。',
        flagged: '弊社ではできません',
        outputs: [
          'ご相談いただいた他社品での代替は、あいにく弊社ではいたしかねます。',
          'ご相談いただいた他社品での代替は、大変申し訳ございませんが、弊社ではいたしかねます。',
          'ご相談いただいた他社品での代替は、大変申し訳ございませんが、弊社ではいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: 'ご依頼いただいた土曜日搬入の件ですが、弊社では休日の搬入作業には対応しません。',
        flagged: '弊社では休日の搬入作業には対応しません',
        outputs: [
          'ご依頼いただいた土曜日搬入の件ですが、あいにく弊社では休日の搬入作業には対応いたしかねます。',
          'ご依頼いただいた土曜日搬入の件ですが、誠に恐縮ながら、弊社では休日の搬入作業には対応いたしかねます。',
          'ご依頼いただいた土曜日搬入の件ですが、誠に恐縮ながら、弊社では休日の搬入作業には対応いたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: 'その納期でのお引き受けはお断りします。',
        flagged: 'その納期でのお引き受けはお断りします',
        outputs: [
          'あいにく、その納期でのお引き受けはいたしかねます。',
          '大変申し訳ございませんが、その納期でのお引き受けはいたしかねます。',
          '大変申し訳ございませんが、その納期でのお引き受けはいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // お断りする in any conjugation (read from the tokens): 〜しています, 〜している状況です, 断っております.
        text: '海外拠点からの本番環境への直接接続はお断りしています。',
        flagged: '海外拠点からの本番環境への直接接続はお断りしています',
        outputs: [
          'あいにく、海外拠点からの本番環境への直接接続はお受けいたしかねます。',
          '大変申し訳ございませんが、海外拠点からの本番環境への直接接続はお受けいたしかねます。',
          '大変申し訳ございませんが、海外拠点からの本番環境への直接接続はお受けいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '社内行事があるため、お伺いできません。',
        flagged: 'お伺いできません',
        outputs: [
          '社内行事があるため、あいにくお伺いいたしかねます。',
          '社内行事があるため、大変申し訳ございませんが、お伺いいたしかねます。',
          '社内行事があるため、大変申し訳ございませんが、お伺いいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '当日は先約があるため、伺うことができません。',
        flagged: '伺うことができません',
        outputs: [
          '当日は先約があるため、あいにく伺うことができかねます。',
          '当日は先約があるため、大変申し訳ございませんが、伺うことができかねます。',
          '当日は先約があるため、大変申し訳ございませんが、伺うことができかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: 'その日は社内の研修があり、伺えません。',
        flagged: '伺えません',
        outputs: [
          'その日は社内の研修があり、あいにく伺いかねます。',
          'その日は社内の研修があり、大変申し訳ございませんが、伺いかねます。',
          'その日は社内の研修があり、大変申し訳ございませんが、伺いかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '店舗での設置作業は、弊社の業務範囲外です。',
        flagged: '弊社の業務範囲外です',
        outputs: [
          '店舗での設置作業は、あいにく弊社の業務範囲外となっております。',
          '店舗での設置作業は、大変申し訳ございませんが、弊社の業務範囲外となっております。',
          '店舗での設置作業は、大変申し訳ございませんが、弊社の業務範囲外となっております。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '納期短縮のご要望ですが、難しいです。',
        flagged: '難しいです',
        outputs: [
          '納期短縮のご要望ですが、あいにく難しい状況でございます。',
          '納期短縮のご要望ですが、誠に恐縮ながら、難しい状況でございます。',
          '納期短縮のご要望ですが、誠に恐縮ながら、難しい状況でございます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: 'ご依頼の追加加工は請け負っておりません。',
        flagged: 'ご依頼の追加加工は請け負っておりません',
        outputs: [
          'あいにく、ご依頼の追加加工は請け負いかねます。',
          '大変申し訳ございませんが、ご依頼の追加加工は請け負いかねます。',
          '大変申し訳ございませんが、ご依頼の追加加工は請け負いかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // …かねます is the softened form, but without its cushion it still reads as a closed door.
        text: 'そのご要望には応じかねます。',
        flagged: 'そのご要望には応じかねます',
        outputs: [
          'あいにく、そのご要望には応じかねます。',
          '大変申し訳ございませんが、そのご要望には応じかねます。',
          '大変申し訳ございませんが、そのご要望には応じかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        text: '短納期での対応は難しいと考えております。',
        flagged: '短納期での対応は難しいと考えております',
        outputs: [
          'あいにく、短納期での対応は難しい状況でございます。',
          '大変申し訳ございませんが、短納期での対応は難しい状況でございます。',
          '大変申し訳ございませんが、短納期での対応は難しい状況でございます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // A change the client asked for (ご要望の) is refused, not the good news 変更はいたしません.
        text: 'ご要望の仕様変更は提供できません。',
        flagged: 'ご要望の仕様変更は提供できません',
        outputs: [
          'あいにく、ご要望の仕様変更は提供いたしかねます。',
          '大変申し訳ございませんが、ご要望の仕様変更は提供いたしかねます。',
          '大変申し訳ございませんが、ご要望の仕様変更は提供いたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // No plan to do what was asked is a no; no plan to raise a price (値上げの予定は…) is good news.
        text: 'ご要望の機能を追加する予定はございません。',
        flagged: 'ご要望の機能を追加する予定はございません',
        outputs: [
          'あいにく、ご要望の機能を追加する予定が立っておりません。',
          '大変申し訳ございませんが、ご要望の機能を追加する予定が立っておりません。',
          '大変申し訳ございませんが、ご要望の機能を追加する予定が立っておりません。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 28: what the client asked for left out of our plan (a plan noun with に and a denied existence).
        text: 'ご要望のCSV出力機能は、今年度の開発計画に含まれておりません。',
        flagged: '今年度の開発計画に含まれておりません',
        outputs: [
          'ご要望のCSV出力機能は、あいにく今年度の開発計画には含まれておりません。',
          'ご要望のCSV出力機能は、大変申し訳ございませんが、今年度の開発計画には含まれておりません。',
          'ご要望のCSV出力機能は、大変申し訳ございませんが、今年度の開発計画には含まれておりません。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // Round 28: a verb of forgoing (見合わせる) in answer to what the client proposed.
        text: 'ご提案いただいた共同実証については、参加を見合わせます。',
        flagged: '参加を見合わせます',
        outputs: [
          'ご提案いただいた共同実証については、あいにく参加を見送らせていただきたく存じます。',
          'ご提案いただいた共同実証については、大変申し訳ございませんが、参加を見送らせていただきたく存じます。',
          'ご提案いただいた共同実証については、大変申し訳ございませんが、参加を見送らせていただきたく存じます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // A plan denied on a feature the client asked for: a product has no plans, so 機能は is no specification (round 20).
        text: 'ご要望いただいた帳票の並び替え機能は、今後も追加の予定はありません。',
        flagged: '今後も追加の予定はありません',
        outputs: [
          'ご要望いただいた帳票の並び替え機能は、あいにく今後も追加の予定が立っておりません。',
          'ご要望いただいた帳票の並び替え機能は、大変申し訳ございませんが、今後も追加の予定が立っておりません。',
          'ご要望いただいた帳票の並び替え機能は、大変申し訳ございませんが、今後も追加の予定が立っておりません。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // A decision against their ask, reported (却下となりました, 承認されませんでした) (round 20).
        text: 'ご依頼いただいた仕様変更の件ですが、社内審査の結果、却下となりました。',
        flagged: '社内審査の結果、却下となりました',
        outputs: [
          'ご依頼いただいた仕様変更の件ですが、あいにく社内審査の結果、お受けいたしかねることとなりました。',
          'ご依頼いただいた仕様変更の件ですが、誠に恐縮ながら、社内審査の結果、お受けいたしかねることとなりました。',
          'ご依頼いただいた仕様変更の件ですが、誠に恐縮ながら、社内審査の結果、お受けいたしかねることとなりました。代わりの方法を社内で検討のうえ、改めてご連絡いたします。',
        ],
      },
      {
        // The reason alone, with nothing after it, leaves …かねます uncushioned.
        text: '印刷機の段取り上、300枚での別版印刷はお引き受けいたしかねる状況でございます。\nよろしくお願いいたします。',
        flagged: '印刷機の段取り上、300枚での別版印刷はお引き受けいたしかねる状況でございます',
        outputs: [
          'あいにく、印刷機の段取り上、300枚での別版印刷はお引き受けいたしかねます。\nよろしくお願いいたします。',
          '大変申し訳ございませんが、印刷機の段取り上、300枚での別版印刷はお引き受けいたしかねます。\nよろしくお願いいたします。',
          '大変申し訳ございませんが、印刷機の段取り上、300枚での別版印刷はお引き受けいたしかねます。代わりの方法を社内で検討のうえ、改めてご連絡いたします。\nよろしくお願いいたします。',
        ],
      },
      {
        text: '土曜日は無理ですので、平日でご検討ください。',
        flagged: '土曜日は無理です',
        outputs: [
          'あいにく、土曜日は難しい状況ですので、平日でご検討ください。',
          '大変申し訳ございませんが、土曜日は難しい状況ですので、平日でご検討ください。',
        ],
      },
    ],
  },
  readsPrevious: true,
  sentence(s, ctx, previous) {
    // Round 23: a no to exceptions after a topic label (検収期間の延長：例外は設けておりません。) is a whole answer, not a
    // terse item of a list.
    const terse = isHeadingOrTerseItem(s, previous);
    // Guard ledger (Engine trace): the candidates a whole-sentence guard stops are read only when tracing.
    const traced = tracing(ctx);
    const drop = (guard: string, c: FlatRefusal) => ctx.suppressed(guard, s.start + c.clauseStart, s.start + c.end);
    if (terse && !s.text.includes('例外') && !s.text.includes('特例')) {
      if (traced && !verdictLine(s.text)) for (const c of flatRefusals(s, { keepSpecs: true })) drop('terse-item', c);
      return;
    }
    const cushioned = hasCushion(s.text) || hasCushion(previous?.text);
    // The candidates first: a sentence with none (most of a draft) has nothing to judge, and asking whether it is news
    // (its `news` fact, read only when asked: ja.ts) would cost more than finding that out. Read through the fact store:
    // the document hook below reads the same list of every sentence (FLAT_WITH_SPECS), so it is found once.
    const candidates = ctx.facts.of(FLAT_WITH_SPECS, s);
    if (candidates.length === 0) return;
    if (isNewsNotAnswer(ctx, s, previous)) {
      if (traced) for (const c of candidates) drop('news-not-answer', c);
      return;
    }
    for (const c of candidates) {
      if (terse && !(c.id === 'no-exception' && ruleClosed(s.text.slice(0, c.start), previous?.text, c))) {
        drop('terse-item', c);
        continue;
      }
      // A reasoned …かねます, or a spec or a plan denied in answer to them, may be cushioned by the sentences after it:
      // the document hook judges it.
      if (reasonedKaneru(s.text, c) || statementNo(c) || reasonForWayForward(s.text, c)) continue;
      const guard = refusalGuard(ctx, s, previous, c, cushioned);
      if (guard) {
        drop(guard, c);
        continue;
      }
      // A topic label before the no (検収期間の延長：) stays as written; the finding and its rewrite start after its colon.
      const label = c.id === 'no-exception' ? Math.max(c.clause.lastIndexOf('：'), c.clause.lastIndexOf(':')) + 1 : 0;
      report(ctx, s, c, c.clauseStart + label, c.clause.slice(label), c.final, c.follower, cushioned);
    }
  },
  // 段取り上、…お引き受けいたしかねる状況でございます。ご期待に沿えず申し訳ございません。 — the softened form with
  // its reason, and the apology (or an alternative) in the next one or two sentences: a cushioned no.
  // Each walk visits only the sentences its part bit marks (scanOf: kept from the field's last check by position), so a
  // keystroke costs a pointer comparison per unchanged sentence; the walk's own tests below are those it always made.
  document(ctx) {
    const { sentences } = ctx;
    const { values, kept } = scanOf(ctx);
    for (let n = 0; n < kept.length; n++) {
      const i = kept[n]!;
      if (!(values[i]! & KANE)) continue;
      const s = sentences[i]!;
      // carriesTokens, not s.tokens: reading them would move a moved sentence's tokens to its place (a copy of
      // each) on every keystroke, for a test of whether it has any.
      if (s.lang !== 'ja' || !s.text.includes('かね') || !carriesTokens(s)) continue;
      const previous = sentences[i - 1];
      if (isHeadingOrTerseItem(s, previous)) continue;
      if (hasCushion(s.text) || hasCushion(previous?.text) || isNewsNotAnswer(ctx, s, previous)) continue;
      const deferred = ctx.facts.of(FLAT_REFUSALS, s).filter((c) => reasonedKaneru(s.text, c) && !closureScoped(s, c, previous));
      if (deferred.length === 0) continue;
      if (cushionedAfter(ctx, sentences.slice(i + 1, i + 3))) {
        for (const c of deferred) ctx.suppressed('cushion-after', s.start + c.clauseStart, s.start + c.end);
        continue;
      }
      for (const c of deferred) report(ctx, s, c, c.clauseStart, c.clause, c.final, c.follower);
    }
    // 3Frの小児用サイズは現時点で申請の予定もございません。お力になれず恐縮ですが、…をお送りすることも可能です: what a
    // product does or what we plan, told in answer to them, with regret or an alternative right after, is a no cushioned.
    for (let n = 0; n < kept.length; n++) {
      const i = kept[n]!;
      if (!(values[i]! & STATEMENT)) continue;
      const s = sentences[i]!;
      if (s.lang !== 'ja' || !carriesTokens(s)) continue;
      const previous = sentences[i - 1];
      if (isHeadingOrTerseItem(s, previous)) continue;
      // The cached statements first: a keystroke then tests the news reading of the few sentences that say no only.
      // (Tested before filtering: a filter made an empty array per Japanese sentence on every keystroke.)
      const flat = ctx.facts.of(FLAT_WITH_SPECS, s);
      if (flat.length === 0 || !flat.some(statementNo)) continue;
      const statements = flat.filter(statementNo);
      if (isNewsNotAnswer(ctx, s, previous)) continue;
      // Round 44 (oa2-017): …とのご要望の件、確認いたしました。…3,000個でのご注文には対応しておりません。無地であれば…お届けできます —
      // a wish of theirs named just before, turned down: an alternative after the no does not cushion it (the spec's
      // 「社内行事があるため、お伺いできません。」 — a reason or an alternative, no cushion word, is still blunt); only regret does.
      const wished = WISH_NAMED.test(sentences.slice(Math.max(0, i - 2), i + 1).map((x) => x.text).join(''));
      if (cushionedAfter(ctx, sentences.slice(i + 1, i + 3), !wished)) {
        for (const c of statements) ctx.suppressed('cushion-after', s.start + c.clauseStart, s.start + c.end);
        continue;
      }
      const cushioned = hasCushion(s.text) || hasCushion(previous?.text);
      for (const c of statements) {
        if (c.compat && answersQuestion(ctx, sentences, i)) {
          ctx.suppressed('answers-question', s.start + c.clauseStart, s.start + c.end);
          continue;
        }
        const guard = refusalGuard(ctx, s, previous, c, cushioned);
        if (!guard) report(ctx, s, c, c.clauseStart, c.clause, c.final, c.follower, cushioned);
        else ctx.suppressed(guard, s.start + c.clauseStart, s.start + c.end);
      }
    }
    reportVerdictLines(ctx, values, kept);
    reportItemReplies(ctx, values, kept);
    // 休業期間中は出荷およびお問い合わせへの対応ができかねます: the consequence of a closure the draft announces
    // (G1) refuses nobody; the same words with no closure announced anywhere in the draft still refuse.
    // Per keystroke this walks every sentence, so the cheap text tests come first: the closure scope (rare), then the
    // notice, and a sentence's tokens (a tokenization if unread) only for a scoped one.
    const scoped = kept.some((i) => (values[i]! & SCOPE) !== 0);
    if (!scoped || kept.some((i) => (values[i]! & NOTICE) !== 0)) return;
    for (let n = 0; n < kept.length; n++) {
      const i = kept[n]!;
      if (!(values[i]! & SCOPE)) continue;
      const s = sentences[i]!;
      if (s.lang !== 'ja' || !CLOSURE_SCOPE.test(s.text) || !carriesTokens(s)) continue;
      const previous = sentences[i - 1];
      if (isHeadingOrTerseItem(s, previous) || isNewsNotAnswer(ctx, s, previous)) continue;
      const cushioned = hasCushion(s.text) || hasCushion(previous?.text);
      for (const c of ctx.facts.of(FLAT_REFUSALS, s)) {
        if ((cushioned && !c.evenCushioned) || !closureScoped(s, c, previous)) continue;
        if (reasonedKaneru(s.text, c) && cushionedAfter(ctx, sentences.slice(i + 1, i + 3))) continue;
        report(ctx, s, c, c.clauseStart, c.clause, c.final, c.follower, cushioned);
      }
    }
  },
});

/** A no stated as what a product does (spec) or what we plan (追加の予定はございません), rather than said with a verb of refusing. */
function statementNo(c: FlatRefusal): boolean {
  return !!c.spec || !!c.compat || c.id === 'no-plan' || c.id === 'not-in-plan';
}

/**
 * ご質問いただいた測定項目について回答いたします。…pHの測定には対応しておりません。…pHのデータが必要な場合は、…表示することが
 * 可能です: a capability denied in answer to a QUESTION (ご質問, お問い合わせ — no wish of theirs named), with what we can do
 * offered later in the mail, informs; it turns nothing down.
 */
function answersQuestion(ctx: RuleContext, sentences: readonly Sentence[], i: number): boolean {
  const s = sentences[i]!;
  // The question may be named paragraphs above its answers (お問い合わせいただいた2点について、回答いたします。 1. … 2. …).
  const asked = [ctx.text.slice(0, s.start), s.text, ctx.draft.subject ?? ''];
  if (asked.some(jaWishNamed) || !asked.some(jaAskNamed)) return false;
  return sentences.slice(i + 1).some((n) => n.lang === 'ja' && (offersAlternative(n.text) || /予定です|可能です|(?:お送り|ご紹介|ご案内)いたします/.test(n.text))) ||
    /予定です|可能です/.test(s.text.slice(s.text.search(/ません|ない/)));
}

/**
 * Whether a flat no of the sentence refuses the client, read with the sentence before and its paragraph: undefined
 * when it does, else the name of the guard that reads it as no refusal (for the guard ledger, ctx.suppressed).
 */
function refusalGuard(ctx: RuleContext, s: Sentence, previous: Sentence | undefined, c: FlatRefusal, cushioned: boolean): string | undefined {
  // 現行バージョンでは対応しておりません after 〜してほしいとのご要望 in the paragraph: the spec answers their wish.
  // なお、本製品は屋外での使用には対応しておりません: a note added after the answer, not the answer.
  if (c.spec && ASIDE.test(s.text)) return 'spec-aside';
  if (c.spec && !jaWishNamed(previous?.text ?? '') && !ctx.paragraphHas(s, JA_THEIR_WISH)) return 'spec-no-wish-named';
  // Round 34: …値引きは、取り消しとさせていただきます。本社の承認が出ませんでした。— an approval withheld right after the decision
  // it explains (a sentence that ends in させていただきます or a no) is its reason, flagged once on the decision.
  if (c.id === 'decided-no' && previous && /(?:させて(?:いただ|頂)きます|いたしかねます|できません)[。．]?$/.test(previous.text.trim())) return 'reason-after-decision';
  // 申し訳ないけど無理です: a word that is blunt in itself stays blunt after a cushion; only the word changes.
  if (cushioned && !c.evenCushioned) return 'cushion';
  // Round 27: ご用意がございません refuses only a wish of theirs (ご要望, ご依頼) in sight — not a question answered (お問い合わせ),
  // and not as an aside after the answer (なお、未加工の生地はご用意がございませんので…).
  // (Round 37, refja37: or their ask, a question too, named to open the sentence that answers it: ご質問の件ですが、…ご提供はございません.)
  if (c.id === 'no-provision' && (ASIDE.test(s.text) || !(jaWishNamed(ctx.draft.subject ?? '') || jaWishNamed(previous?.text ?? '') || ctx.paragraphHas(s, JA_THEIR_WISH) || askLeads(s.text.slice(0, c.start))))) return 'provision-no-wish';
  // 追加の予定はありません: a plan denied refuses only what the client asked for, or stands for good (今後も).
  // (Round 37, refja37: a rule of ours told as the answer — 貸出は終了しました, 〜が上限です: the entries marked askedByReply — in a reply whose
  // subject names the sentence's thing (Re: デモ機の貸出について) answers the ask the reply implies: lib/request-context.ts replyOnTopic.)
  if (c.needsAsk && !STANDING.test(s.text.slice(0, c.start)) && !ASK_POINTED.test(s.text.slice(0, c.start)) && !ruleClosed(s.text.slice(0, c.start), previous?.text, c, ctx.draft.subject ?? '') &&
    !answersRequest(s.text, previous?.text) && !ctx.paragraphHas(s, JA_THEIR_REQUEST) && !closedInReplyToAsk(ctx, c) &&
    !(c.askedByReply && replyOnTopic(ctx, s.text.slice(0, c.start)))) return 'no-ask-named';
  // 休業期間中は…対応ができかねます: whether a closure notice frames it is the document hook's to judge.
  if (closureScoped(s, c, previous)) return 'closure-scope';
  if (c.id === 'cost-on-client' && optionPriced(ctx, s)) return 'option-priced';
  // Round 26: 振込手数料は貴社ご負担となります: a fee every payer bears by convention, a term of payment (convention-cost.ts).
  if (c.id === 'cost-on-client' && jaConventionCost(s.text.slice(0, c.end)) && !REPLY_SUBJECT.test(ctx.draft.subject ?? '') && !jaWishNamed(previous?.text ?? '')) return 'convention-cost';
  // 今月はご用意できません with nothing asked: a shortage, bad news rather than a no.
  return shortageNotAsked(ctx, s, previous, s.text.slice(0, c.end)) ? 'shortage-not-asked' : undefined;
}

/**
 * Round 24: サンプルは有償です / 確定価格ですので、変更はありません under a subject that names their ask (Re: サンプル無償提供の
 * ご依頼): the price or the closed fact answers the ask the thread carries.
 */
function closedInReplyToAsk(ctx: RuleContext, c: FlatRefusal): boolean {
  return (c.id === 'closed-by-fact' || c.id === 'charged-or-final' || c.id === 'no-provision') && jaAskNamed(ctx.draft.subject ?? '');
}

/** A price written as an amount: ¥25,000, 4,800円, 3万円, $120. */
const PRICE = /[¥￥$€]\s?[0-9０-９]|[0-9０-９](?:[0-9０-９,，]{0,12})\s?(?:円|万円)/;
const LIST_ITEM = /^\s*(?:[・●○◎■□◆◇\-*＊]|[0-9０-９]{1,2}[.．)）]|[①-⑳])/;

/**
 * Round 24: ・通常便：¥4,800 / ・特急便：¥25,000 ※特急料金はお客様ご負担となります — the cost put on the client is the price of
 * one option on a menu of priced options (two list items or more with an amount, in the block of its line), which the
 * reader picks from: it quotes, it turns nothing down. Not when the line itself says no (返品：不可).
 */
function optionPriced(ctx: RuleContext, s: Sentence): boolean {
  const line = ctx.lines[s.line];
  if (!line || !PRICE.test(line.text) || /不可|できません|致しかね|いたしかね/.test(line.text)) return false;
  let priced = 0;
  for (const dir of [-1, 1]) {
    for (let k = s.line + (dir < 0 ? 0 : 1); k >= 0 && k < ctx.lines.length && ctx.lines[k]!.text.trim() !== ''; k += dir) {
      const t = ctx.lines[k]!.text;
      if (LIST_ITEM.test(t) && PRICE.test(t)) priced++;
    }
  }
  return priced >= 2;
}

/**
 * Round 23: 例外は設けておりません after 全てのお客様に…お願いしており (a rule declared for every client) or after a topic label
 * (検収期間の延長：例外は設けておりません): the item they want named, and no exception to the rule for it — a no, with
 * no ask of theirs written in the mail (Z: 2 missed, Y: 1).
 */
// Round 25: 年間契約の途中解約と返金の件ですが、例外は設けておりません — their matter named as 〜の件 leads the rule as a topic does.
const MATTER_TOPIC = /(?:について|につき|に関して|に関しまして|につきまして)(?:は|も)[、，]?$|の件(?:ですが|でございますが|につきましては|については|は|も)?[、，]$/;

function ruleClosed(before: string, previous: string | undefined, c: FlatRefusal, subject = ''): boolean {
  // Round 25: a rule the same for every client, or a stance kept, answers their matter named (〜の件) or a reply.
  if (c.id === 'same-for-all' || c.id === 'stance-kept') return REPLY_SUBJECT.test(subject) || /の件/.test(before) || /の件/.test(previous ?? '');
  if (c.id === 'decided-no') return decisionOnTheirMatter(before, subject);
  if (c.id !== 'no-exception') return false;
  // The span starts at the verb (設けて…): the label ends before the exception noun. It may be split off as a sentence of
  // its own at its colon.
  const noun = Math.max(before.lastIndexOf('例外'), before.lastIndexOf('特例'));
  const head = noun < 0 ? before : before.slice(0, noun);
  const lead = (head.trim() === '' ? previous ?? '' : head).trimEnd();
  // 支払い条件については例外は設けておりません: a matter named as the topic (については, に関しては) closes it as a label does.
  // Round 25 (guard ledger): 全てのお客様で月末締め翌月末払いとなっております。例外は設けておりません — the rule for every client
  // may be the sentence before, when the no has no lead of its own (its lead is then that sentence).
  return ALL_CLIENTS.test(before) || (head.trim() === '' && ALL_CLIENTS.test(lead)) || lead.endsWith('：') || lead.endsWith(':') ||
    MATTER_TOPIC.test(lead) || REPLY_SUBJECT.test(subject);
}
/**
 * Round 34: 追加値引きの件は、本社の決裁が下りませんでした / 特別価格のお願いは、役員会で認められませんでした under Re: — an
 * institution's decision told about a matter named as the topic (〜の件は, 〜のお願いは) or in a reply: their matter,
 * decided against. Not our own application (弊社が申請していた補助金は…審査が通りませんでした: our bad luck, not their no).
 */
function decisionOnTheirMatter(before: string, subject: string): boolean {
  if (OWN_APPLICATION.test(before)) return false;
  return /(?:の件|お願い)(?:は|につきましては|については|ですが)/.test(before) || REPLY_SUBJECT.test(subject);
}
const OWN_APPLICATION = /(?:弊社|当社|私ども|弊店)(?:が|で|から|の)[^、。]{0,6}(?:申請|応募|提出|申し込|申込)/;

/** Re: / RE： / 返信： — a reply, which answers what the thread asked: no exceptions there closes their ask. */
const REPLY_SUBJECT = /^\s*(?:(?:re|ｒｅ|Ｒｅ|ＲＥ)\s*[:：]|(?:返信|回答|ご回答|お返事)\s*[:：]|【(?:返信|回答|ご回答)】)/i;

/** なお / ちなみに / 念のため: a sentence that adds a note beside the answer. */
const ASIDE = /^(?:なお|尚|ちなみに|念のため|参考までに)/;

/**
 * 独自の運賃計算ロジックのカスタマイズ → 不可 / ・土日の納品：NG: an item the reader asked for, given a bare verdict of no in
 * the terse shape of an answer sheet (lib/verdict-line.ts), in a mail that names their ask before it. The cushion may
 * stand in the lead of the list or in the line itself. A product's spec table, with nothing asked, answers nobody.
 */
function reportVerdictLines(ctx: RuleContext, values: readonly number[], kept: readonly number[]): void {
  const { sentences } = ctx;
  for (let n = 0; n < kept.length; n++) {
    const i = kept[n]!;
    if (!(values[i]! & VERDICT)) continue;
    const s = sentences[i]!;
    if (s.lang !== 'ja') continue;
    const v = verdictAnswersThread(ctx, s);
    if (!v) continue;
    const previous = sentences[i - 1];
    // A line the sentence path reads as a reply (a whole sentence, not an item) has its finding there.
    // (Unless that path reads it as news nobody asked for: 納期の前倒し：不可です under their quoted ask answers the thread.)
    if (!isHeadingOrTerseItem(s, previous) && carriesTokens(s) && ctx.facts.of(FLAT_WITH_SPECS, s).length && !isNewsNotAnswer(ctx, s, previous)) continue;
    if (hasCushion(s.text) || REGRET.test(s.text) || cushionedBefore(ctx, sentences, i)) {
      ctx.suppressed('verdict-cushioned', s.start + v.itemStart, s.start + v.end);
      continue;
    }
    // → 不可（ただし次期バージョンで対応予定）: the no comes with what we will do instead.
    const rest = s.text.slice(v.end);
    // Round 29: → 不可（500個からご相談可）: a threshold or a condition under which we can, in the brackets after it.
    // Round 32: → 不可（翌月曜の朝一番で出荷いたします） / 不可（翻訳資料をお送りします）: what we will do instead, in the brackets after it.
    if (offersAlternative(rest) || /ただし|但し|予定|可能|ご?相談(?:可|に応じ|承)|(?:であれば|なら(?:ば)?)[^）)]{0,10}(?:可|対応)/.test(rest) ||
      /^\s*[（(][^）)]*(?:いたし|致し|し|でき)ます[）)]/.test(rest)) {
      ctx.suppressed('verdict-remedy-offered', s.start + v.itemStart, s.start + v.end);
      continue;
    }
    ctx.report({
      start: s.start + v.itemStart,
      end: s.start + v.end,
      message: `A bare verdict (${v.word}) on what the client asked for closes the door; say no with a cushion and …いたしかねます, and offer what you can do.`,
      messageJa: `ご要望への回答を「${v.word}」の一語で返すと、突き放した印象になります。クッション言葉と「〜いたしかねます」で伝え、可能な代案を添えます。`,
      suggestions: [
        {
          ...suggestion(v.glossEnd !== undefined ? '大変申し訳ございませんが、対応いたしかねます / Unfortunately, we are unable to offer this' : '大変申し訳ございませんが、対応いたしかねます',
            'Apologise and soften the verdict', 'お詫びを添えて柔らかく断る'),
          // Round 29: a bilingual cell (× / No) is reworded in both its languages, its English gloss included.
          edits: [v.glossEnd !== undefined
            ? { start: s.start + v.start, end: s.start + v.glossEnd, text: '大変申し訳ございませんが、対応いたしかねます / Unfortunately, we are unable to offer this' }
            : { start: s.start + v.start, end: s.start + v.end, text: '大変申し訳ございませんが、対応いたしかねます' }],
        },
      ],
    });
  }
}

/**
 * A list item written as a whole polite sentence: ・サンプルの追加はちょっと無理です。 — or a table row whose last cell is one
 * (| 残留溶媒の追加試験 | 対応しておりません |, round 27).
 */
const WHOLE_ITEM = /(?:です|ます|ません|ございます)[。．]?\s*(?:[|｜]\s*)?$/;
/**
 * A table row, opening and closing with a cell bar: the sentence path never reads its last cell's no as the end of the
 * sentence (the bar follows it), so this path alone reports it.
 */
const TABLE_ROW = /^\s*[|｜].*[|｜]\s*$/;

/**
 * Round 27: the flat refusals of a table row's last cell (| 小口配送 | 受け付けておりません |), with offsets in the row: the
 * cell is read as a sentence of its own, its tokens those of the row inside it.
 */
function lastCellRefusals(s: Sentence): FlatRefusal[] {
  let end = s.text.length;
  while (end > 0 && /[\s|｜]/.test(s.text[end - 1]!)) end--;
  const bar = Math.max(s.text.lastIndexOf('|', end - 1), s.text.lastIndexOf('｜', end - 1));
  if (bar < 0) return [];
  let from = bar + 1;
  while (from < end && /\s/.test(s.text[from]!)) from++;
  const at = s.start + from;
  const cell = { text: s.text.slice(from, end), start: at, tokens: (s.tokens ?? []).filter((t) => t.start >= at && t.end <= s.start + end) };
  return flatRefusals(cell).map((c) => ({ ...c, start: c.start + from, end: c.end + from, clauseStart: c.clauseStart + from }));
}

/**
 * ・サンプルの追加はちょっと無理です。 in a reply: a bulleted item that is a whole sentence ending on a flat no answers an
 * ask the thread implies (lib/verdict-line.ts threadAsks), as a numbered one does (NUMBERED_REPLY); a bulleted term of a
 * notice (no reply, nothing asked) stays a note.
 */
function reportItemReplies(ctx: RuleContext, values: readonly number[], kept: readonly number[]): void {
  const { sentences } = ctx;
  // Round 27: a table's no answers a wish of theirs (ご要望, ご依頼) named in the subject or above it; a table answering only
  // their questions (ご質問: | Bluetooth | 対応しておりません |) informs. Where the text first names one, read once.
  let wishAt: number | undefined;
  const wishBefore = (s: Sentence) => {
    if (wishAt === undefined) {
      const inText = ctx.text.search(JA_THEIR_WISH);
      wishAt = jaWishNamed(ctx.draft.subject ?? '') ? 0 : inText < 0 ? Infinity : inText;
    }
    return wishAt < s.start;
  };
  for (let n = 0; n < kept.length; n++) {
    const i = kept[n]!;
    if (!(values[i]! & ITEM)) continue;
    const s = sentences[i]!;
    const previous = sentences[i - 1];
    if (s.lang !== 'ja' || !WHOLE_ITEM.test(s.text) || !carriesTokens(s) || verdictLine(s.text)) continue;
    const row = TABLE_ROW.test(s.text);
    if (row ? !wishBefore(s) : !isHeadingOrTerseItem(s, previous)) continue;
    if (hasCushion(s.text) || REGRET.test(s.text) || cushionedBefore(ctx, sentences, i)) continue;
    // A table row: the no is its last cell, read alone (the row's item is its topic by the table's shape, and the bars
    // after it are no words of the sentence). Its answer sheet is the ask in sight, so a no that needs one stands.
    const flat = row ? lastCellRefusals(s) : ctx.facts.of(FLAT_REFUSALS, s);
    if (flat.length === 0) continue;
    const found = flat.filter((c) => c.final && (row || !c.needsAsk) && !c.needsRequest && !statementNo(c) &&
      !(c.id === 'cost-on-client' && optionPriced(ctx, s)));
    if (found.length === 0) continue;
    const guard = isNewsNotAnswer(ctx, s, previous) ? 'item-news-not-answer' : !threadAsks(ctx, s) ? 'item-no-thread-ask'
      : offersAlternative(s.text) ? 'item-remedy-offered' : undefined;
    if (guard) {
      for (const c of found) ctx.suppressed(guard, s.start + c.clauseStart, s.start + c.end);
      continue;
    }
    // The rewrite starts after the bullet (・ / ■ / 1.), which stays as written; in a table row, at its cell.
    const mark = /^[\s・●○◎■□◆◇\-*＊※]*(?:[0-9０-９]{1,2}[.．)）]\s*|[（(][0-9０-９]{1,2}[)）]\s*|[①-⑳]\s*)?/u.exec(s.text)![0].length;
    for (const c of found) {
      const cs = Math.max(c.clauseStart, mark);
      report(ctx, s, c, cs, s.text.slice(cs, c.start), c.final, c.follower);
    }
  }
}

/** The lead of the list a line belongs to (the lines above it, up to a blank line) apologises or cushions its no. */
function cushionedBefore(ctx: RuleContext, sentences: readonly Sentence[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 10 && sentences[j + 1]!.line - sentences[j]!.line <= 1; j--) {
    const x = sentences[j]!;
    if (hasCushion(x.text) || REGRET.test(x.text) || (x.lang === 'ja' && carriesTokens(x) && ctx.facts.of(japaneseFacts, x).acts.includes('apology'))) return true;
  }
  return false;
}

/** 今後も / 以降も / 将来的にも / 当面は: a no stated as standing, not as a diary of this month. */
const STANDING = /(?:今後|以降|将来(?:的に)?|引き続き)(?:も|とも)|当面/;

/** このリクエストは / 本件は / 当該申請は / 上記のご提案は: an ask pointed at, the one the mail answers. */
const ASK_POINTED = /(?:この|その|本|当該|上記の?|同)(?:リクエスト|申請|ご?依頼|ご?要望|ご?提案|お?申し?込み|案件|件)/;

/** 休業期間中は / 上記期間中は / 年末年始は…中につき: a no scoped to a closure period, not to what the client asked. */

/**
 * A closure announced: 夏季休業とさせていただきます / 出荷業務を停止いたします / 休業期間：12月29日〜1月4日 —
 * a pause of ours for a stretch of time, the frame of a holiday notice.
 */
const CLOSURE_NOTICE = /(?:休業|休暇|休止|停止|閉鎖)(?:期間|日|日時|時間)[：:]|(?:休業|休暇|休止|停止|閉鎖)(?:と(?:させていただき|いたし|なり)|いたし|します|させていただき)|(?:メンテナンス|保守|点検|更新|移行)(?:作業|工事)?(?:を)?(?:実施|行い|いたし)/;
function closureScoped(s: Sentence, c: FlatRefusal, previous: Sentence | undefined): boolean {
  const scope = CLOSURE_SCOPE.exec(s.text);
  // ご依頼の件ですが、休業期間中は…: the client's request named before the scope is still answered; お問い合わせへの
  // 対応 after it names what the closure stops.
  return !!scope && scope.index < c.start && !answersRequest(s.text.slice(0, scope.index), previous?.text);
}

/** The same with the specifications kept (they answer a wish the paragraph names), cached likewise. */
const FLAT_WITH_SPECS: Annotator<FlatRefusal[]> = { id: 'ja.blunt-refusal.unsoftened-refusal/flat-specs', analyze: (s) => flatRefusals(s, { keepSpecs: true }) };
/** The flat refusals of a sentence, cached by its text for the document hook. */
const FLAT_REFUSALS: Annotator<FlatRefusal[]> = { id: 'ja.blunt-refusal.unsoftened-refusal/flat', analyze: (s) => flatRefusals(s) };

/**
 * The document walks a sentence may matter to, as bits, read from its text alone (its language and tokens go with it):
 * each bit is a test its walk makes before it reports or records anything of the sentence, so a sentence without the
 * bit is one the walk would pass over. KANE: a softened no with its reason (reasonedKaneru); STATEMENT: a spec, a compatibility or a plan denied;
 * VERDICT: a verdict line (返品：不可); ITEM: a whole polite sentence with a flat no that is no verdict line; SCOPE and
 * NOTICE: a closure's scope (休業期間中は) and a closure announced.
 */
const KANE = 1;
const STATEMENT = 2;
const VERDICT = 4;
const ITEM = 8;
const SCOPE = 16;
const NOTICE = 32;
function scanSentence(s: Sentence, facts: FactStore): number {
  if (s.lang !== 'ja') return 0;
  const { text } = s;
  const verdict = verdictLine(text);
  let bits = (CLOSURE_SCOPE.test(text) ? SCOPE : 0) | (CLOSURE_NOTICE.test(text) ? NOTICE : 0) | (verdict ? VERDICT : 0);
  if (!carriesTokens(s)) return bits;
  // (かねてより is no softened no: the walk's first test is the reasoned …かねます it judges.)
  if (text.includes('かね') && facts.of(FLAT_REFUSALS, s).some((c) => reasonedKaneru(text, c))) bits |= KANE;
  // Every flat no (FLAT_REFUSALS) is among those with the specs kept, or one of those stands at its end (flatRefusals):
  // no no with specs kept, none without.
  const flat = facts.of(FLAT_WITH_SPECS, s);
  if (flat.some(statementNo)) bits |= STATEMENT;
  // A table row's no is read in its last cell alone (reportItemReplies), which the whole row's reading may not find.
  if (!verdict && WHOLE_ITEM.test(text) && (flat.length > 0 || (TABLE_ROW.test(text) && lastCellRefusals(s).length > 0))) bits |= ITEM;
  return bits;
}
/**
 * Every sentence's bits and the positions of those with any, kept from the field's last check by position
 * (FactStore.ofSentences): only the edited stretch is scanned again.
 */
function scanOf(ctx: RuleContext): { values: readonly number[]; kept: readonly number[] } {
  // The scan's annotator, kept in the engine's FactStore (it reads the flat nos through the store, so they are found once).
  const facts = ctx.facts;
  const scan = facts.scratch<Annotator<number>>('ja.blunt-refusal.unsoftened-refusal/scan', () => ({
    id: 'ja.blunt-refusal.unsoftened-refusal/scan', analyze: (s) => scanSentence(s, facts),
  }));
  return ctx.facts.ofSentences(scan, ctx.field, ctx.sentences, (bits) => bits !== 0);
}

/**
 * The reason a no gives before it in its sentence: a ground in 〜上 (都合上, 段取り上, 体制上 — not 以上), a cause
 * clause (…ため, …ので, …により, …につき) or a state that leads into it (…となっており、 …がなく、).
 */
const REASON = /(?:[\p{Script=Han}](?<!以|向|最|途)|段取り|取り決め)上[、，]?|(?:ため|ので|により|によって|につき|関係で)[、，]?|(?:おり|あり|なく|ず)[、，]/u;

/** A no already in its softened form (…いたしかねます, 承りかねる状況でございます) with its reason before it. */
function reasonedKaneru(text: string, c: FlatRefusal): boolean {
  return c.written.includes('かね') && REASON.test(text.slice(0, c.start));
}

/** What a no's reason clause may lead to that only asks them to bear it: ご理解ください, ご了承ください, ご容赦ください. */
const BEAR_IT = /ご理解|ご了承|ご承知|ご容赦|ご了解|あしからず|お許し/;
/** A way forward the main clause gives: a use or an order we ask for, recommend or propose instead. */
const WAY_FORWARD = /お願い|おすすめ|お勧め|推奨|ご提案|ご案内/;

/**
 * Round 25: 「これ以下の容量では測定精度の保証ができかねますため、2μL以上でのご使用をお願いしております」 — the no in its softened
 * form (…かねます) is the reason clause (ため / ので) of a main clause that gives the way forward: what to use, order or do
 * instead. The no is the premise of the answer, cushioned as F5's reason + かねます + alternative; a main clause that only
 * asks them to bear it (ので、ご理解ください / ご了承ください) leaves the no bare.
 */
function reasonForWayForward(text: string, c: FlatRefusal): boolean {
  if (!c.written.includes('かね') || !c.follower || !/^(?:ので|のため|ため)/.test(c.follower)) return false;
  const at = text.indexOf(c.follower, c.end);
  if (at < 0) return false;
  const main = text.slice(at + c.follower.length);
  return !BEAR_IT.test(main) && (WAY_FORWARD.test(main) || offersAlternative(main));
}

/** ご期待に沿えず / ご要望にお応えできず: regret for not meeting their wish, an apology in all but the word. */
const REGRET = /(?:ご期待|ご要望|ご希望|ご意向|お気持ち)に(?:お)?(?:沿え|添え|応え|沿う|添う)|心苦し|お力になれ|お役に立て(?:ず|ない)/;
/**
 * An alternative offered instead: 代わりに / 代案, or what we can do on a condition (翌週であれば対応可能です,
 * 500個以上であれば承ることができます, 金曜日の午前着でよろしければ手配できます).
 */
const INSTEAD = /代わり|代替|代案/;
const ON_CONDITION = /であれば|でしたら|ならば|なら|場合(?:に)?は|よろしければ|いただければ|いただけましたら/;
const WE_CAN = /可能|でき(?:ます|る)|承(?:ります|れます|る)|いたします|ご用意|手配|ご提案|伺/;
function offersAlternative(text: string): boolean {
  if (INSTEAD.test(text)) return true;
  const m = ON_CONDITION.exec(text);
  return !!m && WE_CAN.test(text.slice(m.index + m[0].length));
}

/** A wish of the reader's named: ご要望, ご希望, …たいとの, …てほしいとの. */
const WISH_NAMED = /ご要望|ご希望|たい(?:と|旨)の|て(?:ほしい|欲しい)との/;

/** True when one of the sentences after a no apologises for it or (with `alternative`) offers an alternative. */
function cushionedAfter(ctx: RuleContext, next: Sentence[], alternative = true): boolean {
  return next.some((n) => n.lang === 'ja' && (REGRET.test(n.text) || (alternative && offersAlternative(n.text)) ||
    (carriesTokens(n) && ctx.facts.of(japaneseFacts, n).acts.includes('apology'))));
}

function report(
  ctx: RuleContext, s: Sentence, c: FlatRefusal, cs: number, clause: string, final: boolean, follower: string | undefined,
  cushioned = false,
): void {
  const polite = !follower || /^(?:ので|が)/.test(follower);
  // 伺うことができません → 伺うことができかねます: after こと, できる stays and only takes かねる.
  const afterKoto = /こと[がは]$/.test(clause);
  const chosen = polite ? c.polite : c.plain;
  // お伺いすることができない状況です → …できかねる状況でございます: after こと, できる takes かねる, never いたす.
  const soft = afterKoto && c.id === 'dekimasen' ? (polite ? 'できかねます' : 'できかねる') : afterKoto ? chosen.replace(/^いたしかね/, 'できかね') : chosen;
  // (しておらず、 → いたしかねるため、: the clause goes on after the comma the no leaves in place.)
  const softened = clause + soft + (follower === ZU_FOLLOWER ? 'ため' : '');
  const lead = /が[、，]|ですが/.test(s.text.slice(0, cs)) ? '誠に恐縮ながら、' : '大変申し訳ございませんが、';
  const options = cushioned
    ? [suggestion(softened, 'Soften the word that says no', '断りの言葉を柔らかくする')]
    : [
    suggestion(`あいにく${cs === 0 ? '、' : ''}${softened}`, 'Add a cushion (あいにく) and soften', '「あいにく」を添えて柔らかく断る'),
    suggestion(`${lead}${softened}`, 'Apologise and soften', 'お詫びを添えて柔らかく断る'),
  ];
  if (final && !cushioned) {
    options.push(
      suggestion(
        `${lead}${softened}。代わりの方法を社内で検討のうえ、改めてご連絡いたします`,
        'Apologise, soften and promise to come back with an alternative',
        'お詫びし、代案を検討して改めて連絡すると伝える',
      ),
    );
  }
  ctx.report({
    start: s.start + cs,
    end: s.start + c.end,
    message: `A flat refusal (${c.written}) with no cushion word closes the door; soften it with あいにく / 恐れ入りますが and …${c.polite}.`,
    messageJa: `「${c.written}」とクッション言葉なしに言い切ると、突き放した印象になります。「あいにく」「恐れ入りますが」を添え、「${c.polite}」と柔らかく伝えます。`,
    suggestions: options,
  });
}

/**
 * Headings and bulleted terms (■ 出荷条件 / ・土日祝日の出荷は対応できません) are notes, not replies; a
 * numbered answer written as a polite sentence (1. 設置作業は弊社の業務範囲外です。) answers the client.
 */
function isHeadingOrTerseItem(s: Sentence, previous: Sentence | undefined): boolean {
  if (!isListOrHeading(s, previous)) return false;
  const numberedApart = !!previous && previous.line === s.line && /^[0-9０-９]{1,2}[.．]$/.test(previous.text);
  return !(NUMBERED_REPLY.test(s.text) || (numberedApart && /(?:です|ます|ません|ございます)[。．]\s*$/.test(s.text)));
}
