import { defineRule } from '../../engine/rule';
import { badNewsIn, considerateNotice, isConsiderate, kindName } from './lib/bad-news';

/**
 * A price rise, delay, shortage, quality problem, discontinuation or change of contact announced with no
 * apology, no reason and no offer to meet or call. A document rule: the apology or the offer may be
 * anywhere in the mail, and often in the Japanese half of a bilingual notice.
 */
export default defineRule({
  id: 'en.bad-news.blunt-notice',
  lang: 'en',
  category: 'bad-news',
  severity: 'warning',
  title: { en: 'Bad news with no apology or offer to meet', ja: 'お詫びも説明の申し出もない悪い知らせ' },
  rationale: {
    en: 'In Japan bad news is delivered in person, or at least with an apology, the reason and an offer to come and explain — ideally with a senior manager, which shows the supplier takes it seriously. A bare notice by mail reads as if the relationship did not matter.',
    ja: '日本では悪い知らせは対面で伝えるもの、少なくともお詫び・理由・説明に伺う申し出を添えるものとされます。上位の役職者が同行すると、真剣に受け止めていることが伝わります。メールで事実だけを通知すると、関係を軽んじているように受け取られます。',
  },
  examples: {
    valid: [
      {
        text: 'Dear Mr. Kuroda,\n\nI am sorry to let you know that we will not be able to ship the full quantity you ordered for July.\nOur general manager and I would like to call you this week.',
      },
      { text: 'Model TX-40 will be discontinued in September because its main chip is no longer made.' },
      { text: 'No delay is expected for the July shipment.' },
      { text: 'Thank you for letting us know about the delay in your project.' },
      { text: 'Model TX-40 will be discontinued at the end of September.', context: { recipient: 'internal' } },
      { text: '来月より担当が変わります。ご挨拶に伺います。\nFrom next month, Ms. Linda Park will be your new contact.' },
    ],
    invalid: [
      {
        text: 'Dear Mr. Ozaki,\n\nModel TX-40 will be discontinued at the end of September.\nThe final order date is August 15.',
        flagged: 'Model TX-40 will be discontinued at the end of September.',
        outputs: [
          'Dear Mr. Ozaki,\n\nI am very sorry to let you know that Model TX-40 will be discontinued at the end of September. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.\nThe final order date is August 15.',
          'Dear Mr. Ozaki,\n\nWe sincerely apologize for the inconvenience this will cause. Model TX-40 will be discontinued at the end of September. I would be grateful for the chance to call you this week to discuss how we can support you.\nThe final order date is August 15.',
        ],
      },
      {
        text: 'From next month, Ms. Linda Park will be your new contact.\nPlease send all inquiries to her.',
        flagged: 'From next month, Ms. Linda Park will be your new contact.',
        outputs: [
          'I am very sorry to let you know that from next month, Ms. Linda Park will be your new contact. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.\nPlease send all inquiries to her.',
          'We sincerely apologize for the inconvenience this will cause. From next month, Ms. Linda Park will be your new contact. I would be grateful for the chance to call you this week to discuss how we can support you.\nPlease send all inquiries to her.',
        ],
      },
      {
        text: 'Our prices will increase by 8% from April 1.',
        flagged: 'Our prices will increase by 8% from April 1.',
        outputs: [
          'I am very sorry to let you know that our prices will increase by 8% from April 1. My manager and I would like to visit you to explain the background in person, or to call at a time that suits you.',
          'We sincerely apologize for the inconvenience this will cause. Our prices will increase by 8% from April 1. I would be grateful for the chance to call you this week to discuss how we can support you.',
        ],
      },
    ],
  },
  document(ctx) {
    for (const s of ctx.sentences) {
      if (s.lang !== 'en') continue;
      const kind = badNewsIn(s);
      if (!kind) continue;
      if (isConsiderate(ctx.sentences)) return;
      const name = kindName(kind);
      ctx.report({
        start: s.start,
        end: s.end,
        message: `${name.en} is announced with no apology, no reason and no offer to meet. Apologise, and offer to visit or call — with a senior manager if you can.`,
        messageJa: `${name.ja}をお詫びも理由も説明の申し出もなく伝えています。お詫びを述べ、（できれば上司と）訪問または電話で説明すると申し出ましょう。`,
        suggestions: considerateNotice(s.text),
      });
      return; // one finding a mail: the fix is the same for every sentence of the notice
    }
  },
});
