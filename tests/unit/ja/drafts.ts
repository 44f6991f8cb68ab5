// Our own Japanese test drafts, written for this suite (not taken from any corpus): clean mails from several
// industries that must raise nothing at all, and flawed ones with the findings a senior Japanese buyer
// would expect. They guard precision on phrasing the rules were not written against.
import type { DraftInput } from '../../../src/engine/types';

export interface Expectation {
  category: string;
  quote: string;
}

export interface TestDraft {
  name: string;
  draft: DraftInput;
  expect: Expectation[];
}

const client = { recipient: 'client' as const, firstContact: false, now: '2025-12-01' };
const prospect = { recipient: 'prospect' as const, firstContact: false, now: '2025-12-01' };
const firstProspect = { recipient: 'prospect' as const, firstContact: true, now: '2025-12-01' };
const internal = { recipient: 'internal' as const, firstContact: false, now: '2025-12-01' };

export const CLEAN: TestDraft[] = [
  {
    name: 'SaaS: a feature request declined with a cushion and an alternative',
    draft: {
      subject: 'Re: CSV出力機能のご要望について',
      body: '株式会社ミナト商会\n情報システム部 森本様\n\nいつも大変お世話になっております。\nクラウドワークス・ジャパンの石田でございます。\n\nCSV出力の項目追加についてご要望をいただき、誠にありがとうございます。\n社内で検討いたしましたが、恐れ入りますが、次回のバージョンアップでの対応はいたしかねます。\n代わりに、API経由で同じデータを取得する方法をご案内できますので、手順書を添付いたします。\nご不明な点がございましたら、お気軽にお問い合わせください。\n\n引き続きよろしくお願いいたします。\n\nクラウドワークス・ジャパン株式会社\nカスタマーサクセス部 石田 亮',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Food: a price revision with apology, reason and a visit',
    draft: {
      subject: '価格改定のお願い',
      body: '株式会社ヤマブキ食品\n購買部 部長 高橋様\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n北海乳業株式会社の遠藤でございます。\n\n誠に心苦しいお願いではございますが、飼料価格と物流費の高騰を受け、4月納品分よりバターの単価を改定させていただきたく存じます。\n長くお取引いただいている貴社にこのようなご相談を申し上げることとなり、誠に申し訳ございません。\nつきましては、営業部長の川口とともにお伺いし、改定の内容を直接ご説明申し上げたく存じます。\n来週以降でご都合のよい日時をお知らせいただけますでしょうか。\n\n何卒よろしくお願い申し上げます。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Construction: confirming a site visit',
    draft: {
      subject: 'Re: 現場確認の日程について',
      body: '大成ホーム株式会社\n工事部 小林様\n\nお世話になっております。\n三和設備工業の中村です。\n\n現場確認の日程につきまして、12月9日（火）の10時で承知いたしました。\n当日は弊社の施工管理担当とともに伺います。\n図面の最新版をお持ちいたしますので、ご確認いただけますと幸いです。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Logistics: a first contact through an introduction, asking only to send material',
    draft: {
      subject: '【株式会社アオバ物流 西村様のご紹介】倉庫管理システムのご案内',
      body: '株式会社サクラ運輸\n物流企画部 部長 大野様\n\n初めてご連絡を差し上げます。\nロジネクスト株式会社の松井と申します。\n\n株式会社アオバ物流の西村様より、大野様が倉庫の在庫管理の見直しをご検討中と伺い、ご紹介をいただきました。\n西村様の倉庫では、弊社のシステムを3年ほどご利用いただいております。\nもしご関心がございましたら、導入事例をまとめた資料をお送りいたしますので、ご一報いただけますと幸いです。\n\n何卒よろしくお願い申し上げます。',
      context: firstProspect,
    },
    expect: [],
  },
  {
    name: 'Machinery: a delay reported with an apology and a phone call',
    draft: {
      subject: '【お詫び】部品納期遅延のご報告',
      body: '株式会社ツバキ精機\n製造部 山口様\n\nいつもお世話になっております。\n東洋ギアの岡田でございます。\n\nご注文いただいておりました減速機用ギア500個につきまして、大変申し訳ございませんが、熱処理工程の設備故障により、納品が3日ほど遅れる見込みとなりました。\n貴社のライン計画へのご影響を最小限にするため、200個を先行して予定日にお届けできるよう手配しております。\n本日中に、課長の吉田よりお電話にて詳しくご説明させていただきます。\n\nご迷惑をおかけし、誠に申し訳ございません。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Internal: さん, 了解です and plain style among colleagues',
    draft: {
      subject: '明日の打ち合わせ',
      body: '佐々木さん\n\nお疲れさまです。\n明日の件、了解です！\n見積書は僕のほうで作る。先方には10時に着く予定だ。\nよろしく！',
      context: internal,
    },
    expect: [],
  },
  {
    name: 'Printing: a quote with a standard validity period to a prospect',
    draft: {
      subject: 'お見積りの送付',
      body: '株式会社ハルカ出版\n制作部 木下様\n\nお世話になっております。\n光文印刷の斎藤です。\n\n先日はお打ち合わせのお時間をいただき、ありがとうございました。\nご依頼いただきましたパンフレット5,000部のお見積りを添付いたします。\nなお、本お見積りの有効期限は発行日より30日間とさせていただいております。\nご不明な点がございましたら、お気軽にお申し付けください。\n\nよろしくお願いいたします。',
      context: prospect,
    },
    expect: [],
  },
  {
    name: 'Consulting: a follow-up after a first meeting',
    draft: {
      subject: '先日のお打ち合わせの御礼',
      body: '株式会社フジミ工業\n経営企画室 室長 中島様\n\nお世話になっております。\nリンクス・コンサルティングの上田でございます。\n\n先日はご多忙のところ、お時間をいただき誠にありがとうございました。\nお打ち合わせでおっしゃっていた生産計画の課題について、弊社で整理した資料を添付いたします。\nご都合がよろしければ、次回は工場の皆様にもご同席いただき、ご意見を伺えれば幸いです。\n\n引き続きよろしくお願い申し上げます。',
      context: prospect,
    },
    expect: [],
  },
  {
    name: 'Medical devices: a change of contact announced with a visit by both',
    draft: {
      subject: '担当者変更のご挨拶',
      body: '医療法人せせらぎ会 さくら病院\n臨床工学部 松本様\n\nいつも大変お世話になっております。\nメディカルテック株式会社の藤田でございます。\n\n私事で恐縮ですが、このたび社内の人事異動に伴い、1月より貴院の担当が後任の村上に代わることとなりました。\n在任中は格別のご厚情を賜り、心より御礼申し上げます。\n近日中に村上とともにご挨拶に伺いたく存じますので、ご都合のよい日時をお知らせいただけますと幸いです。\n\n今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'HR services: a request declined softly',
    draft: {
      subject: 'Re: 研修日程の前倒しについて',
      body: '株式会社アサヒ電機\n人事部 渡辺様\n\nお世話になっております。\nキャリアブリッジの清水です。\n\n研修日程を1週間前倒しできないかとのご相談、ありがとうございます。\n誠に恐縮ですが、講師の手配が間に合わず、ご希望の日程でのご対応はいたしかねます。\nその代わり、事前課題をオンラインで先に配信する形であれば、全体のスケジュールを短縮できるかと存じます。\nご検討いただけますと幸いです。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Chemicals: delivery terms as a list, with a heading',
    draft: {
      subject: '出荷条件のご案内',
      body: '株式会社キタノ化成\n資材部 井上様\n\nいつもお世話になっております。\n東邦ケミカルの池田です。\n\nお問い合わせいただいた出荷条件について、下記のとおりご案内いたします。\n\n■ 出荷条件\n・最小ロットは20kg単位\n・土日祝日の出荷は対応できません\n・午後3時までのご注文は当日出荷\n\nご不明な点がございましたら、お気軽にお問い合わせください。\nよろしくお願いいたします。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Auto parts: a customer’s words quoted in 「」',
    draft: {
      subject: 'Re: 品質会議の議事録',
      body: '株式会社ミツワ自動車部品\n品質保証部 石川様\n\nお世話になっております。\nトーカイ精密の原田です。\n\n先日の品質会議の議事録をお送りいたします。\n会議では、現場から「この公差では量産できない」という声があったことも記録しております。\n内容に誤りがございましたら、ご指摘いただけますと幸いです。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Real estate: 貴社担当 and our customers',
    draft: {
      subject: 'オフィス移転のご相談について',
      body: '株式会社ソラノ技研\n総務部 加藤様\n\nいつもお世話になっております。\n貴社担当の三浦でございます。\n\n先日お電話で伺ったオフィス移転の件、条件に合う物件を3件ご用意いたしました。\n弊社のお客様からも評判のよいエリアですので、ぜひご覧になってください。\nご都合のよい日に、ご内覧のご案内をさせていただければ幸いです。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Textile: an order confirmed, delays denied',
    draft: {
      subject: 'ご注文の御礼',
      body: '株式会社アヤメ衣料\n商品部 近藤様\n\nいつもお世話になっております。\n丸八繊維の後藤でございます。\n\nこのたびは生地3,000メートルをご注文いただき、誠にありがとうございます。\n納期に遅れることのないよう、生産を進めてまいります。\n出荷日が確定いたしましたら、改めてご連絡いたします。\n\n今後ともよろしくお願いいたします。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Advertising: a first mail after meeting at a trade show',
    draft: {
      subject: '展示会での御礼',
      body: '株式会社ハヤテ飲料\nマーケティング部 小川様\n\n先日は展示会にて名刺交換の機会をいただき、誠にありがとうございました。\nクリエイトワン株式会社の森と申します。\n\nブースでお話しした店頭販促の事例について、資料を添付いたしました。\nもしよろしければ、一度お打ち合わせのお時間をいただけますと幸いです。\n\n何卒よろしくお願い申し上げます。',
      context: firstProspect,
    },
    expect: [],
  },
  {
    name: 'Software: respect for the client, humble for our own side',
    draft: {
      subject: 'Re: 導入スケジュールについて',
      body: '株式会社ミズホ製作所\n生産管理部 課長 斉藤様\n\nお世話になっております。\nネクストシステムズの山下です。\n\n先日斉藤様がおっしゃっていた導入スケジュールの件、弊社の部長にも申し伝えました。\n部長も、貴社のご都合に合わせて柔軟に対応したいと申しております。\n添付の計画案をご覧になり、ご意見をお聞かせいただけますと幸いです。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Mixed: an English salutation with a Japanese body',
    draft: {
      subject: 'Re: 見積条件について',
      body: 'Dear Kimura-san,\n\nいつもお世話になっております。\nグローバルパーツのEmily Clarkです。\n\nお見積りの条件について、ご確認いただきありがとうございます。\n支払条件は月末締め翌月末払いで承知いたしました。\n\n引き続きよろしくお願いいたします。\n\nEmily Clark\nGlobal Parts Japan',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Education: a meeting invitation with headers',
    draft: {
      subject: '【ご案内】研修内容のお打ち合わせ',
      body: '日時：2026年2月10日（火）14:00〜15:00\n場所：貴社 本社会議室\n弊社出席者：ラーニングゲート株式会社 部長 青木、担当 佐野\n\n株式会社コトハ電子 人材開発課 福田様\nいつもお世話になっております。\n来年度の研修内容について、上記日時にてご相談させていただければ幸いです。\nご都合が合わない場合は、遠慮なくお申し付けください。',
      kind: 'meeting-invite',
      context: client,
    },
    expect: [],
  },
  {
    name: 'Pharma: a standard notice that the deadline follows the client’s own launch',
    draft: {
      subject: '包装資材のご発注時期について',
      body: '株式会社ミドリ製薬\n購買部 岡本様\n\nお世話になっております。\nパックワン株式会社の長谷川です。\n\n新製品の発売日に間に合わせるため、2月20日までにご発注いただけますと幸いです。\nそれ以降のご発注でも対応は可能ですが、納期が1週間ほど延びる見込みです。\n\nご検討のほど、よろしくお願いいたします。',
      context: prospect,
    },
    expect: [],
  },
];

export const FLAWED: TestDraft[] = [
  {
    name: 'Construction: さん in the salutation and 了解です！',
    draft: {
      subject: 'Re: 資材搬入の件',
      body: '株式会社イワサキ建設\n工務部 佐藤さん\n\nお世話になっております。\n山陽建材の森田です。\n\n資材搬入を来週月曜に変更する件、了解です！\n当日は8時に現場へ伺います。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [
      { category: 'honorific', quote: '佐藤さん' },
      { category: 'register', quote: '了解です！' },
    ],
  },
  {
    name: 'IT: a bare name and a flat できません',
    draft: {
      subject: 'Re: 保守契約の範囲について',
      body: '株式会社ノゾミ銀行\nシステム部 田中\n\nお世話になっております。\nセキュアネットの鈴木です。\n\nご依頼いただいた夜間の障害対応ですが、現在の保守契約では対応できません。\n必要であれば、別途お見積りをお送りします。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [
      { category: 'honorific', quote: '田中' },
      { category: 'blunt-refusal', quote: '現在の保守契約では対応できません' },
    ],
  },
  {
    name: 'Food: a price rise announced with 御社 and nothing else',
    draft: {
      subject: '価格改定のお知らせ',
      body: '株式会社マルヤマ製菓\n購買課 山本様\n\nいつもお世話になっております。\n三協製粉の小松です。\n\n4月出荷分より、小麦粉全品の価格を10%値上げいたします。\n御社向けの新しい価格表を添付しますので、ご確認ください。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [
      { category: 'bad-news', quote: '4月出荷分より、小麦粉全品の価格を10%値上げいたします' },
      { category: 'honorific', quote: '御社' },
    ],
  },
  {
    name: 'Logistics: a cold pitch with a meeting request and a deadline',
    draft: {
      subject: '配送コスト削減のご提案',
      body: '株式会社ナギサ商事\n物流部 ご担当者様\n\n突然のご連絡失礼いたします。\nスマートロジ株式会社の坂本と申します。\n\n弊社はAIによる配車最適化サービスを提供しており、平均で配送コストを15%削減しております。\nつきましては、30分ほどオンラインでご説明のお時間をいただけないでしょうか。\nなお、今月中にご契約いただけない場合は、初期費用無料の特典は適用されません。\n\nよろしくお願いいたします。',
      context: firstProspect,
    },
    expect: [
      { category: 'cold-outreach', quote: 'つきましては、30分ほどオンラインでご説明のお時間をいただけないでしょうか' },
      { category: 'pressure', quote: '今月中にご契約いただけない場合は、初期費用無料の特典は適用されません' },
    ],
  },
  {
    name: 'Chemicals: である mixed in, and ご苦労様',
    draft: {
      subject: 'Re: 試験結果について',
      body: '株式会社ヒカリ樹脂\n開発部 吉川様\n\nお世話になっております。\n日東分析センターの菅原です。\n\n先日は試料のご手配、ご苦労様でした。\n分析の結果、ご提供いただいた試料の耐熱温度は180℃である。\n詳細なデータは報告書にまとめて、今週中にお送りいたします。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [
      { category: 'honorific', quote: 'ご苦労様でした' },
      { category: 'register', quote: '耐熱温度は180℃である' },
    ],
  },
  {
    name: 'Machinery: double keigo twice',
    draft: {
      subject: 'Re: 設備更新のご相談',
      body: '株式会社オオタ鉄工\n設備課 課長 荒木様\n\nお世話になっております。\n中央機械の杉山です。\n\n先日荒木様がおっしゃられた設備更新の件、社内で検討いたしました。\nお送りいただいた図面も拝見させていただきました。\n来週、改めてご提案にお伺いいたします。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [
      { category: 'honorific', quote: 'おっしゃられた' },
      { category: 'honorific', quote: '拝見させていただきました' },
    ],
  },
  {
    name: 'Office supplies: no 御中, and our own manager honoured',
    draft: {
      subject: 'お見積りについて',
      body: '株式会社タカラ精工 総務部\n\nいつもお世話になっております。\nオフィスサプライ東日本の千葉です。\n\n先日のご依頼につきまして、弊社の部長がおっしゃいましたとおり、まとめてのご注文で5%お値引きいたします。\nお見積書を添付いたしますので、ご査収ください。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [
      { category: 'honorific', quote: '株式会社タカラ精工 総務部' },
      { category: 'honorific', quote: 'おっしゃいました' },
    ],
  },
  {
    name: 'Prospect: chasing an unanswered pitch, urgently',
    draft: {
      subject: '【再送】経費精算システムのご案内',
      body: '株式会社コスモ工業\n経理部 ご担当者様\n\nお世話になっております。\nペイフロー株式会社の野村です。\n\n先週お送りした経費精算システムのご案内について、ご返信をいただけていないようですので、再度ご案内いたします。\n価格が改定される前に、至急ご検討ください。\n\nよろしくお願いいたします。',
      context: prospect,
    },
    expect: [
      { category: 'cold-outreach', quote: 'ご返信をいただけていないようですので、再度ご案内いたします' },
      { category: 'pressure', quote: '至急' },
    ],
  },
  {
    name: 'Staff change stated bluntly, and よろしく！',
    draft: {
      subject: '担当変更',
      body: '株式会社サンゴ電子\n購買部 宮本様\n\nお世話になっております。\nブライトパーツの工藤です。\n\n12月より、貴社の担当は大阪支社の内田に変わります。\n今後のお問い合わせは内田までお願いします。\n\nでは、よろしく！',
      context: client,
    },
    expect: [
      { category: 'bad-news', quote: '12月より、貴社の担当は大阪支社の内田に変わります' },
      { category: 'register', quote: 'よろしく！' },
    ],
  },
  {
    name: 'Discontinued product, and ご確認してください',
    draft: {
      subject: '製品の生産終了について',
      body: '株式会社ホクト電設\n資材課 横山様\n\nいつもお世話になっております。\nライトテック株式会社の佐久間です。\n\n照明器具LT-200シリーズは、来年3月末をもって生産を終了いたします。\n後継機種のカタログを添付しますので、ご確認してください。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [
      { category: 'bad-news', quote: '照明器具LT-200シリーズは、来年3月末をもって生産を終了いたします' },
      { category: 'honorific', quote: 'ご確認してください' },
    ],
  },
  {
    name: 'A notice to all: 皆様各位 and 無理です',
    draft: {
      subject: '年末年始の配送について',
      body: '皆様各位\n\nいつも大変お世話になっております。\nハヤブサ運送の大塚でございます。\n\n年末の特別便についてお問い合わせをいただいておりますが、12月31日の配送は無理です。\n12月30日までにお届けできるよう、お早めのご依頼をお願いいたします。\n\n何卒よろしくお願い申し上げます。',
      context: client,
    },
    expect: [
      { category: 'honorific', quote: '皆様各位' },
      { category: 'blunt-refusal', quote: '12月31日の配送は無理です' },
    ],
  },
  {
    name: 'Humble language for the client, and a chatty ending',
    draft: {
      subject: 'Re: 請求書の件',
      body: '株式会社エビス物産\n経理課 松田様\n\nお世話になっております。\nアクト会計の平野です。\n\n請求書の件、詳細は弊社の窓口担当に伺ってください。\n修正版は明日送るね。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [
      { category: 'honorific', quote: '伺ってください' },
      { category: 'register', quote: '送るね' },
    ],
  },
  {
    name: 'Pharma: a shortage stated bluntly, and お伺いさせていただきます',
    draft: {
      subject: '出荷について',
      body: '株式会社ナナミ薬局\n仕入部 石原様\n\nお世話になっております。\nファーマ流通の北村です。\n\nご注文の解熱鎮痛剤は、現在メーカー欠品となっております。\n入荷の目処が立ちましたら、お伺いさせていただきます。\n\nよろしくお願いいたします。',
      context: client,
    },
    expect: [{ category: 'honorific', quote: 'お伺いさせていただきます' }],
  },
];

// Drafts first written to probe phrasings the rules had not seen; kept as regression guards.
export const EXTRA_CLEAN: TestDraft[] = [
  {
    name: "c-refusal-yukkuri",
    draft: { body: "株式会社ミヤコ電機\n調達部 西川様\n\nいつもお世話になっております。\nサンライズ部品の高田でございます。\n\n先日ご相談いただいた単価の見直しにつきまして、社内で慎重に検討いたしました。\n誠に申し訳ございませんが、現行の単価を維持させていただきたく、ご理解を賜れますと幸いです。\nなお、年間の発注数量をお約束いただける場合には、改めて条件をご提案できるかと存じます。\n\n何卒よろしくお願い申し上げます。", context: client },
    expect: [],
  },
  {
    name: "c-prospect-campaign-info",
    draft: { body: "株式会社アカネ 中村様\n\nお世話になっております。\nデータワンの山崎です。\n\n先日はお時間をいただき、ありがとうございました。\nご説明したキャンペーンは今月末までとなっておりますので、ご参考までにお知らせいたします。\nご不明な点がございましたら、お気軽にお問い合わせください。\n\nよろしくお願いいたします。", context: prospect },
    expect: [],
  },
  {
    name: "c-badnews-quality-apology",
    draft: { body: "株式会社イロハ 購買部 森様\n\nいつもお世話になっております。\n\n先日納品した製品の一部に不良品が混入していたことが判明いたしました。\n多大なるご迷惑をおかけし、誠に申し訳ございません。\n明日、品質保証部長の佐藤とともに貴社へお伺いし、原因と対策をご説明いたします。\n\n何卒よろしくお願い申し上げます。", context: client },
    expect: [],
  },
  {
    name: "c-report-plain-note",
    draft: { body: "森様\n\nお世話になっております。\n打ち合わせの要点を以下にまとめました。\n\n1. 納期は3月末とする。\n2. 価格は据え置き。\n3. 次回は2月上旬に実施する。\n\n以上、よろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-thanks-arigatou-quote",
    draft: { body: "森様\n\nお世話になっております。\n先日は現場の皆様から「ありがとう」とのお言葉をいただき、担当一同励みになりました。\n今後ともよろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-ryokai-quote",
    draft: { body: "森様\n\nお世話になっております。\n新人研修では、お客様に「了解しました」と言わないよう指導しております。\n引き続きよろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-prospect-firstcontact-inbound",
    draft: { body: "株式会社サクラ 山田様\n\nこのたびは弊社サービスについてお問い合わせいただき、誠にありがとうございます。\nクラウドサインの森と申します。\n\nご質問の件、詳しくご説明したく、30分ほどオンラインでお打ち合わせのお時間をいただけますでしょうか。\n\nよろしくお願いいたします。", context: firstProspect },
    expect: [],
  },
  {
    name: "c-info-cannot-login",
    draft: { body: "山田様\n\nお世話になっております。\n\n本日10時から12時まで、メンテナンスのためシステムにログインできません。\nご不便をおかけしますが、ご理解のほどお願い申し上げます。\n\nよろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-polite-decline-meeting",
    draft: { body: "佐々木様\n\nお世話になっております。\n\nお打ち合わせのお誘いをいただき、ありがとうございます。\nあいにく当日は先約があり、伺うことができません。\n翌週でしたら調整可能ですので、ご都合をお聞かせいただけますでしょうか。\n\nよろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-spec-description",
    draft: { body: "佐々木様\n\nお世話になっております。\n\nご質問いただいた件について回答いたします。\n本製品は、屋外での使用を想定しておりません。\nまた、防水機能はございませんので、雨天時のご使用はお控えください。\n\nよろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-irassharu-client",
    draft: { body: "佐々木様\n\nお世話になっております。\n\n当日は何名様でいらっしゃいますか。\n受付にてお名前をおっしゃっていただければ、会議室までご案内いたします。\n\nよろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-ossharu-kata",
    draft: { body: "佐々木様\n\nお世話になっております。\n\n先日おっしゃっていた件、弊社の技術担当にも確認いたしました。\n担当の者が申しますには、来月中には対応可能とのことです。\n\nよろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-prospect-info-only",
    draft: { body: "株式会社ヒガシ工業\n製造部 ご担当者様\n\n突然のご連絡にて失礼いたします。\nグリーンエナジーの佐野と申します。\n\n弊社は工場向けの太陽光発電設備を取り扱っております。\nご参考までに、会社案内を添付いたしました。\nご関心をお持ちいただけましたら、お気軽にお問い合わせいただけますと幸いです。\n\n何卒よろしくお願い申し上げます。", context: firstProspect },
    expect: [],
  },
  {
    name: "c-dearu-in-quote-doc",
    draft: { body: "佐々木様\n\nお世話になっております。\n\n契約書第5条には「納期は受注後30日以内とする。」とございます。\nご確認ください。\n\nよろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-price-with-reason",
    draft: { body: "佐々木様\n\nお世話になっております。\n\n原材料費の高騰に伴い、来年1月より全製品の価格を改定させていただきます。\n新価格表を添付いたしますので、ご確認ください。\n\nよろしくお願いいたします。", context: client },
    expect: [],
  },
  {
    name: "c-price-no-raise",
    draft: { body: "佐藤様\n\nお世話になっております。\n\n原材料費は上昇しておりますが、来期も価格を上げることなく据え置きといたします。\n引き続きよろしくお願いいたします。", context: client },
    expect: [],
  },
];

export const EXTRA_FLAWED: TestDraft[] = [
  {
    name: "f-refusal-okonatte",
    draft: { body: "株式会社ミヤコ電機\n調達部 西川様\n\nいつもお世話になっております。\nサンライズ部品の高田です。\n\nお問い合わせの小ロット生産ですが、弊社では100個未満の生産は行っておりません。\n最小ロットは100個となります。\n\nよろしくお願いいたします。", context: client },
    expect: [{ category: "blunt-refusal", quote: "100個未満の生産は行っておりません" }],
  },
  {
    name: "f-pressure-minashi",
    draft: { body: "株式会社アカネ 中村様\n\nお世話になっております。\nデータワンの山崎です。\n\n先日ご提案したプランについて、今週中にご回答ください。\nご返信がない場合は、ご辞退されたものとみなします。\n\nよろしくお願いいたします。", context: prospect },
    expect: [{ category: "pressure", quote: "ご辞退されたものとみなします" }, { category: "pressure", quote: "今週中に" }],
  },
  {
    name: "f-cold-phone",
    draft: { body: "株式会社ホシノ 総務部 ご担当者様\n\n突然のご連絡失礼いたします。\nオフィスクリーン株式会社の石井と申します。\n\n弊社はオフィス清掃サービスを手がけており、多くの企業様にご利用いただいております。\n一度お電話でご説明させていただけないでしょうか。\n\nよろしくお願いいたします。", context: firstProspect },
    expect: [{ category: "cold-outreach", quote: "一度お電話でご説明させていただけないでしょうか" }],
  },
  {
    name: "f-badnews-moq",
    draft: { body: "株式会社イロハ 購買部 森様\n\nいつもお世話になっております。\n\n来月のご注文分より、最低発注数量を500個に引き上げます。\nご了承ください。\n\nよろしくお願いいたします。", context: client },
    expect: [{ category: "bad-news", quote: "最低発注数量を500個に引き上げます" }],
  },
  {
    name: "f-badnews-quality",
    draft: { body: "株式会社イロハ 購買部 森様\n\nいつもお世話になっております。\n\n先日納品した製品の一部に不良品が混入していました。\n良品と交換しますので、着払いで返送してください。\n\nよろしくお願いいたします。", context: client },
    expect: [{ category: "bad-news", quote: "不良品が混入していました" }],
  },
  {
    name: "f-decline-meeting-blunt",
    draft: { body: "佐々木様\n\nお世話になっております。\n\nお打ち合わせの件ですが、当日は先約があるため伺うことができません。\n翌週でしたら調整可能です。\n\nよろしくお願いいたします。", context: client },
    expect: [{ category: "blunt-refusal", quote: "伺うことができません" }],
  },
  {
    name: "f-mix-plain",
    draft: { body: "佐々木様\n\nお世話になっております。\n\n試作品を本日発送しました。\n到着は明後日の予定である。\n不明点があればご連絡ください。\n\nよろしくお願いいたします。", context: client },
    expect: [{ category: "register", quote: "明後日の予定である" }],
  },
  {
    name: "f-casual-ok",
    draft: { body: "佐々木様\n\nお世話になっております。\n日程の件、OKです！\nあと、見積もりは明日送ります。よろしくです。", context: client },
    expect: [{ category: "register", quote: "OKです！" }, { category: "register", quote: "よろしくです" }],
  },
  {
    name: "f-kangaete",
    draft: { body: "佐藤様\n\nお世話になっております。\n\nご相談の件ですが、これ以上の値引きは考えておりません。\nよろしくお願いいたします。", context: client },
    expect: [{ category: "blunt-refusal", quote: "値引きは考えておりません" }],
  },
  {
    name: "f-only-until",
    draft: { body: "佐藤様\n\nお世話になっております。\n\nこの特別価格は今週金曜日までしか維持できません。\nご検討よろしくお願いいたします。", context: prospect },
    expect: [{ category: "pressure", quote: "今週金曜日までしか維持できません" }],
  },
  {
    name: "f-taishoku",
    draft: { body: "佐藤様\n\nお世話になっております。\n\n貴社を担当しておりました山本は、先月末で退職いたしました。\n今後は私、川村が担当いたします。\n\nよろしくお願いいたします。", context: client },
    expect: [{ category: "bad-news", quote: "先月末で退職いたしました" }],
  },
  {
    name: "f-itadakanaito",
    draft: { body: "佐藤様\n\nお世話になっております。\n\n今週中にご契約いただかないと、この条件はご提供できません。\nよろしくお願いいたします。", context: prospect },
    expect: [{ category: "pressure", quote: "今週中にご契約いただかないと" }],
  },
  {
    name: "f-tabitabi",
    draft: { body: "佐藤様\n\nお世話になっております。\n\n度々のご連絡失礼いたします。\n先日ご案内した研修プログラムについて、ご検討いただけましたでしょうか。\n\nよろしくお願いいたします。", context: prospect },
    expect: [{ category: "cold-outreach", quote: "ご検討いただけましたでしょうか" }],
  },
];
