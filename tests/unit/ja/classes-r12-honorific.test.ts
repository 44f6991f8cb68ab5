// Round 12 (ja), class J4: the させていただく convention. A humble verb with させていただく stated as our own act
// (伺わせていただきます, お伺いさせていただきます, 拝見させていただきました) stays double keigo, as five of the seven
// blind writers who wrote one labelled it; asked as the reader's leave (拝見させていただけますか) it is the accepted
// form. させていただく for the client's own act (小川様も同席させていただきます) is kenjogo for the client.
// Wordings of our own, not a corpus's.
import { classTables } from './refusal-honorific-table';

classTables([
  {
    name: 'double keigo, and させていただく for the client’s act',
    category: 'honorific',
    flagged: [
      ['先ほど課長がおっしゃられた条件で見積もりを作り直します。', 'おっしゃられた'],
      ['添付のサンプル写真はもうご覧になられましたでしょうか。', 'ご覧になられました'],
      ['来月、工場へお越しになられる際はご一報ください。', 'お越しになられる'],
      ['皆様が召し上がられる弁当はこちらで手配いたします。', '召し上がられる'],
      ['貴社様の新工場の件、承知いたしました。', '貴社様'],
      ['御社様からのご注文、確かに承りました。', '御社様'],
      ['来週の打ち合わせには、貴社の小川様も同席させていただきます。', '同席させていただきます'],
      ['検収は、ご担当の村井様がご確認させていただきます。', 'ご確認させていただきます'],
      ['展示会には貴社の技術部の皆様も見学させていただく予定です。', '見学させていただく'],
      ['次回は森本様も出席させていただきますので、よろしくお願いいたします。', '出席させていただきます'],
      ['明朝、改めてお伺いさせていただきます。', 'お伺いさせていただきます'],
      ['お送りいただいた仕様書を拝見させていただきました。', '拝見させていただきました'],
      ['頂戴したご提案書は、週末までに拝読させていただきます。', '拝読させていただきます'],
    ],
    clean: [
      // Round 24: 伺わせていただく (伺う with させていただく, no お): 0 labelled, 4 clean drafts and 2 unlabelled across the
      // corpora since; the stack writers label is お伺いさせていただく (5 of 7).
      '来週火曜日の午後、貴社へ伺わせていただきます。',
      '来週火曜日の午後、貴社へ伺います。',
      'お送りいただいた仕様書を拝見いたしました。',
      '仕様書を拝見させていただけますでしょうか。',
      '近日中に、ご説明に伺わせていただければ幸いです。',
      '当日は弊社の技術担当も同席させていただきます。',
      '当日は小川様を工場内へご案内させていただきます。',
      '村井様がご希望の納期で調整させていただきます。',
      '次回の打ち合わせに、森本様にもご同席いただけますと幸いです。',
    ],
  },
]);
