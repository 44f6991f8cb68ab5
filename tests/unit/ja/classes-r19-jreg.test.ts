// Round 19 (r19-jreg, Japanese register and keigo), in wordings of our own written before the code:
// A1 the bureaucratic or old-fashioned order to a client (〜されたし, 〜ありたし, 〜されよ, 〜すべし, 〜されたい,
//    〜を乞う, 〜願う, 〜せよ, 〜のこと, 〜ように。, そのつもりで。), read from the final tokens' classical forms;
// A2 drawn-out endings and doubled punctuation in otherwise polite sentences (ですよー, ますー, ？？, ！！, 〜！);
// A3 an English loanword (NG / OK) standing as the predicate (NGでした, OKです？), not as a modifier (NG品);
// A4 double keigo お + 連用形 + される and お〜になられる in any verb, read from the tokens;
// B  one register finding per sentence (the strongest rule's message, the slips merged into one fix), and
//    fragments that are not plain sentences (a counter closing a list line, a name ending in 君).
import { describe, expect, it } from 'vitest';
import { analyze, classTables } from './refusal-honorific-table';
import { jaKatayama as mail } from '../mail-wrappers';

classTables([
  {
    name: 'r19-jreg A1: a bureaucratic or old-fashioned order to a client',
    category: 'register',
    flagged: [
      [mail('見積書の内容を精査のうえ、今週中に回答されたし。'), '回答されたし'],
      [mail('納入日程について至急ご連絡ありたし。'), 'ありたし'],
      [mail('検収後は速やかに受領書を返送されよ。'), '返送されよ'],
      [mail('支払期日は厳守すべし。'), 'すべし'],
      [mail('搬入の際は事前に守衛室へ届け出のこと。'), '届け出のこと'],
      [mail('価格改定の件、ご了承を乞う。'), '乞う'],
      [mail('来月から単価が上がります。そのつもりで。'), 'そのつもりで。'],
      [mail('差し替えの図面は今月末までに提出されたい。'), '提出されたい'],
      [mail('不明点は担当の佐藤まで問い合わせるように。'), '問い合わせるように'],
      [mail('在庫の有無を明日までに知らせよ。'), '知らせよ'],
      [mail('仕様変更の可否について、折り返し返答願う。'), '返答願う'],
      [mail('以後、発注は専用フォームにて行うべし。'), '行うべし'],
      [mail('納品書は必ず同封されたし'), '同封されたし'],
      [mail('工期には十分留意されたい。'), '留意されたい'],
    ],
    clean: [
      mail('ご確認のうえ、ご回答いただきたく、お願い申し上げます。'),
      mail('今週中にご回答いただけますと幸いです。'),
      mail('至急ご連絡をお願いいたします。'),
      mail('来週の件、そのつもりで準備しております。'),
      mail('検収後、受領書をご返送ください。'),
      mail('期日までにご提出いただくよう、お願い申し上げます。'),
      mail('納期を厳守すべく、工場と調整しております。'),
      mail('点検は年2回行うこととなっております。'),
      mail('来月お伺いするつもりです。'),
      mail('先方からは「至急回答されたし」との連絡がございました。'),
    ],
  },
  {
    name: 'r19-jreg A2: drawn-out endings and doubled punctuation in polite sentences',
    category: 'register',
    flagged: [
      [mail('そうなんですよー、弊社でも同じ課題がございました。'), 'よー'],
      [mail('いつも本当に助かりますー！'), 'ー'],
      [mail('お見積りありがとうございます〜！'), '〜'],
      [mail('明日の件、大丈夫ですかね？？'), '？？'],
      [mail('資料は届きましたでしょうか？？'), '？？'],
      [mail('承知いたしましたー。'), 'ー'],
      [mail('では、来週もよろしくお願いしますー。'), 'ー'],
      [mail('先日はありがとうございました！！'), '！！'],
      [mail('来週お会いできるのを楽しみにしております〜。'), '〜'],
      [mail('本日はありがとうございましたっ！'), 'したっ'],
      [mail('新しい価格表、いかがでしょうか？！'), '？！'],
      [mail('そうでしたかー、それは残念です。'), 'ー'],
      [mail('お手数ですが、ご確認お願いします〜'), '〜'],
    ],
    clean: [
      mail('10〜12時でお願いいたします。'),
      mail('納期は3月〜4月を予定しております。'),
      mail('データ（A-01〜A-05）をお送りいたします。'),
      mail('サーバーのメンテナンスは完了しております。'),
      mail('ご確認いただけますでしょうか？'),
      mail('「ですよー」という口調は控えております。'),
      mail('第1〜第3工程の結果をお送りいたします。'),
      mail('コーヒーメーカーの修理が完了いたしました。'),
    ],
  },
  {
    name: 'r19-jreg A3: an English loanword as the predicate (NGでした, OKです？)',
    category: 'register',
    flagged: [
      // 「上長にも確認いたしましたが、NGでした。」 answers their request: a blunt refusal (terse-fuka), which this rule yields to.
      [mail('社内の審査はNGになりました。'), 'NGになりました'],
      [mail('この日程でOKです？'), 'OKです'],
      [mail('試作品の寸法はOKでした。'), 'OKでした'],
      [mail('見積もりの条件、OKですか？'), 'OKですか'],
      [mail('金曜の納品でも全然OKです。'), 'OKです'],
      [mail('その仕様変更はNGです。'), 'NGです'],
      [mail('価格の件、社内的にはOKになりました。'), 'OKになりました'],
      [mail('今回のサンプルは全部OKでした！'), 'OKでした'],
      [mail('明日の打ち合わせ、15時でもOKでしょうか。'), 'OKでしょうか'],
      [mail('社内審査の結果、残念ながらNGとなりました。'), 'NGとなりました'],
      [mail('ロゴの色はNGだったので、修正いたします。'), 'NGだった'],
      [mail('追加のご注文もOKですよ。'), 'OK'],
      [mail('デザイン案はこちらでオッケーです。'), 'オッケーです'],
    ],
    clean: [
      mail('上長にも確認いたしましたが、承認が下りませんでした。'),
      mail('試作品の寸法は規格内でした。'),
      mail('OKストア様向けの什器をお送りいたします。'),
      mail('NG品は弊社にて回収いたします。'),
      mail('検査でNGとなった部品の数量をご報告いたします。'),
      mail('判定基準（OK/NG）を添付いたします。'),
      mail('画面のOKボタンを押してください。'),
      mail('ご承認いただけましたので、手配を進めます。'),
    ],
  },
  {
    name: 'r19-jreg B: fragments are not plain sentences; a name is not a pronoun',
    category: 'register',
    flagged: [],
    clean: [
      mail('出席は私と担当の中島の2名。'),
      mail('貴社の保守案件は10月より本社へ移管し、担当メンバーも全員入れ替わります。'),
      mail('参加人数：5名\n会場：本社3階'),
      mail('■ 出席者\n弊社 2名'),
    ],
  },
  {
    name: 'r19-jreg A4: double keigo お + 連用形 + される, お〜になられる, in any verb',
    category: 'honorific',
    flagged: [
      [mail('当日は部長がお話しされると思います。'), 'お話しされる'],
      [mail('田中様はもうお帰りになられましたか。'), 'お帰りになられました'],
      [mail('資料はご覧になられましたでしょうか。'), 'ご覧になられました'],
      [mail('受付で山田様がお待ちされています。'), 'お待ちされて'],
      [mail('先ほど社長がお越しされました。'), 'お越しされました'],
      [mail('佐藤様がお読みになられた報告書を拝見しました。'), 'お読みになられた'],
      [mail('皆様がお使いされる会議室をご用意いたしました。'), 'お使いされる'],
      [mail('部長がお戻りになられましたら、ご連絡ください。'), 'お戻りになられました'],
      [mail('お客様がお選びされた色で製作いたします。'), 'お選びされた'],
      [mail('会長がお見えになられました。'), 'お見えになられました'],
      [mail('明日は何時頃お出かけされますか。'), 'お出かけされます'],
      [mail('工場長がお決めされた方針に従います。'), 'お決めされた'],
      [mail('ご担当者様がお聞きになられた件について、ご説明いたします。'), 'お聞きになられた'],
    ],
    clean: [
      mail('当日は部長がお話しになると思います。'),
      mail('田中様はもうお帰りになりましたか。'),
      mail('資料はご覧になりましたでしょうか。'),
      mail('受付で山田様がお待ちです。'),
      mail('弊社の鈴木からお話しいたします。'),
      mail('先日お話しした件でございます。'),
      mail('お客様が選ばれた色で製作いたします。'),
      mail('社長になられたと伺いました。'),
      mail('明日お伺いいたします。'),
    ],
  },
]);

