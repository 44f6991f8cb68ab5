// Round 21 (r21-jaref, Japanese refusals and bad news), in wordings of our own written before the code, each class read
// from its structure:
// S1 a product's specification that turns down what the reader asked for (ご要望 / ご希望 / 〜てほしいとの in the sentence, the
//    one before or the paragraph): a no (flat-refusal.ts `spec`, judged by unsoftened-refusal with the paragraph). Near
//    misses: the same specification with nothing asked, a question for information (ご質問, お問い合わせ), a note added
//    beside the answer (なお、…), a yes, a cushioned no.
// S2 a verdict of no given to an item in the terse shape of an answer sheet (item → 不可, ：NG, | 対応外 |, ⇒ ×, - 無理),
//    in a mail that names the reader's ask (lib/verdict-line.ts). Near misses: a product's spec table with nothing asked,
//    verdicts of yes, a cushioned lead, an alternative after the verdict, a compound of 不可 with no separator.
// B1 bad news in a mail that tells of a past contact (昨日お電話でいただいたご質問, 先日お伺いした際): a call or visit that
//    already happened offers no meeting, so the notice of a shortfall still owes one. Near misses: a real offer to call or
//    visit, an apology, a full supply.
// B2 a launch, a sale or an occasion called off in a compound (発売中止, 開催中止, 販売中止, 実施見送り) after a topic naming
//    our goods or occasion, whatever they are called, a bracketed aside allowed (新色2色（#12、#14）は). Near misses:
//    calling off what was bad, the client's own act, an apology with a replacement, a condition, as planned.
// P1 a サ変 act in the passive, negated (以降はセキュリティパッチも提供されません): what will not happen, the consequence of
//    news, not our no — unless it answers a wish the reader named.
import { classTables } from './refusal-honorific-table';

const mail = (body: string) => `株式会社ほくと\n営業部 三浦様\n\nいつもお世話になっております。\n${body}\n\n引き続きよろしくお願いいたします。`;

