// Round 12 (false alarms): classes of clean mails the Japanese rules misread, in wordings of our own, each with
// the rule's real target beside it, which must still be flagged.
import { classTables } from './refusal-honorific-table';

const CLIENT = { recipient: 'client', firstContact: false, now: '2027-03-01' } as const;

classTables([
  {
    // kuromoji cuts お話し into お話 + し(する); a くださる / いただく right after the し is the respectful frame.
    name: 'お話しくださる / お話しいただく: the respectful お〜くださる, not the humble お〜する',
    category: 'honorific',
    context: CLIENT,
    flagged: [
      ['柴田様がお話しした内容を確認いたしました。', 'お話しした'],
      ['柴田様がご説明した資料を拝見しました。', 'ご説明した'],
      ['柴田様がお話ししてくださった件、承知いたしました。', 'お話しして'],
    ],
    clean: [
      '柴田様がお話しくださったプレス部品のバリ検査についても、類似の事例を2件掲載しております。',
      '先日、工場長がお話しくださった改善の取り組みに、大変感銘を受けました。',
      'お打ち合わせで柴田様がお話しくださいました課題について、対策案をまとめました。',
      '柴田様がお話し下さった内容をもとに、お見積りを作成いたしました。',
      '柴田様よりお話しいただいた件、社内で検討いたしました。',
      '貴社の皆様がお話しくださった現場の声を、設計に反映いたします。',
    ],
  },
]);
