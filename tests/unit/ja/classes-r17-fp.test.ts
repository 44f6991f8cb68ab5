// Round 17 (integration, r17-fp): a specification whose thing is the topic of the clause it continues (a て/で
// chain: 標準品の使用温度範囲は−20〜85℃で、105℃環境には対応しておりません) is a specification, not a no; our side,
// a day or an act as that topic still refuses.
import { classTables } from './refusal-honorific-table';

classTables([
  {
    name: 'S1: a specification carried across a て/で chain',
    category: 'blunt-refusal',
    flagged: [
      ['ご依頼の件ですが、弊社は小規模な会社で、休日の搬入には対応しておりません。', '休日の搬入には対応しておりません'],
      ['ご要望の件、土曜日は人員が少なく、夜間の作業には対応しておりません。', '夜間の作業には対応しておりません'],
      ['ご相談の件、当社は代理店契約の都合で、海外への直送には対応しておりません。', '海外への直送には対応しておりません'],
    ],
    clean: [
      '標準品の使用温度範囲は−20〜85℃で、105℃環境には対応しておりません。',
      '本機は屋内専用で、屋外での使用には対応しておりません。',
      'このセンサーは防滴仕様で、水中での使用には対応しておりません。',
      '旧モデルのファームウェアは2019年版で、新しい通信規格には対応しておりません。',
      'Lサイズの容器は耐熱120℃までで、電子レンジ加熱には対応しておりません。',
    ],
  },
]);
