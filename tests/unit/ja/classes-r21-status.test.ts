// Round 21 (integrator's mend, Japanese status lines), in wordings of our own written before the code:
// L1 a status line whose day moves later on an arrow, the day written as a part of a month (3月下旬 → 5月中旬, 6月末,
//    12月第2便), behind a heading mark (■納期：…), under a label of shipping by sea (出港, 入港, 船積, ETD), or what is
//    left of an order put on a later day (・残り18ケース → 12月第2便): bad news told as a figure. Near misses: a day
//    brought forward or unchanged, a meeting or a room moved, a heading with no value, an apology in the mail.
// F1 the fix for a status line keeps the line as written and adds the apology and the offer on a line of their own
//    (a lead before the bullet — 大変申し訳ございませんが、■納期… — is broken Japanese).
import { describe, expect, it } from 'vitest';
import { analyze, classTables } from './refusal-honorific-table';

const status = (line: string) =>
  `株式会社ほくと\n資材部 三浦様\n\nいつもお世話になっております。\nご注文品の状況をお知らせいたします。\n\n${line}\n\n引き続きよろしくお願いいたします。`;

classTables([
  {
    name: 'L1: a status line that moves a day later is bad news',
    category: 'bad-news',
    flagged: [
      [status('■納期：6/10 → 7/24 に変更'), '6/10 → 7/24'],
      [status('・出荷予定：3月下旬 → 5月中旬'), '3月下旬 → 5月中旬'],
      [status('◆入港予定：9月上旬 → 9月下旬'), '9月上旬 → 9月下旬'],
      [status('・残り18ケース → 12月第2便に変更'), '残り18ケース'],
      [status('・未出荷分（200台） → 8月中旬'), '未出荷分'],
      [status('□搬入日：11/5 → 11/19'), '11/5 → 11/19'],
      [status('・横浜港着：10月末 → 11月中旬'), '10月末 → 11月中旬'],
      [status('■ETD：4/2 → 4/16'), '4/2 → 4/16'],
      [status('・船積：2月前半 → 3月後半'), '2月前半 → 3月後半'],
      [status('・不足分40個 → 7月上旬に出荷'), '不足分40個'],
      [status('納品予定：5月中 → 6月末'), '5月中 → 6月末'],
      [status('・出航日：12月第1週 → 12月第3週'), '12月第1週 → 12月第3週'],
      [status('■出荷：1月中旬 → 2月上旬'), '1月中旬 → 2月上旬'],
      [status('・提供開始：12月下旬 → 1月中旬'), '12月下旬 → 1月中旬'],
    ],
    clean: [
      status('・出荷予定：5月中旬 → 3月下旬'),
      status('■納期：7/24 → 6/10 に前倒し'),
      status('・出荷予定：3月下旬 → 3月下旬（変更なし）'),
      status('■会議室：3F → 5F'),
      status('・打ち合わせ：6/10 → 6/24'),
      status('■スケジュール\n・出荷：3月下旬（変更なし）'),
      status('・残り18ケースも本日出荷いたしました。'),
      status('■受付期間：4月上旬 → 4月下旬まで延長'),
      `株式会社ほくと\n資材部 三浦様\n\nいつもお世話になっております。\nご迷惑をおかけし、大変申し訳ございません。出荷予定を下記のとおり変更させていただきます。\n\n・出荷予定：3月下旬 → 5月中旬\n\n詳しくは改めてお伺いしてご説明いたします。`,
    ],
  },
]);

describe('F1: the fix for a status line', () => {
  it('keeps the line as written and puts the apology and the offer on a line of their own', () => {
    const body = status('■納期：6/10 → 7/24');
    const f = analyze(body).find((x) => x.category === 'bad-news');
    expect(f).toBeDefined();
    const line = '■納期：6/10 → 7/24';
    expect(body.slice(f!.start, f!.end)).toBe(line);
    for (const s of f!.suggestions) {
      const text = s.text;
      expect(text.startsWith(line + '\n')).toBe(true);
      expect(text).toMatch(/申し訳ございません。/);
      expect(text.endsWith('。')).toBe(true);
    }
  });
});

// F2 a particle dropped between a noun and its verb is written back as the verb takes it: が for an intransitive verb
//    of things (図面届きました), に for going and coming (工場行きます), を otherwise (資料送ります).
describe('F2: the particle written back after a dropped one', () => {
  const mail = (line: string) => `三浦様\n\nいつもお世話になっております。\n${line}\nよろしくお願いいたします。`;
  it.each([
    ['図面届きました。', '図面が届き'],
    ['日程決まりました。', '日程が決まり'],
    ['部品揃いました。', '部品が揃い'],
    ['工場行きます。', '工場に行き'],
    ['御社伺います。', '御社に伺い'],
    ['資料送ります。', '資料を送り'],
    ['添付見てください。', '添付を見'],
  ])('%s → %s', (line, fixed) => {
    const f = analyze(mail(line)).find((x) => x.ruleId === 'ja.register.casual-to-client');
    expect(f).toBeDefined();
    expect(f!.suggestions.map((s) => s.text)).toContain(fixed);
  });
});
