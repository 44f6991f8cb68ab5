import { defineRule } from '../../engine/rule';
import { KEIGO } from './lib/dictionaries';
import { ownSideSubject } from './lib/keigo';
import { suggestion } from './lib/suggest';
import { alternation, inQuotes, quotedRanges } from './lib/text';
import { matchAll } from '../../engine/match-all';

const OWN = alternation(KEIGO.ownSide.filter((w) => !w.endsWith('の')));
/** 弊社のご要望 / 私のお考え: the お/ご of respect on something that belongs to the writer. */
const OWN_THING = new RegExp(`(?:${OWN})の([おご御])(${alternation(KEIGO.clientThings)})(?!様|さま)`, 'g');

/** ご案内されます: the respect form ご〜される on an action; for one's own action the humble ご〜いたす. */
const O_SARERU = /([おご])([\p{Script=Han}]{1,4})され(ました|ます|る|た|て)/gu;
const ITASU: Record<string, string> = { 'ました': 'いたしました', 'ます': 'いたします', 'る': 'いたす', 'た': 'いたした', 'て': 'いたして' };

/**
 * お/ご in front of the reader's things (ご意見, ご都合, お考え) shows respect to their owner. On one's own
 * things it honours oneself. (ご説明いたします, ご案内します are fine: there お/ご is humble and goes with
 * an action done for the client.)
 */
export default defineRule({
  id: 'ja.honorific.o-go-on-own-side',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'お/ご on one’s own things', ja: '自分側の物事への「お／ご」' },
  rationale: {
    en: 'お/ご before ご意見, ご都合 or お考え honours the person they belong to. Put before one’s own opinion or circumstances it honours the writer, which a Japanese reader hears as self-important.',
    ja: '「ご意見」「ご都合」「お考え」の「お／ご」は、その持ち主への敬意を表します。自分や自社の意見・都合に付けると自分を高めることになり、尊大な印象を与えます。',
  },
  examples: {
    valid: [
      { text: '弊社のご提案をご検討いただき、ありがとうございます。' },
      { text: '佐藤様のご意見を伺えれば幸いです。' },
      { text: '弊社の都合で恐縮ですが、日程を変更させてください。' },
      { text: '弊社のお客様からも同様のご要望をいただいております。' },
      { text: '佐藤様がご案内されました。' },
    ],
    invalid: [
      {
        text: '当日は私がご案内されます。',
        flagged: 'ご案内されます',
        outputs: ['当日は私がご案内いたします。'],
      },
      {
        text: '弊社のご都合で恐縮ですが、日程を変更させてください。',
        flagged: 'ご都合',
        outputs: ['弊社の都合で恐縮ですが、日程を変更させてください。'],
      },
      {
        text: '私のお考えをまとめましたので、ご確認ください。',
        flagged: 'お考え',
        outputs: ['私の考えをまとめましたので、ご確認ください。'],
      },
    ],
  },
  sentence(s, ctx) {
    const quotes = quotedRanges(s.text);
    for (const m of matchAll(s.text, OWN_THING)) {
      const at = m.index + m[0].length - m[1]!.length - m[2]!.length;
      const end = m.index + m[0].length;
      if (inQuotes(quotes, at, end)) continue;
      const plain = m[2]!;
      ctx.report({
        start: s.start + at,
        end: s.start + end,
        message: `Drop the honorific ${m[1]} on your own ${plain}: it honours yourself.`,
        messageJa: `自分側の「${plain}」に「${m[1]}」は付けません。自分を高める表現になります。`,
        suggestions: [suggestion(plain, `Write ${plain}`, `「${plain}」にする`)],
      });
    }
    // O_SARERU holds され: a sentence without it is not searched.
    if (s.text.includes('され')) for (const m of matchAll(s.text, O_SARERU)) {
      if (inQuotes(quotes, m.index, m.index + m[0].length)) continue;
      if (!ownSideSubject(s.text.slice(0, m.index))) continue;
      const humble = `${m[1]}${m[2]}${ITASU[m[3]!]}`;
      ctx.report({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        message: `${m[0]} is respect language for your own action; write the humble ${humble}.`,
        messageJa: `自分側の行為に「${m[0]}」（尊敬語）を使っています。謙譲語「${humble}」にします。`,
        suggestions: [suggestion(humble, `Use ${humble}`, `「${humble}」にする`)],
      });
    }
  },
});
