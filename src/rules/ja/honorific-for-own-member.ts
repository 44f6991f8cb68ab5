import { defineRule } from '../../engine/rule';
import { ownMemberHonours } from './lib/own-member';
import { suggestion } from './lib/suggest';
import { inQuotes, quotedRanges } from './lib/text';

/**
 * 弊社代表の山田様 / 当社の佐藤さん / 弊社の田中部長: to a client, one's own colleagues — the president
 * included — are named bare and humbly (弊社代表の山田, 部長の田中). An honorific suffix or a title after
 * the name raises one's own side in front of the client. Read from the tokens: an own-side word (弊社, 当社,
 * 私ども) heading a noun phrase that ends in a person's name with 様/さん/殿 or a title.
 */
export default defineRule({
  id: 'ja.honorific.honorific-for-own-member',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  requiresTokens: true,
  // 弊社の佐藤様 is also the 貴社/弊社 mix-up, whose finding offers both readings.
  yieldsTo: ['ja.honorific.kisha-heisha-swap'],
  title: { en: 'An honorific for your own colleague', ja: '自社の人に敬称' },
  rationale: {
    en: 'Toward a client, your own people are lowered, not honoured: 弊社代表の山田, 部長の田中 — never 山田様, 田中さん or 田中部長. A Japanese buyer reads an honorific on your own side as not knowing who is the guest.',
    ja: '社外に対しては、自社の人は社長であっても敬称を付けずに「弊社代表の山田」「部長の田中」と書きます。「山田様」「田中さん」「田中部長」と自社の人を高めると、敬意の向きを誤っている印象を与えます。',
  },
  examples: {
    valid: [
      { text: '来週のお打ち合わせには、弊社代表の山田も同席いたします。' },
      { text: '当日は弊社部長の田中が伺います。' },
      { text: '弊社の販売代理店様からご紹介いただきました。' },
      { text: '弊社のお客様からも好評をいただいております。' },
      { text: '貴社の山田部長にもよろしくお伝えください。' },
      { text: '弊社の田中さんから聞きました。', context: { recipient: 'internal' } },
    ],
    invalid: [
      {
        text: '来週のお打ち合わせには、弊社代表の山田様も同席させていただきます。',
        flagged: '弊社代表の山田様',
        outputs: ['来週のお打ち合わせには、弊社代表の山田も同席させていただきます。'],
      },
      {
        text: '弊社担当の鈴木さんが対応いたします。',
        flagged: '弊社担当の鈴木さん',
        outputs: ['弊社担当の鈴木が対応いたします。'],
      },
      {
        text: '当日は弊社の田中部長が伺います。',
        flagged: '弊社の田中部長',
        outputs: ['当日は弊社部長の田中が伺います。'],
      },
      {
        text: '弊社営業部の田中課長からご連絡いたします。',
        flagged: '弊社営業部の田中課長',
        outputs: ['弊社営業部課長の田中からご連絡いたします。'],
      },
    ],
  },
  sentence(s, ctx) {
    if (!s.tokens) return;
    const quotes = quotedRanges(s.text);
    for (const h of ownMemberHonours(s.tokens)) {
      const start = h.start - s.start;
      const end = h.end - s.start;
      if (inQuotes(quotes, start, end)) continue;
      const written = s.text.slice(start, end);
      const fixed = rewrite(s.text, s.start, h);
      ctx.report({
        start: h.start,
        end: h.end,
        message: `${written} honours your own colleague; to a client write ${fixed}.`,
        messageJa: `「${written}」は自社の人を高めています。社外には「${fixed}」と書きます。`,
        suggestions: [suggestion(fixed, `Name your colleague humbly: ${fixed}`, `「${fixed}」とする`)],
      });
    }
  },
});

/** 弊社代表の山田様 → 弊社代表の山田; 弊社の田中部長 → 弊社部長の田中. */
function rewrite(text: string, offset: number, h: { start: number; nameStart: number; nameEnd: number; end: number; title?: string }): string {
  const lead = text.slice(h.start - offset, h.nameStart - offset);
  const name = text.slice(h.nameStart - offset, h.nameEnd - offset);
  if (!h.title) return lead + name;
  return `${lead.replace(/の$/, '')}${h.title}の${name}`;
}
