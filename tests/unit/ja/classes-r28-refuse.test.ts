// Round 28 (refusal28): Japanese refusals round 27's unread sets showed missed, read as structure (/work/BRIEF28.md):
// R1 a thing left out of our plan (今期の計画にはございません, 開発計画に含まれておりません, ロードマップには入っていません): a
//    plan noun with に (は / も) and a denied existence or a denied verb of being in it (refusal-verbs.ts notInPlan), and
//    an act's plan denied with が (対応予定がありません: plansDenied), in answer to the client's ask.
// R2 a verb of forgoing an act of ours (参加を見合わせます, 追加値引きは控えさせていただきます) in answer to their ask
//    (refusal-verbs.ts FORGO_VERBS, needsAsk): told of our own accord it suspends (出荷を見合わせております), news.
// R3 a bilingual verdict cell (| 納期短縮 | 不可 / Not possible |) and a mark of no set apart by a space (納期の前倒し ×)
//    in an answer sheet (verdict-line.ts ENGLISH_GLOSS, MARK).
// Near misses: our diary, a plan that reassures (値上げは…計画にはございません), a cushion with an alternative, a
// suspension notice with apology, a spec sheet, the client's own decision reported, the thing in the plan, a size.
import { classTables } from './refusal-honorific-table';

const mail = (body: string) => `山田様\n\nいつもお世話になっております。\n${body}\n\nよろしくお願いいたします。`;

classTables([
  {
    name: 'R1: a thing left out of our plan, in answer to their ask',
    category: 'blunt-refusal',
    flagged: [
      [mail('ご質問いただいたオフライン機能については、今期の計画にはございません。'), '今期の計画にはございません'],
      [mail('ご要望のCSV出力機能は、今年度の開発計画に含まれておりません。'), '開発計画に含まれておりません'],
      [mail('お問い合わせいただいたiOS版ですが、ロードマップにはございません。'), 'ロードマップにはございません'],
      [mail('ご依頼の多言語対応については、現在の計画には入っていません。'), '計画には入っていません'],
      [mail('ご要望いただいたカスタムカラーは対応予定がありません。'), '対応予定がありません'],
      [mail('ご要望の英語版マニュアルは作成予定がございません。'), '作成予定がございません'],
    ],
    clean: [
      mail('来週の出張は予定にありません。'),
      mail('値上げは今期の計画にはございません。ご安心ください。'),
      mail('ご質問のiOS版は、恐れ入りますが、現時点ではロードマップに含まれておりません。代わりにWeb版をスマートフォンでご利用いただけます。'),
      mail('ご要望のCSV出力機能は、来期の開発計画に含まれております。'),
    ],
  },
  {
    name: 'R2: a verb of forgoing, in answer to their ask',
    category: 'blunt-refusal',
    flagged: [
      [mail('ご提案いただいた共同実証については、弊社としては参加を見合わせます。'), '見合わせます'],
      [mail('ご提案いただいた共同展示会への出展は、今回は見合わせます。'), '見合わせます'],
      [mail('ご依頼の件、年内の追加値引きは控えさせていただきます。'), '控えさせていただきます'],
    ],
    clean: [
      mail('台風の影響により、本日の出荷を見合わせております。明日再開の見込みです。ご迷惑をおかけし申し訳ございません。'),
      mail('貴社より、今回は参加を見合わせるとのご連絡をいただきました。承知いたしました。'),
      mail('ご提案いただいた共同実証については、大変恐縮ですが、今回は参加を見合わせます。来期に改めてご相談できれば幸いです。'),
    ],
  },
  {
    name: 'R3: a bilingual verdict cell and a mark of no',
    category: 'blunt-refusal',
    flagged: [
      [mail('ご要望事項への回答です。\n\n| ご要望 | 回答 |\n|---|---|\n| 納期短縮 | 不可 / Not possible |\n| 日本語サポート | 可 / Possible |'), '納期短縮'],
      [mail('ご要望の項目について回答いたします。\n\n納期の前倒し ×\n追加の色展開 ○'), '納期の前倒し'],
      [mail('ご要望事項への回答です。\n\n・即日出荷　×\n・分納　○'), '即日出荷'],
      [mail('ご要望事項への回答です。\n\n・即日出荷：不可／Not possible\n・分納：可／OK'), '即日出荷'],
    ],
    clean: [
      mail('製品仕様\n\n・防水：×\n・Bluetooth：○\n・重量：1.2kg'),
      mail('ご注文いただいた商品の仕様は以下のとおりです。\n\n・防水　×\n・Bluetooth　○'),
      mail('サイズは 30 × 40 cm です。'),
    ],
  },
]);
