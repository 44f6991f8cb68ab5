import { defineRule } from '../../engine/rule';
import { respectForOwnSide } from './lib/keigo-direction';
import { suggestion } from './lib/suggest';


/**
 * 尊敬語 raises the person who acts, so it is for the client's side only. 弊社の部長がおっしゃいました honours
 * one's own manager in front of the client; the humble 申しておりました is expected.
 */
export default defineRule({
  id: 'ja.honorific.sonkeigo-for-own-side',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  requiresTokens: true,
  title: { en: 'Respect language for one’s own side', ja: '自社側への尊敬語' },
  rationale: {
    en: 'In Japanese business mail, one’s own company — even one’s own president — is lowered before the client (uchi/soto). Respect verbs such as おっしゃる or いらっしゃる for one’s own people raise them above the client.',
    ja: '取引先に対しては、自社の人間は社長であっても身内として謙譲語で表します（ウチとソト）。自社の人に「おっしゃる」「いらっしゃる」などの尊敬語を使うと、お客様より自社を立てる形になります。',
  },
  examples: {
    valid: [
      // Round 37 (fp37): 〜ことになる after a humble verb is no お〜になる.
      { text: '弊社は生豆のみのお取り扱いのため、焙煎は貴社にてお願いすることになります。' },
      { text: '展示会では、弊社ブースが貴社ブースのお隣になりました。' },
      { text: '弊社の部長が申しておりました件について、ご説明いたします。' },
      { text: '佐藤様がおっしゃったとおり、弊社で対応いたします。' },
      { text: '弊社にいらっしゃる際は、受付にお声がけください。' },
      { text: '弊社の担当者は、桑原様がお越しになる日に同席いたします。' },
      { text: '弊社は、ご利用になる皆様の声をもとに改善を続けております。' },
      { text: '弊社営業部長の田中が、佐藤様がいらっしゃる日に同席いたします。' },
      { text: '弊社の顧客には、同じ課題をお持ちの方もいらっしゃいます。' },
      { text: '弊社の田中が大変お世話になっております。' },
      { text: '弊社の製品が業界誌で紹介されました。' },
      { text: '弊社の部長が佐藤様に紹介されました。' },
      { text: '部長の山本様がおっしゃっていた件、承知いたしました。' },
      { text: '担当の鈴木が、佐藤様がおっしゃった件を確認いたします。' },
      // Round 35: a respect verb with the favour いただく is the client's act (西村様に…いただける).
      { text: '弊社の部長は、西村様にいらっしゃっていただけると嬉しいと申しております。' },
    ],
    invalid: [
      {
        // A role, の and a bare name (担当の鈴木) is our own staff even with no 弊社 written.
        text: '担当の鈴木がおっしゃっていました。',
        flagged: 'おっしゃって',
        outputs: ['担当の鈴木が申していました。'],
      },
      {
        text: '弊社の部長がおっしゃいましたとおり、来月から価格を見直します。',
        flagged: 'おっしゃいました',
        outputs: ['弊社の部長が申しましたとおり、来月から価格を見直します。'],
      },
      {
        text: '当日は私がご説明になります。',
        flagged: 'ご説明になります',
        outputs: ['当日は私がご説明いたします。'],
      },
      {
        text: '弊社の社長は明日、貴社にいらっしゃいます。',
        flagged: 'いらっしゃいます',
        outputs: ['弊社の社長は明日、貴社に参ります。', '弊社の社長は明日、貴社におります。'],
      },
      {
        text: '来週、弊社営業部長の田中がご挨拶にいらっしゃいます。',
        flagged: 'いらっしゃいます',
        outputs: ['来週、弊社営業部長の田中がご挨拶に参ります。'],
      },
      {
        text: '弊社代表のKellerも先日おっしゃっていたとおり、追加のお値引きを検討いたします。',
        flagged: 'おっしゃって',
        outputs: ['弊社代表のKellerも先日申していたとおり、追加のお値引きを検討いたします。'],
      },
      {
        // Round 35: a client person with a case particle (井上様とは) is whom our president speaks of, not the speaker.
        text: '弊社の社長も、井上様とはぜひ長くお付き合いしたいとおっしゃっていました。',
        flagged: 'おっしゃって',
        outputs: ['弊社の社長も、井上様とはぜひ長くお付き合いしたいと申していました。'],
      },
      {
        text: '当日は弊社の担当者が説明されます。',
        flagged: 'されます',
        outputs: ['当日は弊社の担当者が説明いたします。'],
      },
      {
        text: '弊社の担当者が資料をご覧になりました。',
        flagged: 'ご覧になりました',
        outputs: ['弊社の担当者が資料を拝見しました。'],
      },
    ],
  },
  sentence(s, ctx) {
    for (const h of respectForOwnSide(s)) {
      ctx.report({
        start: h.start,
        end: h.end,
        message: `${h.written} honours your own side; before a client use the humble ${h.fixes[0]}.`,
        messageJa: `自社側の行為に尊敬語「${h.written}」を使っています。お客様に対しては謙譲語「${h.fixes[0]}」を使います。`,
        suggestions: h.fixes.map((f) => suggestion(f, `Use the humble ${f}`, `謙譲語「${f}」にする`)),
      });
    }
  },
});