classTables([
  {
    name: 'S1: a specification that turns down the reader\'s wish is a no',
    category: 'blunt-refusal',
    flagged: [
      [mail('アラートメールの日本語化のご要望ですが、現在のバージョンでは対応しません。'), '現在のバージョンでは対応しません'],
      [mail('LIN通信への対応をご希望とのことですが、本製品はLINには対応しておりません。'), 'LINには対応しておりません'],
      [mail('帳票のPDF出力をご依頼いただきました。\n現行バージョンではPDF出力に対応しておりません。'), 'PDF出力に対応しておりません'],
      [mail('スマートフォンでも使いたいとのご要望をいただきました。\n本アプリはスマートフォンには対応していません。'), '対応していません'],
      [mail('Mac版を出してほしいとのことでしたが、本ソフトはMacには対応していません。'), '対応していません'],
      [mail('英語以外の言語でも表示したいとのご相談ですが、このシステムは多言語表示に対応しておりません。'), '対応しておりません'],
      [mail('ご要望の電子署名機能は、当サービスでは提供しておりません。'), '提供しておりません'],
      [mail('SSO連携のご要望について回答いたします。\n現在の製品ではSAMLはサポートしていません。'), 'サポートしていません'],
      [mail('クレジットカード払いをご希望とのことですが、当社のシステムでは受け付けておりません。'), '受け付けておりません'],
      [mail('iPad対応のご要望ですが、今のバージョンでは対応予定はございません。'), '対応予定はございません'],
      [mail('ご提案いただいたAPI連携は、このプランでは利用できません。'), '利用できません'],
      [mail('画面の配色を変えてほしいとのご依頼ですが、本システムでは配色は変えられません。'), '変えられません'],
      [mail('ログの保存期間を延ばしたいとのご要望ですが、本サービスは90日を超える保存には対応しておりません。'), '対応しておりません'],
    ],
    clean: [
      mail('本製品はCANのみ対応です。'),
      mail('本機は単相100Vには対応しておりません。'),
      mail('ご質問の件ですが、本製品はLINには対応しておりません。'),
      mail('なお、本製品はWindows 7には対応しておりません。'),
      mail('新バージョンでは、CSV出力に対応いたしました。'),
      mail('お問い合わせいただいた対応OSは以下のとおりです。本ソフトはLinuxには対応しておりません。'),
      mail('ご要望のCSV出力は、現在のバージョンで対応しております。'),
      mail('ご依頼の件、承知いたしました。なお、本製品は屋外での使用には対応しておりません。'),
      mail('ご要望いただいた日本語化は、次のバージョンで対応いたします。'),
      mail('恐れ入りますが、ご要望の日本語化は現在のバージョンでは対応しておりません。'),
    ],
  },
  {
    name: 'S2: a bare verdict of no on an item the reader asked for',
    category: 'blunt-refusal',
    flagged: [
      [mail('先日いただいた追加要望5件について、本社の回答をまとめました。\n\n1. 配車表のExcel出力 → 3月リリースで対応\n2. 帳票ロゴの変更 → 対応済み\n3. 独自の運賃計算ロジックのカスタマイズ → 不可\n4. 夜間バッチの時刻変更 → 検討中'), '独自の運賃計算ロジックのカスタマイズ → 不可'],
      [mail('ご要望の件、以下のとおり回答いたします。\n・土日祝日の納品：NG\n・分納：対応可'), '土日祝日の納品：NG'],
      [mail('ご依頼いただいた項目の可否です。\n| 項目 | 可否 |\n| 画面の多言語化 | 対応外 |\n| CSV出力 | 対応可 |'), '画面の多言語化 | 対応外'],
      [mail('ご希望の仕様変更について\n・筐体色の変更 ⇒ ×\n・ロゴ印刷 ⇒ ○'), '筐体色の変更 ⇒ ×'],
      [mail('ご要望への回答：\n- 納期の前倒し - 無理\n- 送料無料 - 却下'), '納期の前倒し - 無理'],
      [mail('リクエストいただいた件の結果です。\nAPI連携 → お受けできません'), 'API連携 → お受けできません'],
      [mail('お見積りのご依頼について、条件ごとの回答です。\n・支払サイト90日：対象外\n・初回値引き：対応可'), '支払サイト90日：対象外'],
      [mail('追加のご要望について社内で確認しました。\n（1）専用サーバーでの運用 → 対応不可\n（2）管理者アカウントの追加 → 対応します'), '専用サーバーでの運用 → 対応不可'],
      [mail('先日のご相談への回答です。\n① 保証期間の延長：不可\n② 定期点検の追加：可能'), '保証期間の延長：不可'],
      [mail('いただいたご要望の一覧です。\n・英語マニュアルの作成 → 範囲外\n・操作研修の実施 → 対応します'), '英語マニュアルの作成 → 範囲外'],
      [mail('ご希望の納品条件について\n・時間指定（午前着）　不可\n・車上渡し　可'), '時間指定（午前着）　不可'],
      [mail('> 返品期限を60日に延ばしていただけますでしょうか。\n\n返品期限の延長 → 見送り'), '返品期限の延長 → 見送り'],
    ],
    clean: [
      mail('■ 本製品の仕様\n・防水：×\n・防塵：○'),
      mail('先日いただいた追加要望について回答します。\n・帳票ロゴの変更 → 対応済み\n・夜間バッチの時刻変更 → 検討中'),
      mail('ご要望の件、以下のとおり回答いたします。大変申し訳ございませんが、一部はご期待に沿えません。\n・土日祝日の納品：NG\n・分納：対応可'),
      mail('ご要望の件、以下のとおり回答いたします。\n・カスタマイズ → 不可（ただし次期バージョンで標準機能として対応予定）'),
      mail('ご要望の件、以下のとおり回答いたします。\n・分納：可\n・代引き：対応可'),
      mail('本製品は水洗い不可です。'),
      mail('製品比較表をお送りします。\n| 機能 | A型 | B型 |\n| 防水 | ○ | × |'),
      mail('ご依頼の件、以下のとおり手配しました。\n・納品日：6月3日\n・数量：200個'),
    ],
  },
  {
    name: 'B1: a past call or visit is no offer to meet; the shortfall still owes one',
    category: 'bad-news',
    flagged: [
      [mail('昨日お電話でいただいたご質問の件です。\n同ソファ60台のうち、今月出荷できるのは22台のみです。'), '今月出荷できるのは22台のみです'],
      [mail('先日お伺いした際にご質問いただいた件です。\nご注文の椅子200脚のうち、来週お届けできるのは80脚だけです。'), '来週お届けできるのは80脚だけです'],
      [mail('先日はお電話をいただき、ありがとうございました。\nご注文のトナーは、現在30本しか確保できておりません。'), '30本しか確保できておりません'],
      [mail('先日のお打ち合わせでいただいたご質問の件です。\n今期お納めできるのは、ご予定数量の3割程度にとどまります。'), 'ご予定数量の3割程度にとどまります'],
      [mail('本日お電話にてご説明いたしました件、改めてお送りします。\nご注文の苗木300本のうち、出荷可能なのは120本のみです。'), '出荷可能なのは120本のみです'],
      [mail('先ほどお電話で申し上げたとおりです。\n在庫は残り40個しかございません。'), '在庫は残り40個しかございません'],
      [mail('昨日ご訪問いただいた際のご質問にお答えします。\nご注文分のうち、今週出荷できるのは一部のみとなります。'), '一部のみとなります'],
      [mail('お電話でいただいたご注文の件です。\nご注文いただいた1,000枚のうち、納品できるのは600枚までです。'), '納品できるのは600枚までです'],
      [mail('昨日お電話でいただいたご質問の件です。\nご注文の部材は、今月中に揃うのは一部だけです。'), '一部だけです'],
      [mail('先日お伺いした折にご相談いただいた件です。\n今月の入荷は10台のみで、残り50台は未定です。'), '今月の入荷は10台のみ'],
      [mail('昨日はお電話をありがとうございました。\nご注文の部品300個のうち、今月の出荷は100個となります。'), '今月の出荷は100個となります'],
      [mail('先日お伺いした際のお話の件です。\nご依頼の500kgに対し、今月ご用意できるのは200kgです。'), '今月ご用意できるのは200kgです'],
    ],
    clean: [
      mail('同ソファ60台のうち、今月出荷できるのは22台のみです。\n詳しくは改めてお電話にてご説明いたします。'),
      mail('昨日お電話でいただいたご質問の件です。\n同ソファは60台すべて今月出荷いたします。'),
      mail('ご注文の椅子120脚のうち、今月お届けできるのは40脚のみです。大変申し訳ございません。'),
      mail('ご注文の椅子200脚のうち、来週お届けできるのは80脚だけです。\n近日中にお伺いし、今後の見通しをご説明させていただきたく存じます。'),
      mail('在庫は十分にございますので、ご安心ください。'),
      mail('先着30名様のみご参加いただけます。'),
      mail('本キャンペーンは、お一人様1回のみご利用いただけます。'),
      mail('弊社の工場は、国内に2か所のみです。'),
    ],
  },
  {
    name: 'B2: a launch, a sale or an occasion called off in a compound',
    category: 'bad-news',
    flagged: [
      [mail('ご案内していたリップバーム新色2色（#12 ピヴォワンヌ、#14 フィグ）は、発売中止となりました。'), '発売中止となりました'],
      [mail('当社主催の試飲会は開催中止となりました。'), '開催中止'],
      [mail('春夏の新作バッグは、販売中止といたします。'), '販売中止'],
      [mail('予定していた新型チェアは、国内発売中止が決まりました。'), '発売中止'],
      [mail('来月の工場見学会は、実施中止とさせていただきます。'), '実施中止'],
      [mail('限定パッケージ版は、生産中止となります。'), '生産中止'],
      [mail('年末の特別セールは、実施見送りとなりました。'), '実施見送り'],
      [mail('お知らせしていた新サービスは提供中止となりました。'), '提供中止'],
      [mail('新シリーズの先行予約は、受付中止となりました。'), '受付中止'],
      [mail('秋の新フレーバー3種は、発売延期となりました。'), '発売延期'],
      [mail('次回のユーザー会は開催延期といたします。'), '開催延期'],
      [mail('来春の新作コート（品番C-21、C-22）も、販売中止となります。'), '販売中止'],
    ],
    clean: [
      mail('値上げは中止となりました。'),
      mail('ご注文の取り消しを承りました。'),
      mail('発売中止となった旧商品の在庫について、お問い合わせください。'),
      mail('新色の発売は予定どおり6月1日です。'),
      mail('新色2色は、発売中止となりました。ご期待に沿えず、大変申し訳ございません。代わりに定番色をご提案いたします。'),
      mail('雨天の場合、屋外イベントは開催中止となります。'),
      mail('展示会は予定どおり開催いたします。'),
      mail('発売記念イベントは好評のうちに終了いたしました。'),
    ],
  },
  {
    name: 'P1: a passive サ変 act negated tells what will not happen, not our no',
    category: 'blunt-refusal',
    flagged: [
      [mail('ご要望の日本語テンプレートは提供されません。'), '提供されません'],
      [mail('弊社ではカスタマイズは提供しません。'), '提供しません'],
    ],
    clean: [
      [mail('旧版の管理ソフトは、2026年9月30日をもってサポートを終了します。以降はセキュリティパッチも提供されません。'), '提供されません'],
      [mail('旧モデルは3月末で販売を終了します。以降は修理部品も供給されません。'), '供給されません'],
      [mail('今回の改定で、送料は請求されません。'), '請求されません'],
    ],
  },
]);