describe('r19-jreg B: one register finding per sentence', () => {
  const once = [
    '最近いろんな企業さんでめっちゃ導入が増えてるんです✨',
    '他の企業さんに枠回しちゃいますね🙇‍♀️',
    '送っていただいたログはもう見たけど、RF電源まわりに異常はなかったです。',
    '在庫がないんで、来週になっちゃいますね！！',
    '資料は明日送っとくね、よろしく！',
    'ぶっちゃけ、この価格だとマジで厳しいっすね〜',
    'そうなんですよー、うちでもめっちゃ多いんです！！',
    '明日の件、大丈夫そうですかね？？',
    'ちょっと急いでるんで、図面見てもらえました？',
    '多分大丈夫だと思う、知らんけど。',
    'それはさすがにムリかもです💦',
    '了解っす、すぐ送っときます！',
  ];
  it.each(once)('%s', (sentence) => {
    const body = mail(sentence);
    const at = body.indexOf(sentence);
    const found = analyze(body).filter((f) => f.category === 'register' && f.start < at + sentence.length && at < f.end);
    expect(found.length).toBe(1);
  });

  it('the merged finding fixes every slip at once', () => {
    const body = mail('在庫がないんで、来週になっちゃいますね！！');
    const f = analyze(body).find((x) => x.category === 'register')!;
    const s = f.suggestions[0]!;
    let out = body;
    for (const e of [...(s.edits ?? [{ start: f.start, end: f.end, text: s.text }])].sort((a, b) => b.start - a.start)) {
      out = out.slice(0, e.start) + e.text + out.slice(e.end);
    }
    // Round 22: the ね after ます is polite warmth and stays.
    expect(out).toContain('在庫がないので、来週になってしまいますね。');
  });

  it('a name ending in 君 in a signature is not the pronoun', () => {
    const body = `${mail('資料を添付いたします。')}\n\n永昇電子 日本支社\n営業部 林 怡君`;
    expect(analyze(body).filter((f) => f.ruleId === 'ja.honorific.second-person-to-client')).toEqual([]);
  });
});
