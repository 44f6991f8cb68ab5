// Round 22 (r22-reg, Japanese register and its false alarms), in wordings of our own written before the code:
// A  a colloquial pronoun for a thing or a person (やつ, ヤツ, こいつ, そいつ, あいつ) in an otherwise polite sentence;
// B  a plain ending whose predicate follows a particle of extent (30分くらいで終わる。 1週間ほどで届く。): IPADIC tags
//    that で as the copula's 連用形, and the predicate reader took the sentence for a だ ending with no polite form;
// C  ね / よ / よね after です/ます are polite warmth (お送りしますね, ですよね, いいですよ), not a slip: the chat particles
//    of speech after a polite form (ですわ, ますなぁ) and ね/よ after a plain form stay register.
import { classTables } from './refusal-honorific-table';
import { jaKatayama as mail } from '../mail-wrappers';

const internal = { recipient: 'internal' as const, firstContact: false, now: '2026-12-03' };

classTables([
  {
    name: 'r22-reg A: a colloquial pronoun (やつ, こいつ, そいつ) in a polite mail',
    category: 'register',
    flagged: [
      [mail('前のやつはもう使わないでください。'), 'やつ'],
      [mail('昨日いただいたやつで問題ございません。'), 'やつ'],
      [mail('修正したやつを明日お送りいたします。'), 'やつ'],
      [mail('赤いやつは在庫がございます。'), 'やつ'],
      [mail('大きいほうのヤツをご用意いたします。'), 'ヤツ'],
      [mail('先月納品したやつに不具合がございました。'), 'やつ'],
      [mail('新しいやつの価格表を添付いたします。'), 'やつ'],
      [mail('お見積りのやつ、ご確認いただけましたでしょうか。'), 'やつ'],
      [mail('そいつは旧型ですので、交換をお勧めいたします。'), 'そいつ'],
      [mail('こいつが今回の新製品です。'), 'こいつ'],
      [mail('あいつが担当しておりますので、ご安心ください。'), 'あいつ'],
      [mail('同じやつをもう1台お願いできますでしょうか。'), 'やつ'],
      [mail('去年買っていただいたやつと同じ仕様です。'), 'やつ'],
    ],
    clean: [
      mail('前回のものは今後ご使用にならないようお願いいたします。'),
      mail('おやつの差し入れをありがとうございました。'),
      mail('ご担当の方がやつれていらっしゃったので心配しております。'),
      mail('不具合のご報告が相次いでおります。'),
      mail('昨日いただいた資料で問題ございません。'),
      mail('修正版を明日お送りいたします。'),
      mail('先方からは「前のやつでいい」と伺っております。'),
    ],
  },
  {
    name: 'r22-reg A (internal): a colloquial pronoun among colleagues',
    category: 'register',
    context: internal,
    flagged: [],
    clean: [
      '山田さん\n\n前のやつはもう使わないでください。\n\n佐藤',
      '田中さん\n\n昨日もらったやつで大丈夫です。\n\n佐藤',
      '鈴木さん\n\n赤いやつの在庫、確認お願いします。\n\n佐藤',
      '高橋さん\n\nそいつは旧型なので交換で。\n\n佐藤',
      '伊藤さん\n\n新しいやつの価格表を添付します。\n\n佐藤',
      '渡辺さん\n\n同じやつをもう1台手配します。\n\n佐藤',
      '中村さん\n\n修正したやつ、共有フォルダに入れました。\n\n佐藤',
      '小林さん\n\n大きいほうのヤツでお願いします。\n\n佐藤',
    ],
  },
  {
    name: 'r22-reg B: a plain ending after a particle of extent (くらいで終わる。)',
    category: 'register',
    flagged: [
      [mail('交換作業は30分くらいで終わる。'), '終わる'],
      [mail('部品は1週間ほどで届く。'), '届く'],
      [mail('修理は2日くらいで済む。'), '済む'],
      [mail('設置は半日ほどで完了する。'), 'する'],
      [mail('再起動は5分ぐらいで終わる。'), '終わる'],
      [mail('代替品は3日ほどで入荷する。'), 'する'],
      [mail('点検は1時間くらいで終わった。'), '終わっ'],
      [mail('検査は10分だけで済む。'), '済む'],
      [mail('説明は15分程度で終わる。'), '終わる'],
      [mail('船便なら2週間ほどで着く。'), '着く'],
      [mail('データ移行は1日くらいでできる。'), 'できる'],
      [mail('塗装は2時間ほどで乾く。'), '乾く'],
    ],
    clean: [
      mail('交換作業は30分くらいで終わります。'),
      mail('部品は1週間ほどで届く予定です。'),
      mail('修理は2日くらいで済むかと存じます。'),
      mail('設置は半日ほどで完了いたします。'),
      mail('再起動は5分ぐらいで終わりますので、ご安心ください。'),
      mail('担当は営業部の山田である旨、先方にお伝えしております。'),
      mail('点検は1時間くらいで終わりました。'),
      mail('船便の場合、2週間ほどで到着いたします。'),
    ],
  },
  {
    name: 'r22-reg C: chat particles after a polite form, and ね/よ after a plain one',
    category: 'register',
    flagged: [
      [mail('来週で大丈夫ですわ。'), 'わ'],
      [mail('本当に助かりますなぁ。'), 'なぁ'],
      [mail('そうなんですよー、同じ課題がございました。'), 'よー'],
      [mail('明日送るね。'), '送る'],
      [mail('問題なかったよ。'), 'よ'],
      [mail('それで大丈夫だよね？'), 'だよね'],
      [mail('日程の件、了解ですよ！'), '了解ですよ'],
      [mail('資料は明日送っときますね。'), 'とき'],
      [mail('いい感じですねー。'), 'ー'],
      [mail('納期は来週だね。'), 'だね'],
      [mail('在庫はまだあるよ。'), 'よ'],
      [mail('もう出荷しちゃいましたよ。'), 'ちゃい'],
    ],
    clean: [
      mail('仕様書の改訂版は来週お送りしますね。'),
      mail('資料はこちらで準備しておきますね。'),
      mail('打ち合わせは15時からでしたよね？'),
      mail('その日程でいいですよ。'),
      mail('最近、各社でPB化が進んでいますよね。'),
      mail('倉庫に確認してみますね。'),
      mail('全部で24名ですね。'),
      mail('寒い日が続きますね。'),
      mail('7月20日は祝日でございましたね。'),
      mail('詳細は来週、見積書をお送りしますね。'),
    ],
  },
]);
