import { hasCushion } from './lib/cushion';
import { japaneseRemedy } from '../any/lib/remedy';
import { defineRule, tracing, type RuleContext } from '../../engine/rule';
import { jaAskNamed } from '../../engine/analysis/asked';
import { carriesTokens } from '../../engine/parse';
import type { Sentence } from '../../engine/types';
import { japaneseFacts, type JaSentenceFacts } from '../../engine/analysis/ja';
import { englishFacts } from '../../engine/analysis/en';
import { mayHaveCue } from '../../engine/analysis/en-acts';
import { FIGURE_LINE, goodsFewerUnderLead, laterDayOnArrow, namesPlannedDay, NEWS_DATA, REMAINDER_NOUNS, slipAfterPlanned, tableRowRise, type JaNews } from '../../engine/analysis/ja-news';
import { figureValue } from '../../engine/analysis/figures';
import { textFact, type Annotator } from '../../engine/analysis/facts';
import { pairOverLines, pairOverLinesBetter, tableLineCells } from '../../engine/analysis/value-pair';
import { BAD_NEWS } from './lib/dictionaries';
import { flatRefusalsOf } from './lib/flat-refusal';
import { answersWithDecision } from './lib/request-context';
import { suggestion } from './lib/suggest';
import { bodyEnd, containsAny, isHeadingOrListItem, isListItem, leadingConjunctionLength } from './lib/text';
import { verdictAnswersThread } from './lib/verdict-line';
import { costOnClientVerdict } from './lib/cost-hand-over';

/**
 * Bad news — a price rise, a delay or a moved date, a short or partial supply, a discontinued product, a
 * quality problem or a recall, a new person in charge — announced as a plain fact. The sentence's `news` fact
 * (src/engine/analysis/ja-news.ts: cue words of dictionaries/ja/news.json read with the grammar around them,
 * and figures: 120万円から168万円, ご発注量の6割, 200kgしかご用意できません) says what it announces. In Japan such news comes with an apology, a reason, and an offer to
 * explain in person (often with a senior manager); a mail with none of these reads as indifference.
 * Judged on the whole mail: an apology or an offer to visit anywhere in it is enough.
 */
