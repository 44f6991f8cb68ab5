// Round 41 (refja41): Japanese refusals by grammatical form (dictionaries/ja/refusals.json you-ga-nai, nai-houkou, koto-wa-nai;
// a negation strengthened by 一切 before 考えておりません), each a whole mail to a client who asked: a flagged case must raise
// blunt-refusal on its sentence, a near miss none.
import { classTables } from './refusal-honorific-table';
import { at, jaAoba } from '../mail-wrappers';

const asked = (body: string) => jaAoba(`ご依頼の件、社内で確認いたしました。\n${body}`);

classTables([
  {
    name: 'r41 ja a no by its grammatical form',
    category: 'blunt-refusal',
    flagged: [
      at(asked, '検査成績書の原本はお出ししようがありません。'),
      at(asked, '週末の立ち会い検査は行わない方向です。'),
      at(asked, '開封後の製品を弊社が引き取ることはありません。'),
      at(asked, 'これ以上の値下げは一切考えておりません。'),
      at(asked, '試作機を無償でお貸しすることはしておりません。'),
    ],
    clean: [
      asked('追加費用が発生することはありません。'),
      asked('お客様情報を第三者に提供することはありません。'),
      asked('出荷は来週の前半で進める方向です。'),
      asked('お客様の情報を外部に漏らすことはしておりません。'),
    ],
  },
]);
