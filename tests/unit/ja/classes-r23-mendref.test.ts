// Round 23 mend (mendref), Japanese, in wordings of our own: (1) a refusal stated as our standing practice — an act
// narrowed to a kind (by a condition, a means, a bound: DDP条件での見積もり, 現金による支払い, 100個未満の出荷) as the topic
// of a habitual negated する/行う, and a no to exceptions after a matter named as the topic (〜については / に関しては /
// につきましては 例外は(一切)設けておりません); (2) a plain-form reply after a word of reply (Ok ok, 分かった / はい、了解した),
// unpunctuated; (3) a bare surname under an address already honoured (田中様 above it) is the sender's, not a salutation.
// Near misses: a status report (まだ…しておりません, an act by its target), the same no cushioned and with an alternative,
// a promise to outsiders, a note or label line, a polite reply, a salutation with 様.
import { classTables } from './refusal-honorific-table';

const CLIENT = { recipient: 'client' as const, firstContact: false, now: '2026-12-01' };
const mail = (body: string) => `岡田様\n\nいつもお世話になっております。\n\n${body}\n\nよろしくお願いいたします。\nアンナ`;

classTables([
  {
    name: 'r23 mendref: a standing no to a kind of act, or to exceptions on a matter named as the topic',
    category: 'blunt-refusal',
    context: CLIENT,
    flagged: [
      [mail('DDP条件での見積もりはしておりません。'), 'しておりません'],
      [mail('CIF建てでの見積もりはしておりません。'), 'しておりません'],
      [mail('現金による支払いはしておりません。'), 'しておりません'],
      [mail('100個未満の出荷はしておりません。'), 'しておりません'],
      [mail('個人名義での取引はしておりません。'), 'しておりません'],
      [mail('法人以外の販売は行っておりません。'), '行っておりません'],
      [mail('電話での注文受付はしておりません。'), 'しておりません'],
      [mail('支払い条件については例外は設けておりません。'), '設けておりません'],
      [mail('納期に関しては例外は一切設けておりません。'), '設けておりません'],
      [mail('返品につきましては例外を設けておりません。'), '設けておりません'],
      [mail('価格については特例は認めておりません。'), '認めておりません'],
      [mail('最低ロットに関しても例外は設けておりません。'), '設けておりません'],
      [mail('送料については例外扱いはしておりません。'), 'しておりません'],
    ],
    clean: [
      mail('先方への連絡はしておりません。'),
      mail('まだ見積もりはしておりません。'),
      mail('本日の出荷はまだしておりません。'),
      mail('大変申し訳ございませんが、DDP条件での見積もりはしておりません。FCA条件でよろしければすぐにお出しできます。'),
      mail('誠に恐縮ながら、支払い条件については例外は設けておりません。ご理解いただけますと幸いです。'),
      mail('支払い条件については、例外の有無を社内で確認いたします。'),
      mail('お客様データの第三者への提供はしておりません。'),
      mail('現金による支払いも可能です。'),
      mail('返品については、例外的に対応できる場合もございます。'),
    ],
  },
  {
    name: 'r23 mendref: a plain-form reply after a word of reply, unpunctuated',
    category: 'register',
    context: CLIENT,
    flagged: [
      [mail('Ok ok, 分かった'), '分かった'],
      [mail('Sure, 明日送る'), '送る'],
      [mail('はい、了解した'), 'した'],
      [mail('Yes yes, 確認した'), 'した'],
      [mail('OK, 見積書は昨日送った'), '送った'],
      [mail('Alright, 来週までに直す'), '直す'],
      [mail('Yeah, 承知した'), 'した'],
      [mail('Noted, 明日までに送る'), '送る'],
      // Round 30: a plain past told with its topic is a sentence with or without a word of reply (lib/chat-line.ts).
      [mail('見積書は昨日送った'), '送った'],
    ],
    clean: [
      mail('品番変更済み'),
      mail('図面を確認する'),
      mail('OK: 出荷した'),
      mail('Ok ok, 承知いたしました。'),
      mail('Sure, 明日お送りします'),
      mail('Yes, 明日までにお送りいたします'),
    ],
  },
  {
    name: 'r23 mendref: a bare surname under an address already honoured is the sender, not a salutation',
    category: 'honorific',
    context: CLIENT,
    flagged: [
      ['株式会社ミナト\n購買部\n佐伯\n\nいつもお世話になっております。', '佐伯'],
      ['株式会社ミナト 購買部 佐伯\n\nいつもお世話になっております。', '佐伯'],
      ['株式会社ミナト\n品質保証部 部長 佐伯\n\nいつもお世話になっております。', '佐伯'],
      ['株式会社ミナト\n佐伯さん\n\nいつもお世話になっております。', '佐伯さん'],
      ['株式会社ミナト\n購買部 佐伯 殿\n\nいつもお世話になっております。', '佐伯 殿'],
      ['有限会社カワセ\n営業課 佐伯\n\nいつもお世話になっております。', '佐伯'],
      ['株式会社ミナト\n資材課\n佐伯 恵子\n\nいつもお世話になっております。', '佐伯'],
      ['株式会社ミナト 購買部\n佐伯さん\n\nお世話になっております。', '佐伯さん'],
    ],
    clean: [
      '株式会社ミナト\n購買部 田中様\n株式会社ノルド\n佐伯\n\nいつもお世話になっております。',
      '田中様\n佐伯\n\nいつもお世話になっております。',
      '株式会社ミナト\n購買部 田中様\nCC 佐伯\n\nいつもお世話になっております。',
      '株式会社ミナト 購買部 田中様\nノルド・ジャパン 営業部 佐伯\n\nいつもお世話になっております。',
      '株式会社ミナト 御中\n佐伯\n\nいつもお世話になっております。',
      '株式会社ミナト\n田中様\n\nいつもお世話になっております。\n\n担当：佐伯\n\nよろしくお願いいたします。',
      '株式会社ミナト\n購買部\n佐伯様\n\nいつもお世話になっております。',
    ],
  },
]);