export default defineRule({
  id: 'ja.bad-news.blunt-bad-news',
  lang: 'ja',
  category: 'bad-news',
  severity: 'warning',
  // Round 31: a shortage given as the reason of our no to their order (在庫がございませんので承れません) is a refusal: the
  // refusal verb governs, so this rule gives way to that finding by declaration.
  // Round 36 (refja36): the terms kept against their wish (価格は据え置きとします, in answer to their ask to lower it) is a refusal
  // first; stated-limit never gives way to this rule, so each stands when the other is off.
  yieldsTo: ['ja.blunt-refusal.refused-for-want', 'ja.blunt-refusal.stated-limit'],
  // Owed to clients. The spec is silent on prospects; we keep them out on purpose: with a prospect there is no
  // order yet to delay or cut, and a price or a scarce slot announced to one is a lever on their decision, which
  // the spec gives to pressure ("pressure applies to prospects") and ja.pressure.early-pressure judges
  // (来月から価格が15%上がります。今週中のご発注で現行価格). Measured: opening this rule to prospects flagged
  // only such levers in the published corpora (4 drafts, all labelled pressure) and found no bad news.
  audience: ['client'],
  title: { en: 'Bad news stated bluntly', ja: '悪い知らせの一方的な通知' },
  rationale: {
    en: 'A Japanese buyer expects bad news (price rises, delays, shortages, a change of contact) to come with an apology, the reason, and an offer to explain in person — ideally with a senior manager. A bare notice by mail reads as indifference to the relationship.',
    ja: '値上げ・納期遅延・欠品・担当者の変更などの悪い知らせは、お詫びと理由を添え、直接伺って（できれば上役とともに）説明を申し出るのが日本の商慣習です。メールで事実だけを通知すると、関係を軽んじている印象を与えます。',
  },
  examples: {
    valid: [
      // Round 37 (fp37): a shortage with a cushion and what we will do for the rest.
      { text: '誠に恐れ入りますが、現在の在庫では今回は1ロット分のみのご用意となります。\n残りの2ロット分は来月上旬に入荷予定でございますので、入荷次第すぐにお送りいたします。' },
      // Round 36 (news36): near misses of the three classes — a rate that falls, a two-line pair that falls, a measure above its
      // commitment, goods asked about, a split the client asked for.
      {"text": "為替手数料率は、来月より1.1％から0.8％となります。"},
      {"text": "下記のとおり単価を改定いたします。\n\n現行：1個1,200円\n改定後：1個1,100円"},
      {"text": "5月の決済APIの稼働率は99.98％で、SLAで定める99.9％を上回りました。"},
      {"text": "お問い合わせの5台のうち2台は在庫がございます。"},
      {"text": "ご指示のとおり、500個のうち300個を今週、残り200個を来週に分けて出荷いたします。"},
      // Round 35 (news35): a cut told as a share, a free feature made a paid option, production ended, a long lead time told as the present state, a lot described against the one before; near misses: a quote for an enquiry, a change for the better, an option quoted.
      {"text": "お問い合わせの新機種は、現在の納期が受注後12週です。お見積書を添付いたします。"},
      {"text": "新しいバッチの生地は、従来品より丈夫になっています。"},
      {"text": "ご要望の有料オプションのお見積りを添付いたします。"},
      { text: '新色2色は、発売中止となりました。ご期待に沿えず、大変申し訳ございません。代わりに定番色をご提案いたします。' },
      { text: '値上げは中止となりました。' },
      // Round 25 (notice): a pass, a day brought forward, a title, a failure then a pass on its arrow, a cost on our side, a
      // Japanese notice with its apology and offer in the English half.
      { text: 'ロット2207：塩水噴霧試験で合格。' },
      { text: '納品は5月20日から5月3日に変更。' },
      { text: '担当者の変更について' },
      { text: '初回検査：不合格 → 再検査で合格' },
      { text: '講師の交通費も弊社負担となります。' },
      { text: '1. 納期\nLED駆動基板 LD-40：6/2 → 5/12' },
      { text: '出荷は第9週に変更。\n\nWe are very sorry for the delay. May I call you tomorrow to explain?' },
      {
        text: 'いつもお世話になっております。\n誠に申し訳ございませんが、出荷が1週間ほど遅れることとなりました。\n改めてお電話でご説明いたします。',
      },
      { text: '原材料価格の高騰により、4月出荷分より価格を改定させていただきます。' },
      { text: 'このたびはプリンター不具合についてご報告いただき、ありがとうございます。' },
      { text: 'ご注文の品は予定どおり出荷いたします。遅延はございません。' },
      { text: 'ご依頼の価格改定後のお見積書を添付いたします。' },
      { text: '値上げのお知らせ', context: { recipient: 'internal' } },
      { text: 'ご依頼のとおり、納品日を12月20日に変更いたしました。' },
      { text: '検査の結果、規格外のものはございませんでした。' },
      { text: '弊社は12月29日から1月4日まで年末年始休業とさせていただきます。\n期間中のご注文は、1月5日以降の出荷となります。' },
      { text: '休業期間中のご注文分は、5月6日以降の出荷となります。' },
      // Round 18: "only X" as a standing specification, and a "no longer" denied, are no news.
      { text: '本製品は100V電源のみの対応となっております。' },
      { text: 'ご用意できなくなることはございませんので、ご安心ください。' },
      // Round 19: kinds counted are a range on offer; a recall told as resolved is history; another company's news.
      { text: '本製品は3色のみのご用意です。' },
      { text: '2019年に実施した自主回収は、すでに完了しております。' },
      { text: '他社がこの分野から撤退する中、弊社は引き続き供給を続けてまいります。' },
      // Round 20: a change that frames our act, the new terms named back after their notice, a task that finishes, a
      // failure told as a condition, time asked for a meeting.
      { text: '2026年度の社会保険料率改定に合わせ、操作マニュアルを更新いたしました。' },
      { text: '本日の作業は15時で終了します。' },
      { text: 'ログインできない状態が発生した場合は、サポートまでご連絡ください。' },
      { text: 'ご注文の部品は予定どおり出荷いたします。\n一度ご説明のお時間をいただけますでしょうか。' },
      { text: '値上げは中止いたします。ご安心ください。' },
      // Round 22: an allocation's figures announced (the rows decide), a goal of no stock, a rise in sales, a rate
      // whose direction the figures do not tell, a meeting of the client's they called off.
      { text: '2027年の割当数量が確定しましたので、お知らせします。' },
      { text: '在庫ゼロを目指して改善を進めております。' },
      { text: '今期の実績です。\n・売上：1,200万円増' },
      { text: 'ご依頼いただいた12月10日のお打ち合わせは、ご都合が悪いとのことで中止いたしました。' },
      // Round 22 (mendja): a cost put on the client in answer to their ask is the refusal rule's, not a notice.
      { text: 'ご依頼の件ですが、追加費用38万円は貴社のご負担になります。' },
      // Round 23 (newsja): a test passed, a figure within its bracketed target, a planned instalment, people counted.
      { text: '検査の結果、全数合格でした。' },
      { text: '騒音測定の結果、55dBでした（基準60dB以下）。' },
      { text: 'ご契約時の工程表のとおり、制御盤10台のうち第1回分の6台を本日出荷いたしました。' },
      { text: '現在80名中71名が提出済みです。' },
      // Round 24 (newsja): a service given more often, an English predicate denied, a delay word denied in its clause, a
      // quote the client asked for.
      { text: '来月より、定期点検を月1回から月2回に変更いたします。' },
      { text: '本製品をdiscontinueする予定はございません。' },
      { text: '遅れはなく、予定どおり出荷いたしました。' },
      { text: 'ご依頼のお見積りです。4月ご注文分より1本あたり300円でのご提供が可能です。' },
      // Round 25 (guard ledger): an offer that names an explanation counts wherever it stands; one after the news counts.
      { text: '価格改定の件で、来週ご説明に伺いたく存じます。\n\nなお、4月出荷分より、全製品の価格を8%値上げいたします。' },
      { text: 'ご注文のポンプ20台の納期は、6月10日から7月5日に変更となります。\n\n明日お電話いたします。' },
      // Round 34 (news34): near misses of the readers it added (spec-deviation.ts, status-cell.ts, value-pair.ts).
      // spec-deviation.ts: the measured value inside the specification (a test report asked for).
      { text: 'ご依頼の試験成績書を添付いたします。硬度は60HRC（規格58〜62HRC）でした。' },
      // spec-deviation.ts: a value under its upper limit.
      { text: '納入済みペレットの水分値：0.12%（規格上限0.20%）' },
      // status-cell.ts: 欠品 in a sentence of a condition, no status cell.
      { text: '万一欠品が生じた際は、速やかにご連絡いたします。' },
      // value-pair.ts: the period from a point on (以降) as the new side, 月間 before the figure: the supply goes up.
      { text: '2027年1月以降のご供給量を以下のとおり変更いたします。\n・現行：月間28トン\n・2027年1月以降：月間40トン' },
    ],
    invalid: [
      // Round 36 (news36): a price from one figure to another with a bracket before となります, a part against its whole with
      // the rest later, a measure below its SLA, days of delivery that grow.
      {"text":"7-9月積みの溶解パルプ価格は、トン当たり1,050ドルから1,120ドル（CFR大阪）となります。","flagged":"7-9月積みの溶解パルプ価格は、トン当たり1,050ドルから1,120ドル（CFR大阪）となります","outputs":["誠に心苦しいお願いではございますが、7-9月積みの溶解パルプ価格は、トン当たり1,050ドルから1,120ドル（CFR大阪）となります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。","誠に心苦しいお願いではございますが、7-9月積みの溶解パルプ価格は、トン当たり1,050ドルから1,120ドル（CFR大阪）となります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。"]},
      {"text":"移行が完了したのは約130万件のうち85万件（約65％）で、残りは次回の作業で移行します。","flagged":"移行が完了したのは約130万件のうち85万件（約65％）で、残りは次回の作業で移行します","outputs":["大変申し訳ございませんが、移行が完了したのは約130万件のうち85万件（約65％）で、残りは次回の作業で移行します。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。","大変申し訳ございませんが、移行が完了したのは約130万件のうち85万件（約65％）で、残りは次回の作業で移行します。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。"]},
      {"text":"5月の決済APIの稼働率は99.1％で、SLAで定める99.9％を下回りました。","flagged":"5月の決済APIの稼働率は99.1％で、SLAで定める99.9％を下回りました","outputs":["大変申し訳ございませんが、5月の決済APIの稼働率は99.1％で、SLAで定める99.9％を下回りました。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。","大変申し訳ございませんが、5月の決済APIの稼働率は99.1％で、SLAで定める99.9％を下回りました。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。"]},
      {"text":"保守部品のお届けは、従来の5営業日から15営業日となります。","flagged":"保守部品のお届けは、従来の5営業日から15営業日となります","outputs":["大変申し訳ございませんが、保守部品のお届けは、従来の5営業日から15営業日となります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。","大変申し訳ございませんが、保守部品のお届けは、従来の5営業日から15営業日となります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。"]},
      // Round 35 (news35): a cut told as a share, a free feature made a paid option, production ended, a long lead time told as the present state, a lot described against the one before; near misses: a quote for an enquiry, a change for the better, an option quoted.
      {"text": "今季の出荷数量は、ご注文の7割にとどまります。", "flagged": "今季の出荷数量は、ご注文の7割にとどまります", "outputs": ["大変申し訳ございませんが、今季の出荷数量は、ご注文の7割にとどまります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。", "大変申し訳ございませんが、今季の出荷数量は、ご注文の7割にとどまります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。"]},
      {"text": "CSV帳票出力機能は来月のアップデートから有料オプションに変更になります。", "flagged": "CSV帳票出力機能は来月のアップデートから有料オプションに変更になります", "outputs": ["誠に心苦しいお願いではございますが、CSV帳票出力機能は来月のアップデートから有料オプションに変更になります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。", "誠に心苦しいお願いではございますが、CSV帳票出力機能は来月のアップデートから有料オプションに変更になります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。"]},
      {"text": "K-7カートリッジは、現在生産しておりません。", "flagged": "K-7カートリッジは、現在生産しておりません", "outputs": ["誠に勝手ながら、K-7カートリッジは、現在生産しておりません。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。", "誠に勝手ながら、K-7カートリッジは、現在生産しておりません。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。"]},
      {"text": "ご注文のポンプの納期は、現在14週となっております。", "flagged": "ご注文のポンプの納期は、現在14週となっております", "outputs": ["大変申し訳ございませんが、ご注文のポンプの納期は、現在14週となっております。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。", "大変申し訳ございませんが、ご注文のポンプの納期は、現在14週となっております。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。"]},
      {"text": "11月入荷分のパームシュガーは、前回のロットより色がかなり濃く、溶けるのにも時間がかかります。", "flagged": "11月入荷分のパームシュガーは、前回のロットより色がかなり濃く、溶けるのにも時間がかかります", "outputs": ["大変申し訳ございませんが、11月入荷分のパームシュガーは、前回のロットより色がかなり濃く、溶けるのにも時間がかかります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。", "大変申し訳ございませんが、11月入荷分のパームシュガーは、前回のロットより色がかなり濃く、溶けるのにも時間がかかります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。"]},
      // Round 25 (notice): a sentence ending on its noun (不合格。 変更。) with a remedy between two pieces of news (one finding), a
      // cost added by も to the notice before it, a verdict on an arrow, a day moved later under a heading naming the schedule.
      {
        text: "来期から、オンサイト研修は有料になります。講師の交通費もお客様負担となります。",
        flagged: "来期から、オンサイト研修は有料になります。講師の交通費もお客様負担となります",
        outputs: [
          "誠に心苦しいお願いではございますが、来期から、オンサイト研修は有料になります。講師の交通費もお客様負担となります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。",
          "誠に心苦しいお願いではございますが、来期から、オンサイト研修は有料になります。講師の交通費もお客様負担となります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。",
        ],
      },
      {
        text: "ロット2207：塩水噴霧試験で不合格。再塗装します。\n出荷は第9週に変更。",
        flagged: "ロット2207：塩水噴霧試験で不合格。再塗装します。\n出荷は第9週に変更",
        outputs: [
          "大変申し訳ございませんが、ロット2207：塩水噴霧試験で不合格。再塗装します。\n出荷は第9週に変更。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。",
          "大変申し訳ございませんが、ロット2207：塩水噴霧試験で不合格。再塗装します。\n出荷は第9週に変更。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。",
        ],
      },
      {
        text: "第三者検査結果：\nAQL 1.0 → 不合格（はんだブリッジ 14件）",
        flagged: "AQL 1.0 → 不合格（はんだブリッジ 14件）",
        outputs: [
          "第三者検査結果：\nAQL 1.0 → 不合格（はんだブリッジ 14件）\nご迷惑をおかけし、大変申し訳ございません。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。",
          "第三者検査結果：\nAQL 1.0 → 不合格（はんだブリッジ 14件）\nご迷惑をおかけし、大変申し訳ございません。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。",
        ],
      },
      {
        text: "1. 納期\nLED駆動基板 LD-40：5/12 → 6/2",
        flagged: "LED駆動基板 LD-40：5/12 → 6/2",
        outputs: [
          "1. 納期\nLED駆動基板 LD-40：5/12 → 6/2\nご迷惑をおかけし、大変申し訳ございません。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。",
          "1. 納期\nLED駆動基板 LD-40：5/12 → 6/2\nご迷惑をおかけし、大変申し訳ございません。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。",
        ],
      },
      {
        // Round 25 (guard ledger): a visit on another matter, proposed in a paragraph before the news, explains nothing of it.
        text: 'ご挨拶に伺いたく存じます。\n\nなお、4月出荷分より、全製品の価格を8%値上げいたします。',
        flagged: 'なお、4月出荷分より、全製品の価格を8%値上げいたします',
        outputs: [
          'ご挨拶に伺いたく存じます。\n\nなお、誠に心苦しいお願いではございますが、4月出荷分より、全製品の価格を8%値上げいたします。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          'ご挨拶に伺いたく存じます。\n\nなお、誠に心苦しいお願いではございますが、4月出荷分より、全製品の価格を8%値上げいたします。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 24 (newsja): a service given less often (times a year computed from 毎週 and 隔週).
        text: '4月より、店舗巡回を毎週から隔週に変更いたします。',
        flagged: '4月より、店舗巡回を毎週から隔週に変更いたします',
        outputs: [
          '誠に勝手ながら、4月より、店舗巡回を毎週から隔週に変更いたします。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '誠に勝手ながら、4月より、店舗巡回を毎週から隔週に変更いたします。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 24 (newsja): something free charged from a date on.
        text: 'これまで無料でお付けしていた取扱説明書は、次回ご注文分より1冊500円を申し受けます。',
        flagged: 'これまで無料でお付けしていた取扱説明書は、次回ご注文分より1冊500円を申し受けます',
        outputs: [
          '誠に心苦しいお願いではございますが、これまで無料でお付けしていた取扱説明書は、次回ご注文分より1冊500円を申し受けます。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '誠に心苦しいお願いではございますが、これまで無料でお付けしていた取扱説明書は、次回ご注文分より1冊500円を申し受けます。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 24 (newsja): an end told by an English word in a Japanese sentence (news.json latinPredicates).
        text: '本製品は12月末でEOLとなります。',
        flagged: '本製品は12月末でEOLとなります',
        outputs: [
          '誠に勝手ながら、本製品は12月末でEOLとなります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '誠に勝手ながら、本製品は12月末でEOLとなります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 23 (newsja): a pass verb denied, its object a standard (目標値を満たしませんでした): a test failed.
        text: '性能試験の結果、目標値（処理時間5秒以内）を満たしませんでした。',
        flagged: '性能試験の結果、目標値（処理時間5秒以内）を満たしませんでした',
        outputs: [
          '大変申し訳ございませんが、性能試験の結果、目標値（処理時間5秒以内）を満たしませんでした。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '大変申し訳ございませんが、性能試験の結果、目標値（処理時間5秒以内）を満たしませんでした。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 23 (newsja): a team reduced; the reassurance after it (…ので、影響はございません) gives no reason.
        text: '4月より、常駐エンジニアを3名から2名に減員いたします。\n減員分はリモートで対応いたしますので、作業への影響はございません。',
        flagged: '4月より、常駐エンジニアを3名から2名に減員いたします',
        outputs: [
          '誠に勝手ながら、4月より、常駐エンジニアを3名から2名に減員いたします。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。\n減員分はリモートで対応いたしますので、作業への影響はございません。',
          '誠に勝手ながら、4月より、常駐エンジニアを3名から2名に減員いたします。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。\n減員分はリモートで対応いたしますので、作業への影響はございません。',
        ],
      },
      {
        // Round 23 (newsja): a part of a whole handed over (N本中M本の納品).
        text: '第3回納品物をお送りします。\n今回は仕様書30本中18本の納品となります。',
        flagged: '今回は仕様書30本中18本の納品となります',
        outputs: [
          '第3回納品物をお送りします。\n大変申し訳ございませんが、今回は仕様書30本中18本の納品となります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '第3回納品物をお送りします。\n大変申し訳ございませんが、今回は仕様書30本中18本の納品となります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 22 (mendja): an act of supplying we could not do, reported (a negated potential, past, on a supply act).
        text: '8月5日出港の予定の本船に、積み込みができませんでした。',
        flagged: '8月5日出港の予定の本船に、積み込みができませんでした',
        outputs: [
          '大変申し訳ございませんが、8月5日出港の予定の本船に、積み込みができませんでした。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '大変申し訳ございませんが、8月5日出港の予定の本船に、積み込みができませんでした。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 21: a launch called off in a compound (発売|中止); a past call (昨日お電話でいただいた) offers no meeting.
        text: '昨日お電話でいただいたご質問の件です。\nご案内していた新色2色は、発売中止となりました。',
        flagged: 'ご案内していた新色2色は、発売中止となりました',
        outputs: [
          '昨日お電話でいただいたご質問の件です。\n誠に勝手ながら、ご案内していた新色2色は、発売中止となりました。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '昨日お電話でいただいたご質問の件です。\n誠に勝手ながら、ご案内していた新色2色は、発売中止となりました。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        text: 'いつもお世話になっております。\n6月1日出荷分より、関東向けの送料を1ケースあたり150円値上げいたします。\n改定後の料金表は添付をご参照ください。',
        flagged: '6月1日出荷分より、関東向けの送料を1ケースあたり150円値上げいたします',
        outputs: [
          'いつもお世話になっております。\n誠に心苦しいお願いではございますが、6月1日出荷分より、関東向けの送料を1ケースあたり150円値上げいたします。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。\n改定後の料金表は添付をご参照ください。',
          'いつもお世話になっております。\n誠に心苦しいお願いではございますが、6月1日出荷分より、関東向けの送料を1ケースあたり150円値上げいたします。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。\n改定後の料金表は添付をご参照ください。',
        ],
      },
      {
        text: 'ご注文品の状況です。\n■印刷：完了\n■納期：6/10 → 7/24 に変更',
        flagged: '■納期：6/10 → 7/24 に変更',
        outputs: [
          'ご注文品の状況です。\n■印刷：完了\n■納期：6/10 → 7/24 に変更\nご迷惑をおかけし、大変申し訳ございません。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          'ご注文品の状況です。\n■印刷：完了\n■納期：6/10 → 7/24 に変更\nご迷惑をおかけし、大変申し訳ございません。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 22: a price line of a rise by an amount per unit (サ変 noun アップ after the figure).
        text: '価格表をお送りします。\n・冷凍ホタテ：kgあたりUSD 1.20アップ',
        flagged: '・冷凍ホタテ：kgあたりUSD 1.20アップ',
        outputs: [
          '価格表をお送りします。\n・冷凍ホタテ：kgあたりUSD 1.20アップ\nご負担をおかけすることとなり、誠に申し訳ございません。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '価格表をお送りします。\n・冷凍ホタテ：kgあたりUSD 1.20アップ\nご負担をおかけすることとなり、誠に申し訳ございません。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 22: stock counted as none (a 数 noun ゼロ as the predicate).
        text: 'ご注文いただいたOリングキットは在庫ゼロです。',
        flagged: 'ご注文いただいたOリングキットは在庫ゼロです',
        outputs: [
          '大変申し訳ございませんが、ご注文いただいたOリングキットは在庫ゼロです。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '大変申し訳ございませんが、ご注文いただいたOリングキットは在庫ゼロです。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        text: '出荷予定を下記のとおりお知らせいたします。\n・出荷予定：3月下旬 → 5月中旬',
        flagged: '出荷予定を下記のとおりお知らせいたします。\n・出荷予定：3月下旬 → 5月中旬',
        outputs: [
          '大変申し訳ございませんが、出荷予定を下記のとおりお知らせいたします。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。\n・出荷予定：3月下旬 → 5月中旬',
          '大変申し訳ございませんが、出荷予定を下記のとおりお知らせいたします。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。\n・出荷予定：3月下旬 → 5月中旬',
        ],
      },
      {
        text: 'ご注文の試薬は、メーカーからの入荷が9月下旬に延期となりました。',
        flagged: 'ご注文の試薬は、メーカーからの入荷が9月下旬に延期となりました',
        outputs: [
          '大変申し訳ございませんが、ご注文の試薬は、メーカーからの入荷が9月下旬に延期となりました。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '大変申し訳ございませんが、ご注文の試薬は、メーカーからの入荷が9月下旬に延期となりました。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        text: '先月ご注文の部品は、お届け日が6月3日に変更となりました。',
        flagged: '先月ご注文の部品は、お届け日が6月3日に変更となりました',
        outputs: [
          '大変申し訳ございませんが、先月ご注文の部品は、お届け日が6月3日に変更となりました。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '大変申し訳ございませんが、先月ご注文の部品は、お届け日が6月3日に変更となりました。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        text: '今回のご注文は、ご発注数量の6割のみの出荷となります。',
        flagged: '今回のご注文は、ご発注数量の6割のみの出荷となります',
        outputs: [
          '大変申し訳ございませんが、今回のご注文は、ご発注数量の6割のみの出荷となります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '大変申し訳ございませんが、今回のご注文は、ご発注数量の6割のみの出荷となります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        text: '今回お届けできるのは18本のみです。',
        flagged: '今回お届けできるのは18本のみです',
        outputs: [
          '大変申し訳ございませんが、今回お届けできるのは18本のみです。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '大変申し訳ございませんが、今回お届けできるのは18本のみです。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        text: '該当ロットの製品は回収させていただきます。',
        flagged: '該当ロットの製品は回収させていただきます',
        outputs: [
          '大変申し訳ございませんが、該当ロットの製品は回収させていただきます。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '大変申し訳ございませんが、該当ロットの製品は回収させていただきます。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        // Round 20: an occasion of ours called off, whatever it is called (定期点検, 試飲会, 工場見学).
        text: '6月2日に予定しておりました定期点検は中止となります。',
        flagged: '6月2日に予定しておりました定期点検は中止となります',
        outputs: [
          '誠に勝手ながら、6月2日に予定しておりました定期点検は中止となります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '誠に勝手ながら、6月2日に予定しておりました定期点検は中止となります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      {
        text: '来月より、貴社の担当は本社の田村に変わります。',
        flagged: '来月より、貴社の担当は本社の田村に変わります',
        outputs: [
          '誠に勝手ながら、来月より、貴社の担当は本社の田村に変わります。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '誠に勝手ながら、来月より、貴社の担当は本社の田村に変わります。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      // Round 34 (news34), spec-deviation.ts: a measured value outside the nominal and its tolerance.
      {
        text: '5月3日出荷分の鋳物120個で、肉厚が2.6mm（規格3.0±0.2mm）でした。',
        flagged: '5月3日出荷分の鋳物120個で、肉厚が2.6mm（規格3.0±0.2mm）でした',
        outputs: [
          '大変申し訳ございませんが、5月3日出荷分の鋳物120個で、肉厚が2.6mm（規格3.0±0.2mm）でした。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '大変申し訳ございませんが、5月3日出荷分の鋳物120個で、肉厚が2.6mm（規格3.0±0.2mm）でした。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      // Round 34 (news34), spec-deviation.ts: a value over its upper limit, as a label and value.
      {
        text: '納入済みペレットの水分値：0.35%（規格上限0.20%）',
        flagged: '納入済みペレットの水分値：0.35%（規格上限0.20%）',
        outputs: [
          '納入済みペレットの水分値：0.35%（規格上限0.20%）\nご迷惑をおかけし、大変申し訳ございません。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '納入済みペレットの水分値：0.35%（規格上限0.20%）\nご迷惑をおかけし、大変申し訳ございません。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
      // Round 34 (news34), status-cell.ts: a status cell of the client's item (欠品) in a numbered list.
      {
        text: 'ご注文明細\n1. 青キャップ50mm　出荷済\n2. 赤キャップ50mm　欠品',
        flagged: '赤キャップ50mm　欠品',
        outputs: [
          'ご注文明細\n1. 青キャップ50mm　出荷済\n2. 大変申し訳ございませんが、赤キャップ50mm　欠品。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます',
          'ご注文明細\n1. 青キャップ50mm　出荷済\n2. 大変申し訳ございませんが、赤キャップ50mm　欠品。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます',
        ],
      },
      // Round 34 (news34), value-pair.ts: 以降 names the new side, 月間 is read past: the supply goes down.
      {
        text: '2027年1月以降のご供給量を以下のとおり変更いたします。\n・現行：月間40トン\n・2027年1月以降：月間28トン',
        flagged: '2027年1月以降のご供給量を以下のとおり変更いたします。\n・現行：月間40トン\n・2027年1月以降：月間28トン',
        outputs: [
          '大変申し訳ございませんが、2027年1月以降のご供給量を以下のとおり変更いたします。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。\n・現行：月間40トン\n・2027年1月以降：月間28トン',
          '大変申し訳ございませんが、2027年1月以降のご供給量を以下のとおり変更いたします。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。\n・現行：月間40トン\n・2027年1月以降：月間28トン',
        ],
      },
      // Round 34 (news34), value-pair.ts: 6月以降の納期 is the new side: the lead time gets longer.
      {
        text: '・現行の納期：受注後10営業日\n・6月以降の納期：受注後20営業日',
        flagged: '・現行の納期：受注後10営業日\n・6月以降の納期：受注後20営業日',
        outputs: [
          '・現行の納期：受注後10営業日\n・6月以降の納期：受注後20営業日\nご迷惑をおかけし、大変申し訳ございません。詳しい経緯につきましては、改めてお伺いしてご説明させていただきたく存じます。',
          '・現行の納期：受注後10営業日\n・6月以降の納期：受注後20営業日\nご迷惑をおかけし、大変申し訳ございません。つきましては、弊社の営業部長とともにお伺いし、直接ご説明申し上げたく存じます。',
        ],
      },
    ],
  },
  document(ctx) {
    // Derwent Peak Cask Strength  | 120本 | 36本: a row of a Japanese table whose label is in Latin letters reads as
    // English; its cells (本, 個, ケース) still belong to the Japanese notice and are read against its header.
    // (JA_CHAR first: splitting every English sentence into cells on every keystroke was most of this hook's garbage.)
    // Round 40 (issue 14): kept by position from the field's last check, and read first: a mail without them has no
    // Japanese notice, and the mail-wide passes below (the apology phrases, the offers to meet, the English half's
    // mitigations) ran over the whole of an English mail on every keystroke for nothing.
    const japanese = ctx.facts.ofSentences(JAPANESE_LINE, ctx.field, ctx.sentences, Boolean).kept.map((k) => ctx.sentences[k]!);
    if (japanese.length === 0) return;
    // The apology or the offer may be anywhere in the mail; one pass over the text decides.
    // 入荷まで今しばらくお時間を頂戴する見通しです: time taken until the goods come is the wait itself, not time asked of
    // the client to explain in person (お時間をいただけますでしょうか), so it is no offer.
    // With a guard ledger (Engine trace), the candidates are still read and each is recorded as stopped by the mail's guard.
    let mailGuard = containsAny(ctx.own, BAD_NEWS.apologies) ? 'apology-in-mail' : undefined;
    if (mailGuard && !tracing(ctx)) return;
    // Round 25 (guard ledger): an offer to meet speaks for the news it follows, or for any news when it names an
    // explanation; a visit proposed before the news on another matter (ご挨拶に伺いたく…。なお、…2,000円アップとなります)
    // explains nothing of it. Judged per notice below.
    const offers = mailGuard ? [] : meetOffers(ctx.own.replace(WAIT_FOR_GOODS, (m) => ' '.repeat(m.length)));
    if (!mailGuard && offers.some((o) => o.explains) && !tracing(ctx)) return;
    if (!mailGuard && japanese.some((s) => ctx.facts.of(japaneseFacts, s).acts.includes('apology'))) {
      if (!tracing(ctx)) return;
      mailGuard = 'apology-act-in-mail';
    }
    // Round 25: 出荷は第9週に変更。/ We are very sorry for the delay. May I call you tomorrow to explain? — a bilingual mail is
    // one mail: an apology, a reason or an offer in its English half speaks for the Japanese notice (the English rule reads
    // the Japanese half the same way, lib/bad-news.ts japaneseConsiderate).
    if (!mailGuard && ctx.sentences.some((s) => s.lang === 'en' && mayHaveCue(s.text, EN_MITIGATION) && ctx.facts.of(englishFacts, s).considerate)) {
      if (!tracing(ctx)) return;
      mailGuard = 'english-considerate-in-mail';
    }
    /** Records a candidate (news in sentence s) a guard stopped. */
    const drop = (guard: string, s: Sentence) => ctx.suppressed(guard, s.start, s.start + bodyEnd(s.text));
    const newsOf = (k: number) => {
      const s = japanese[k];
      // A heading names a topic (【価格改定のお知らせ】); a list item that states a change is a sentence, and so is a
      // label and its value behind a heading mark (■納期：6/10 → 7/24 に変更): a status line, not a title.
      if (!s || (/^[■□◆◇▼▽【]/.test(s.text.trim()) && !LABELLED_VALUE.test(s.text.trim()))) return undefined;
      // ・返品：不可 in a reply, under 下記のとおりです: a verdict on their ask is a refusal (one act per line), never news,
      // whether read alone or as an item of the lead above it.
      if (verdictAnswersThread(ctx, s)) {
        if (tracing(ctx) && ctx.facts.of(japaneseFacts, s).news) drop('answers-thread', s);
        return undefined;
      }
      const f = ctx.facts.of(japaneseFacts, s);
      // …予定でした。お届けは12月4日となります。: the day it replaces is in the sentence before.
      const before = japanese[k - 1];
      // 2027年の割当数量が確定しましたので、お知らせします / Q2の割当数量は下記のとおりです: the allocation's figures
      // announced, not a cut: the rows below say whether it falls short of the order (and are flagged if it does).
      // Round 43 (tf-011): 春漁期の割当数量は60トンから35トンに変更となります — the allocation moved from a figure to a smaller
      // one is a cut, whatever word of change carries it.
      const stated = f.news && !(f.news.source === 'supply-cut' && ALLOCATION_FIGURES.test(s.text.slice(f.news.start)) && !CUT_WORD.test(s.text) && !figuresFall(s.text)) ? f.news : undefined;
      // (The planned day tested first: reading s.tokens copies a moved sentence's tokens, for every sentence, every keystroke.)
      return stated ?? (before && carriesTokens(s) && namesPlannedDay(before.text) ? slipAfterPlanned(before.text, s.text, s.tokens!, s.start, f.predicates) : undefined) ??
        rowUnderHeader(k) ?? pairUnder(k) ??
        dayUnderHeading(k);
    };
    // Round 25: 1. 納期 / LED駆動基板 LD-40：5/12 → 6/2 — a line that moves a day later on an arrow, right under a heading
    // line (no predicate) that names the schedule: the heading is the lead the item's day belongs to, as 下記のとおり is.
    const dayUnderHeading = (k: number): JaNews | undefined => {
      const s = japanese[k]!;
      const heading = ctx.lines[s.line - 1]?.text.trim() ?? '';
      if (!heading || heading.length > 24 || /[。．]/.test(heading) || !NEWS_DATA.scheduleNouns.some((n) => heading.includes(n))) return undefined;
      return laterDayOnArrow(s.text);
    };
    // 品番　現行単価　新単価 / HV-200　12,400円　14,300円, | 品番 | 旧納期 | 新納期 |: a row of a table, read against
    // the header line at the top of its block of lines (only for a line with no predicate and two cells or more).
    const rowUnderHeader = (k: number) => {
      const s = japanese[k]!;
      if (s.text.length > 160 || !/\s{2,}|\u3000|\t|\|/.test(s.text) || ctx.facts.of(japaneseFacts, s).predicates.length > 2) return undefined;
      // A row of figures only belongs to a Japanese table: its header holds Japanese (品種 | 現行 | 4/1以降), not "Current | From April".
      const figuresOnly = !JA_CHAR.test(s.text);
      for (let j = s.line - 1; j >= 0 && s.line - j <= 12 && ctx.lines[j]!.text.trim(); j--) {
        if (figuresOnly && !JA_CHAR.test(ctx.lines[j]!.text)) continue;
        const found = tableRowRise(ctx.lines[j]!.text, s.text);
        if (found) return found;
      }
      return undefined;
    };
    // 当初納期：6月20日 / 変更後納期：7月15日: a pair of labelled values on two lines, the second worse.
    const pairUnder = (k: number): JaNews | undefined => {
      const s = japanese[k]!;
      const above = ctx.lines[s.line - 1];
      if (!above || s.line !== (japanese[k - 1]?.line ?? -2) + 1 || !/[：:]/.test(s.text)) return undefined;
      const kind = pairOverLines(above.text, s.text);
      return kind ? { start: 0, end: bodyEnd(s.text), kind, source: 'line-pair' } : undefined;
    };
    // Each piece of news is judged on its own: a notice may carry several (a price, a minimum, a lead time),
    // and a reason given for one (原料高騰により、価格を…) does not explain the next.
    let lastKind: string | undefined;
    /** `through`: the last item of a list or table below the lead whose figures state the news (the finding covers it). */
    const found: { k: number; kind: keyof typeof BAD_NEWS.leads; partial?: boolean; through?: number }[] = [];
    /** Items whose news a lead above them announced (flagged once, on the lead). */
    const covered = new Set<number>();
    for (let k = 0; k < japanese.length; k++) {
      const s = japanese[k]!;
      let news = newsOf(k);
      if (covered.has(k)) continue;
      let through: number | undefined;
      // 下記のとおり変更となります。・A：380円 → 452円: the items below carry the news, the lead announces it.
      // When an item states it in a sentence of its own, the item is flagged and the lead is not.
      const items = listBelow(japanese, k);
      if (items.length) {
        // 出荷予定日を下記のとおり変更いたします。・A-100：6/20 → 7/15: the lead names what the items' days are.
        const scheduleLead = NEWS_DATA.scheduleNouns.some((n) => s.text.includes(n));
        // Round 48: 年間契約数量を以下のとおりご通知いたします。・NBSKP：4,000トン → 2,500トン — the lead names the quantity.
        const itemNews = (j: number) => newsOf(j) ?? (scheduleLead ? laterDayOnArrow(japanese[j]!.text) : undefined) ??
          goodsFewerUnderLead(s.text, japanese[j]!.text);
        const figures = items.filter((j) => FIGURE_LINE.has(itemNews(j)?.source ?? ''));
        if (items.some((j) => newsOf(j) && !isTerse(japanese[j]!.text) && !figures.includes(j))) continue;
        // Round 34: 供給量を以下のとおり変更いたします。・現行：月間28トン ・2027年1月以降：月間40トン — the items' pair is
        // better for the client, so the lead's word of change announces no news.
        if (news && !figures.length && !FIGURE_LINE.has(news.source) && items.some((j, i) => i > 0 && items[i - 1] === j - 1 && pairOverLinesBetter(japanese[j - 1]!.text, japanese[j]!.text))) {
          drop('items-better-for-client', s);
          continue;
        }
        const rise = figures.length ? itemNews(figures[0]!) : undefined;
        if (!news && rise) news = { start: 0, end: bodyEnd(s.text), kind: rise.kind, source: rise.source };
        if (news) for (const j of figures) covered.add(j);
        if (news && figures.length) through = figures[figures.length - 1];
      }
      // 本日の出荷は380セットとなります。残り220セットは来月になります。: what is left of a partial fulfilment,
      // told in the next sentence, belongs to the same notice (one finding over the run).
      const prev = found[found.length - 1];
      // …残り12,000枚の納期を確約してほしいとのご依頼ですが、それはできません: a sentence that turns down the reader's
      // ask is the refusal rule's finding, never a part of the notice before it (it would swallow the refusal).
      if (prev && prev.k === k - 1 && prev.partial && REMAINDER.test(s.text.trim()) && !refusesAsk(ctx, japanese, k)) {
        found.push({ k, kind: prev.kind, partial: true });
        continue;
      }
      // A terse line is a title or a note, unless its figures state the change themselves (納期 12/10 → 1/21,
      // SUS304：68円/kg（3月度 41円/kg）): a rate table sent with no sentence around it is the notice.
      if (!news) continue;
      if (isTerse(s.text) && !items.length && !FIGURE_LINE.has(news.source)) {
        drop('terse-line', s);
        continue;
      }
      // ご要望への回答：・保証期間の延長：不可 — a verdict of no on an item the reader asked for answers them: the refusal
      // rule's (lib/verdict-line.ts), never a notice.
      if (verdictAnswersThread(ctx, s)) {
        drop('answers-thread', s);
        continue;
      }
      // A decision on what the client asked for is a refusal (the refusal rule gives way to this one by overlap).
      if (answersWithDecision(ctx, s)) {
        drop('answers-with-decision', s);
        continue;
      }
      // 中途解約はお受けできません。残り7か月分の利用料は御社にてご負担いただくことになります: what the client bears because
      // their ask was turned down is the refusal's consequence, said with it — the refusal's finding, not a notice.
      if (CHARGE_SOURCES.has(news.source) && refusesAsk(ctx, japanese, k - 1)) {
        drop('charge-after-refusal', s);
        continue;
      }
      // Re: 出荷について … 追加費用38万円は貴社のご負担になります: a cost put on the client in a mail that answers their
      // ask (a reply, their order or matter named) turns down covering it — the refusal's finding, uncushioned.
      // Re: 請求書の発行について … また、4月分より振込手数料はお客様のご負担となります: a new condition from a date, on a cost their
      // ask did not name, is a change of terms — news (lib/cost-hand-over.ts decides, for both rules).
      if (CHARGE_SOURCES.has(news.source) && costOnClientVerdict(ctx, s) === 'refusal') {
        drop('cost-hand-over', s);
        continue;
      }
      // 契約書第12条に記載のとおり: a term the contract already sets, restated, is nothing new.
      // 先日お打ち合わせで合意いたしました通り、3回に分けてお届けいたします: what was agreed or told in person before is
      // restated, not broken now.
      if (RESTATED_TERM.test(s.text.slice(0, news.start))) {
        drop('contract-cited', s);
        continue;
      }
      if (AGREED_BEFORE.test(s.text.slice(0, news.start))) {
        drop('agreed-before', s);
        continue;
      }
      // 下記のとおり改定いたします。(rows) 新料金は更新月から適用されます: the new terms named back (新〜, 改定後の〜) right after
      // the notice that announced them are that notice, already flagged once on its lead.
      const last = found[found.length - 1];
      if (last && last.kind === news.kind && NAMED_BACK.test(s.text.trim()) &&
        japanese.slice((last.through ?? last.k) + 1, k).every((x) => isHeadingOrListItem(x.text))) {
        drop('named-back', s);
        continue;
      }
      // Round 43 (vb-028): 3月納品予定の…を4月に延期されたいとのこと、承知いたしました。出荷を4月第1週に変更いたしました — a day
      // moved because the client asked for it, their wish accepted in the sentence before (or before the news in its own).
      if (news.kind === 'delay' && (theirWishAccepted(s.text.slice(0, news.start)) || theirWishAccepted(japanese[k - 1]?.text ?? ''))) {
        drop('their-wish-accepted', s);
        continue;
      }
      // 休業期間中のご注文は、1月6日以降の出荷となります: the closure's consequence, not news of its own.
      if (news.kind === 'delay' && closureConsequence(s.text.slice(0, news.end), japanese)) {
        drop('closure-consequence', s);
        continue;
      }
      // A quality problem is one incident told over several sentences (異物が検出されました。該当ロットは使用を
      // 中止し…): flagged once, where it is first told.
      // Round 41: so is a change of contact (10月末で、私は担当を外れることになりました。11月からは、中村が担当します).
      if ((news.kind === 'quality' || news.kind === 'staff') && lastKind === news.kind) {
        drop('same-incident', s);
        continue;
      }
      lastKind = news.kind;
      // The event's own words (50枚が不足しております) are not its reason.
      const own = s.text.slice(0, news.start) + s.text.slice(news.end);
      // A neighbour's reason counts unless that neighbour is a no of its own (改定は全社一律のため、個別の交渉は
      // お受けしておりません): its ため explains the refusal, not the news.
      const neighbourReason = (j: number) => {
        const n = japanese[j];
        return !!n && ctx.facts.of(REASON_IN, n) && !ctx.facts.of(japaneseFacts, n).acts.includes('refusal') && flatRefusalsOf(ctx, n).length === 0;
      };
      // Round 41: …本船の入港が遅れているため、出荷は来月20日以降となる見込みです — a clause of cause joined inside the cue's own
      // span (ため、, により) explains the news after it.
      if (hasReason(own) || CAUSE_JOIN.test(s.text.slice(news.start, Math.max(news.start, news.end - 4)))) {
        drop('reason-in-sentence', s);
        continue;
      }
      if (causeBefore(s, ctx.facts.of(japaneseFacts, s), news.start)) {
        drop('cause-clause', s);
        continue;
      }
      if (neighbourReason(k - 1) || neighbourReason(k + 1)) {
        drop('reason-in-neighbour', s);
        continue;
      }
      // Round 37 (fp37, review: he-002): 「誠に恐れ入りますが、…今回は1ロット分のみのご用意となります。残りの2ロット分は来月上旬に
      // 入荷予定でございますので、入荷次第すぐにお送りいたします。」 — a shortage said with a cushion and followed by what we
      // will do for the rest (any/lib/remedy.ts) is told completely: softened, and a way forward given.
      if (news.kind === 'shortage' && hasCushion(s.text.slice(0, news.start + 1)) && japanese[k + 1] !== undefined &&
        japaneseRemedy(japanese[k + 1]!.text) !== undefined) {
        drop('cushion-and-remedy', s);
        continue;
      }
      // A slip told over two sentences is one notice: the planned day's sentence belongs to the finding.
      // 12/1出港の便に載るのは：16ケース / ・残り24ケース：次の便: the part shipped, on the line above the rest, is the same notice.
      const partAbove = news.source === 'label-value' && REMAINDER.test(s.text.trim().replace(BULLET, '')) && japanese[k - 1]?.line === s.line - 1 &&
        COUNT_LINE.test(japanese[k - 1]!.text);
      if ((news.source === 'slip-after-planned' || news.source === 'line-pair' || partAbove) && found[found.length - 1]?.k !== k - 1 && !refusesAsk(ctx, japanese, k - 1)) found.push({ k: k - 1, kind: news.kind });
      // ご注文数：30セット / 4月出荷：12セット: a part shipped, in label lines, is a partial supply the remainder line continues.
      found.push({ k, kind: news.kind, partial: news.source === 'partial-supply' || (news.source === 'line-pair' && news.kind === 'shortage'), through });
    }
    // Round 25: ロット2207：塩水噴霧試験で不合格。再塗装します。出荷は第9週に変更。 — one sentence between two pieces of news in
    // the same paragraph (a remedy, a detail) leaves them one notice: one card over the run, not two.
    const bridged = (a: number, b: number) => {
      if (b !== a + 2) return false;
      const [x, mid, y] = [japanese[a]!, japanese[a + 1]!, japanese[b]!];
      if (/\n[ \t\u3000]*\n/.test(ctx.text.slice(x.end, y.start))) return false;
      const f = ctx.facts.of(japaneseFacts, mid);
      return !f.question && !f.acts.some((act) => act === 'request' || act === 'refusal' || act === 'apology' || act === 'thanks') && flatRefusalsOf(ctx, mid).length === 0;
    };
    // Consecutive sentences of news are one notice (割当は7,200個となります。残りの出荷時期は未定です。): one
    // finding over the run, so the advice — apologise, explain, offer to meet — is given once for it.
    for (let r = 0; r < found.length; ) {
      let last = r;
      while (last + 1 < found.length && (found[last + 1]!.k === found[last]!.k + 1 || bridged(found[last]!.k, found[last + 1]!.k))) last++;
      const first = japanese[found[r]!.k]!;
      const final = japanese[found[last]!.k]!;
      const end = final.start + bodyEnd(final.text);
      const text = ctx.text.slice(first.start, end);
      const conj = leadingConjunctionLength(text);
      const rewritten = text.slice(0, conj) + BAD_NEWS.leads[found[r]!.kind] + text.slice(conj);
      // 下記のとおり改定いたします。+ the rows: the finding covers the rows a writer quotes; the advice follows the lead.
      const rows = found[last]!.through !== undefined ? japanese[found[last]!.through!]! : undefined;
      const rowsEnd = rows ? Math.max(end, rows.start + bodyEnd(rows.text)) : end;
      // ■納期：6/10 → 7/24 / ・残り18ケース → 12月第2便: a status line takes no lead (大変申し訳ございませんが、■納期…
      // reads as broken Japanese); the line stays as written and the apology and the offer follow on a line of their own.
      // Round 25: so does a line of figures or a verdict with no predicate (AQL 1.0 → 不合格（…）, LD-40：5/12 → 6/2).
      const statusLine = !rows && (isHeadingOrListItem(text) || (/[→：:]/.test(text) && !/[。．\n]/.test(text) && !PREDICATE_END.test(text))) &&
        !/^[。．]/.test(ctx.text.slice(end, end + 1));
      const fixOf = (o: (typeof BAD_NEWS.offers)[number]) =>
        statusLine
          ? text + '\n' + BAD_NEWS.itemApologies[found[r]!.kind] + o.text + '。'
          : rewritten + o.text + ctx.text.slice(end, rowsEnd);
      const paragraph = paragraphStart(ctx, first.start);
      const guard = mailGuard ?? (offers.some((o) => o.explains || o.at >= paragraph) ? 'offer-to-meet-in-mail' : undefined);
      if (guard) {
        ctx.suppressed(guard, first.start, rowsEnd);
        r = last + 1;
        continue;
      }
      ctx.report({
        start: first.start,
        end: rowsEnd,
        message: 'Bad news stated as a plain fact: apologise, give the reason, and offer to explain in person.',
        messageJa: '悪い知らせを事実だけで伝えています。お詫びと理由を添え、直接伺って説明することを申し出ます。',
        suggestions: BAD_NEWS.offers.map((o) => suggestion(fixOf(o), o.label, o.labelJa)),
      });
      r = last + 1;
    }
  },
});

/**
 * The sentence at k says a flat no (lib/flat-refusal.ts) to something the reader asked, named in it or in the sentence
 * before (〜てほしいとのご依頼ですが、それはできません): an answer, which no notice's finding may take in.
 */
function refusesAsk(ctx: RuleContext, sentences: readonly Sentence[], k: number): boolean {
  const s = sentences[k];
  if (!s || !carriesTokens(s)) return false;
  const before = sentences[k - 1];
  return flatRefusalsOf(ctx, s).some((c) => c.final) && (jaAskNamed(s.text) || (!!before && jaAskNamed(before.text)));
}


/** Cue kinds an English sentence needs one of to apologise, give a reason or offer to meet (the cheap gate before its parse). */
const EN_MITIGATION = ['apology', 'reason', 'cause', 'meet'] as const;

/** Hiragana, katakana or a kanji: a line of the Japanese mail, whatever its label's letters. */
const JA_CHAR = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** A Japanese sentence, or a table row in Latin letters whose cells are Japanese (see the document hook). */
const JAPANESE_LINE: Annotator<boolean> = {
  id: 'ja.bad-news.blunt-bad-news/japanese-line',
  analyze: (s) => s.lang === 'ja' || ((JA_CHAR.test(s.text) || figuresOnlyRow(s.text)) && tableLineCells(s.text) !== null),
};
/**
 * Round 48 (h7hf-050): a table row of names, codes and figures only (AuroraBoard 280 | EUR 1,020/t | EUR 1,095/t) has no
 * language of its own: under a Japanese header it is a row of the Japanese table. A row with English words is English.
 */
const figuresOnlyRow = (text: string) => /\d/.test(text) && !/\b[a-z]{3,}\b/.test(text);
/** The allocation named as figures to come (割当数量は / 割当数が / 割当の結果), not as a cut. */
const ALLOCATION_FIGURES = /^(?:割当て?|割り当て)(?:数量|数|量|枠|本数|個数|結果|内容)?(?:は|が|を|に|の(?:数量|内容|結果|ご案内|お知らせ))/;
/** Words that say the allocation cuts the order: 削減, 制限, 減, 絞, のみ, しか, a share. */
/** Two figures of one unit joined by から…に (60トンから35トンに), the second smaller: each side read on a short slice around から. */
const FIGURE_BEFORE_KARA = /([0-9０-９][0-9０-９,，.]{0,10})\s?([^\s0-9０-９、。から]{1,4})$/;
const FIGURE_AFTER_KARA = /^([0-9０-９][0-9０-９,，.]{0,10})\s?([^\s0-9０-９、。]{1,4})に/;
function figuresFall(text: string): boolean {
  for (let i = text.indexOf('から'); i >= 0; i = text.indexOf('から', i + 2)) {
    const a = FIGURE_BEFORE_KARA.exec(text.slice(Math.max(0, i - 16), i));
    const b = a && FIGURE_AFTER_KARA.exec(text.slice(i + 2, i + 20));
    if (a && b && a[2] === b[2] && figureValue(b[1]!) < figureValue(a[1]!)) return true;
  }
  return false;
}
const CUT_WORD = /削減|制限|減|絞|のみ|しか|だけ|[0-9０-９][割%％]|半分|一部|不足|満たな|ゼロ|(?:に|で)とどま|(?:に|で)留ま/;

/** News that is a charge the client bears (ja-news.ts sources). */
const CHARGE_SOURCES = new Set(['client-pays', 'extra-cost']);
/** The contract's own terms cited as what the sentence restates: 契約書第12条にも記載がございますとおり, 規約に定めるとおり. */
const RESTATED_TERM = /(?:契約書|規約|約款|覚書|利用条件|取引条件)[^。]{0,12}(?:記載|定め|規定|明記)[^。]{0,8}(?:とおり|通り)[、，]?/;
/** Agreed or told before, named as what the sentence follows: 合意いたしました通り, お打ち合わせのとおり, ご説明した通り. */
/** The client's wish named and accepted: …されたいとのこと、承知いたしました / ご要望の件、かしこまりました. */
const THEIR_WISH = /(?:たい|たく)とのこと[^。]{0,6}$|(?:ご依頼|ご要望|ご希望|ご指示)[^。]{0,12}$/;
const ACCEPTED = /承知|かしこまり|承り/g;
const theirWishAccepted = (text: string) => [...text.matchAll(ACCEPTED)].some((m) => THEIR_WISH.test(text.slice(Math.max(0, m.index - 40), m.index)));
const AGREED_BEFORE = /(?:合意|お約束|ご了承|ご承諾|ご承認|お打ち合わせ|打ち合わせ|ご相談|お話し|ご説明|申し上げ|お伝え)[^。、]{0,10}(?:とおり|通り)|(?:ご了承|ご承諾|ご承認|ご合意)(?:いただ|頂)いた(?:内容|条件|とおり|通り)/;
/** The new terms named back as the topic: 新料金は, 新価格での, 改定後の単価は, 変更後の納期も, 上記の料金は. */
const NAMED_BACK = /^(?:(?:なお|また)[、，]?)?(?:新(?!規|製品|商品|たに)|改定後の?|変更後の?|上記の?|これらの?)[^、。]{0,8}(?:は|も|が|での)/;

/**
 * The offers to meet or call, in the future, with where each is (an offset into `text`) and whether it names an
 * explanation (ご説明…): 昨日お電話でいただいたご質問 / 先日お伺いした際 / お電話をいただき、ありがとうございました tell a
 * contact that already happened (the client's call, our past visit), which offers nothing now.
 */
function meetOffers(text: string): { at: number; explains: boolean }[] {
  const out: { at: number; explains: boolean }[] = [];
  for (const phrase of BAD_NEWS.offersToMeet) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      const after = text.slice(at + phrase.length, at + phrase.length + 24);
      // 先日はご説明の機会をいただき: an explanation given in person already is what the advice asks for, past or not.
      const past = PAST_CONTACT_AFTER.test(after) || PAST_RELATIVE_AFTER.test(after) || PAST_CONTACT_BEFORE.test(text.slice(Math.max(0, at - 6), at));
      if (past && !phrase.includes('説明')) continue;
      // ご訪問は、中止となりました / ・お打ち合わせ：中止 / 3月のご訪問の件: the meeting named is the occasion the news
      // calls off, or the topic a line is about — no meeting offered.
      if (!phrase.includes('説明') && (CALLED_OFF_AFTER.test(after) || TOPIC_AFTER.test(after))) continue;
      // 回収には来週、弊社の配送業者が伺います: a carrier or a worker coming for the goods is no one explaining the news.
      if (!phrase.includes('説明') && CARRIER_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
      out.push({ at, explains: phrase.includes('説明') || EXPLAINS_AFTER.test(after) || EXPLAINS_BEFORE.test(text.slice(Math.max(0, at - 8), at)) });
    }
  }
  return out;
}
/** A carrier or a worker as the visitor, just before the visit: 配送業者が, 作業員が, ドライバーが. */
const CARRIER_BEFORE = /(?:業者|配送|運送|ドライバー|作業員|係員)(?:の方)?が[^。\n、]{0,4}$/;
/** The visit's purpose an explanation: お伺いしてご説明, お打ち合わせでご説明. */
const EXPLAINS_AFTER = /^[^。\n]{0,12}?説明/;
/** The visit's purpose an explanation, named before it: ご説明に伺いたく, ご説明のためお伺い. */
const EXPLAINS_BEFORE = /説明[^。\n]{0,4}$/;

/** The offset of the paragraph holding `at`: after the last blank line before it (only spaces, tabs or U+3000), else 0. */
function paragraphStart(ctx: Pick<RuleContext, 'facts' | 'text'>, at: number): number {
  // The ends of the field's blank lines, found once per text (ctx.facts.ofText) rather than by a scan of the text up to
  // each notice: a match of the whole text that ends by `at` is one of its prefix's, and none that ends later is (the
  // run of spaces a cut match leaves holds no line break), so the last such end is the prefix's last (round 33).
  const ends = ctx.facts.ofText(PARAGRAPH_ENDS, ctx.text, () => Array.from(ctx.text.matchAll(/\n[ \t\u3000]*\n/g), (m) => m.index + m[0].length));
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? ends[lo - 1]! : 0;
}
const PARAGRAPH_ENDS = 'ja.bad-news.blunt-bad-news/paragraph-ends';
/** The meeting's clause going on to call it off or refuse it: 中止, 延期, 見送り, キャンセル, 不可, なくなりました. */
const CALLED_OFF_AFTER = /^[^。\n]{0,20}?(?:中止|延期|見送|取りやめ|取り止め|キャンセル|順延|なくな|できなく|不可|見合わせ)/;
/** The meeting named as a topic, not offered: お打ち合わせの件, ご訪問について, ご訪問に関して. */
const TOPIC_AFTER = /^(?:の件|について|につきまして|に関して|に関する)/;
/** A past form or thanks closing the contact's clause: …でいただいた, …した際, …いただき、ありがとうございました. */
const PAST_CONTACT_AFTER = /^[^。\n、]{0,16}?(?:ました|でした|いただいた|頂いた|くださった|下さった|た際|た折|たとき|た時)|^[^。\n]{0,16}?ありがと/;
/**
 * Round 32: a past form modifying the noun after it (お電話で佐々木様がおっしゃられた来季の…, 打ち合わせでお伺いした件): a
 * contact told as what the matter came from (お伺いしたく, ご説明したいと are wishes: hiragana after the た).
 */
const PAST_RELATIVE_AFTER = /^[^。\n、]{0,16}?[っしれい]た(?=[\p{Script=Han}ァ-ヶ])/u;
/** A time in the past just before it: 昨日お電話で, 先日お伺いの際, 先日のお電話で. */
const PAST_CONTACT_BEFORE = /(?:昨日|先日|先ほど|先程|先般|前回|以前|先週|先月)(?:は|に|の)?$/;

/** The wait for the goods, said as our taking time: 入荷まで今しばらくお時間を頂戴, お届けにはお時間をいただき. */
const WAIT_FOR_GOODS = /(?:まで|には|しばらく)[^。\n]{0,8}お時間を(?:いただ|頂)/g;

/** What is left of an order, opening the sentence: 残り220セット / 残る4枚 / 残数 / 不足分 / 未出荷分 / 差分の. */
const REMAINDER = new RegExp(`^(?:(?:なお|また)[、，]?)?(?:${REMAINDER_NOUNS}|残る|差分)`);

/** A list mark opening a line: ・, -, *, ●, ■… */
const BULLET = /^[・･\-−–—*＊•●○◎※■□◆◇]\s*/;
/** A line that ends on a count after a colon or は (今回の便に載るのは：16ケース, 本日出荷分：40個). */
const COUNT_LINE = /[：:は]\s{0,2}[0-9０-９][0-9０-９,，]{0,8}\s?[^\s0-9０-９]{1,4}[。．]?\s*$/;

/** A company, a site or a service closed for days: 休業, 休止, 停止, 閉鎖, お休み, 棚卸し. */
const CLOSURE = /休業|休止|停止|閉鎖|休み|棚卸/;
/**
 * What arrives during a closure, named as the subject of the schedule: 休業期間中のご注文, 停止期間中に承った
 * ご注文, 期間中にいただいたお問い合わせ, 当日いただいたご注文. A closure word in the phrase itself names the
 * closure (group 1); a bare 期間中 / 当日 points back to one the mail announces (not キャンペーン期間中).
 */
const RECEIVED_DURING = /(?:(休業|休止|停止|閉鎖|休み|連休|年末年始|お盆|棚卸し?)の?(?:期間)?中|(?<![\p{Script=Han}ァ-ヶー])(?:期間中|当日|同日))[にの]?[^、。]{0,12}?(?:注文|発注|お問い?合わ?せ|ご依頼|ご連絡|ご用命)/u;

/**
 * A schedule that is the consequence of a closure the mail announces (期間中のご注文は、1月5日以降の出荷となります;
 * 休業期間中のお問い合わせは、8月17日以降に回答いたします): a holiday notice, not bad news. A delivery late for
 * another reason (11月にご注文いただいた部品は、1月下旬以降の出荷となります) stays news, closure or not.
 */
function closureConsequence(upToNews: string, sentences: readonly Sentence[]): boolean {
  const m = RECEIVED_DURING.exec(upToNews);
  if (!m) return false;
  return !!m[1] || sentences.some((x) => CLOSURE.test(x.text));
}

/** A list item that is a sentence (ends in a predicate), as opposed to a terse line (・A：380円 → 452円). */
const PREDICATE_END = /(?:ます|です|ました|でした|なる|する|した|ない)[。．]?\s*$/;
/** A heading mark, a short label, a colon and a value after it (■納期：6/10 → 7/24, ◆出荷：3月下旬): a status line. */
const LABELLED_VALUE = /^[■□◆◇▼▽]\s*[^：:\n【】]{1,16}[：:]\s*\S/;

/** A heading or a terse list item: a title or a note, not a sentence addressed to someone. */
const isTerse = (text: string) => isHeadingOrListItem(text) && !PREDICATE_END.test(text);

/**
 * The lines right below a sentence that introduces them (下記のとおり / 以下の通り / 次のとおり), up to a blank
 * line. Read by line, because the splitter drops a list number (「1. 」) from the sentence it opens.
 */
/** A line of a table: a Markdown row, or three cells apart by wide spaces or tabs. */
const TABLE_LINE = /\|[^|\n]*\||\S(?:\s{2,}|\u3000|\t)\S+(?:\s{2,}|\u3000|\t)\S/;

/** Two labelled values on consecutive lines from `j`, old then new (現行：1個1,200円 / 改定後：1個1,100円), either way. */
function labelledPairAt(sentences: readonly Sentence[], j: number): boolean {
  const [a, b] = [sentences[j], sentences[j + 1]];
  return !!a && !!b && b.line === a.line + 1 && (pairOverLines(a.text, b.text) !== undefined || pairOverLinesBetter(a.text, b.text));
}

/** A lead's word of change: 変更, 改定, 調整, 見直し, 引き上げ. */
const CHANGE_LEAD = /変更|改定|改訂|調整|見直|引き上げ|引上げ|削減|変わ/;

function listBelow(sentences: readonly Sentence[], k: number): number[] {
  if (!/(?:下記|以下|次)の?(?:とおり|通り)|下記の|以下の/.test(sentences[k]!.text)) return [];
  const out: number[] = [];
  // 下記のとおり改定いたします。(blank line) | 品番 | 変更前 | 変更後 |: a table set off by one blank line is still below,
  // and its rows go on past the line of dashes under its header (not a Japanese sentence).
  // Round 36: so is a pair of labelled values, old then new, on the two lines after the blank (下記のとおり単価を改定いたします。
  // (blank line) 現行：1個1,200円 / 改定後：1個1,100円) — not any labelled line (以下のとおりです。(blank) ・対応時間：平日 8:30〜17:30).
  // Round 48 (dev set y8ya-038): so is a marked list (・, -, 1.) set off by one blank line under a lead that says a change
  // (下記のとおり調整させていただきます) — not under one that only lists terms (以下のとおりです), whose items stand alone.
  const changeLead = CHANGE_LEAD.test(sentences[k]!.text);
  const gap = (j: number) => ((TABLE_LINE.test(sentences[j]!.text) && (j === k + 1 || TABLE_LINE.test(sentences[j - 1]!.text))) ||
    (j === k + 1 && (labelledPairAt(sentences, j) || (changeLead && isListItem(sentences[j]!.text)))) ? 2 : 1);
  for (let j = k + 1; j < sentences.length && sentences[j]!.line - sentences[j - 1]!.line <= gap(j); j++) {
    // ・CN-40A：12.5円 → 14.0円 / また、最小発注数量を…に変更いたします: after marked items, a line with no mark (nor a table's
    // cells) is the notice going on, a sentence of its own — not one more item of the list.
    if (out.length && isHeadingOrListItem(sentences[out[0]!]!.text) && !isHeadingOrListItem(sentences[j]!.text) && !TABLE_LINE.test(sentences[j]!.text)) break;
    out.push(j);
  }
  return out;
}

/**
 * A clause of cause before the news in its own sentence (原料不足のため出荷は…, 部品が入らないので納期が…,
 * 為替が動いてるんで単価が…): a predicate ending on ので / んで / から / ため, or a noun with のため. What is
 * left unsaid by 都合 or a purpose (念のため, ご確認のため) is no cause; `hasReason` strips those.
 */
function causeBefore(s: Sentence, f: JaSentenceFacts, newsStart: number): boolean {
  const before = s.text.slice(0, newsStart);
  // Round 32: 色ムラが見つかったため出荷を見送り: a past form before ため (read as attributive, ため a noun) gives the cause too.
  if (f.predicates.some((p) => p.end <= newsStart && (p.ending === 'conjunctive' || (p.ending === 'attributive' && p.past)) && /^(?:ので|んで|から|ため)/.test(s.text.slice(p.end, p.end + 3)))) return true;
  return before.includes('のため') && hasReason(before.replace(/のため[、，]?/g, 'のため、'));
}

/** A clause of cause joined to the clause after it: …ため、 / …により / …に伴い. */
const CAUSE_JOIN = /(?:ため|ので)[、，]|により|によって|に伴い|を受けて/;

/** hasReason of a neighbour's whole text, kept by text in the engine's cache (read for each notice's neighbours per keystroke). */
const REASON_IN = textFact('ja.bad-news.blunt-bad-news/reason', (text) => hasReason(text));

function hasReason(sentence: string | undefined): boolean {
  if (!sentence) return false;
  // 減員分はオフショア側で対応いたしますので、作業への影響はございません: a reassurance after the cut — no effect, no
  // problem, nothing to worry about — is no reason for it (its 影響 is denied, and its ので explains the reassurance).
  let text = withoutReassurance(sentence);
  for (const n of BAD_NEWS.notReasons) text = text.split(n).join('');
  return containsAny(text, BAD_NEWS.reasons);
}

/**
 * A clause that reassures: an effect, a problem or a worry denied (影響はございません, 支障は一切ありません, ご心配には
 * 及びません, 変更はございません), or ご安心ください.
 */
const REASSURING_CLAUSE = /(?:影響|支障|問題|心配|ご迷惑|差し支え|変わり|変更)(?:は|も|が|に)?(?:一切|特に|全く|まったく|何ら)?(?:ござい|あり|生じ|出|及び|ない|なく|な[しい])|ご安心(?:ください|いただ)/;

/** The sentence without its reassuring clauses, nor the clause of cause that leads to one (…ので、影響はございません). */
function withoutReassurance(sentence: string): string {
  const clauses = sentence.split(/(?<=[、，。])/);
  const kept: string[] = [];
  for (const c of clauses) {
    if (!REASSURING_CLAUSE.test(c)) {
      kept.push(c);
      continue;
    }
    if (kept.length && /(?:ので|ため|から)[、，]$/.test(kept[kept.length - 1]!)) kept.pop();
  }
  return kept.join('');
}
