import { defineRule } from '../../engine/rule';
import {
  endingEnd, frameStem, HUMBLE_OF_RESPECT, isPassiveOrRespectSuffix, oNiNaruStart, ownSideSubject, respectVerbOf, swapVerb,
  type VerbRef,
} from './lib/keigo';
import { suggestion } from './lib/suggest';
import { inQuotes, quotedRanges } from './lib/text';
import type { Token } from '../../engine/types';


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
      { text: '弊社の部長が申しておりました件について、ご説明いたします。' },
      { text: '佐藤様がおっしゃったとおり、弊社で対応いたします。' },
      { text: '弊社にいらっしゃる際は、受付にお声がけください。' },
      { text: '弊社の担当者は、桑原様がお越しになる日に同席いたします。' },
      { text: '弊社は、ご利用になる皆様の声をもとに改善を続けております。' },
      { text: '弊社営業部長の田中が、佐藤様がいらっしゃる日に同席いたします。' },
      { text: '弊社の顧客には、同じ課題をお持ちの方もいらっしゃいます。' },
    ],
    invalid: [
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
        text: '弊社の担当者が資料をご覧になりました。',
        flagged: 'ご覧になりました',
        outputs: ['弊社の担当者が資料を拝見しました。'],
      },
    ],
  },
  sentence(s, ctx) {
    const tokens = s.tokens;
    if (!tokens) return;
    const quotes = quotedRanges(s.text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const respect = respectVerbOf(t, tokens[i + 1]);
      let from = i;
      let humble: VerbRef[] | undefined;
      let prefix = '';
      if (respect) humble = HUMBLE_OF_RESPECT.get(respect.base);
      else {
        from = oNiNaruStart(tokens, i);
        if (from < 0) continue;
        const stem = frameStem(tokens, from, i);
        humble = HUMBLE_OF_RESPECT.get(`${stem}になる`);
        // Any other お〜になる / ご〜になる becomes お〜いたす / ご〜いたす.
        if (!humble) {
          humble = [{ base: 'いたす', cType: '五段・サ行' }];
          prefix = stem;
        }
      }
      if (!humble) continue;
      const start = tokens[from]!.start;
      if (!ownSideSubject(s.text.slice(0, start - s.start))) continue;
      if (inQuotes(quotes, start - s.start, t.end - s.start)) continue;
      // The form to copy: of the れる/られる when one follows (おっしゃられた), else of the verb itself.
      const formToken = isPassiveOrRespectSuffix(tokens[i + 1]) ? tokens[i + 1]! : t;
      const after = formToken === t ? i + 1 : i + 2;
      const end = endingEnd(tokens, after);
      // ご利用になる皆様 / いらっしゃるお客様: a verb that modifies a noun belongs to that noun, not to our subject.
      if (formToken.cForm === '基本形' && end === after && tokens[end]?.pos === '名詞') continue;
      const ending = tokens.slice(after, end).map((x) => x.surface).join('');
      const fixes = fitting(humble, respect?.base, tokens[from - 1], s.text.slice(0, start - s.start))
        .map((h) => swapVerb(h, formToken, tokens[after]))
        .filter((x): x is string => x !== undefined)
        .map((v) => prefix + v + ending);
      if (fixes.length === 0) continue;
      const endOffset = tokens[end - 1]!.end;
      const written = s.text.slice(start - s.start, endOffset - s.start);
      ctx.report({
        start,
        end: endOffset,
        message: `${written} honours your own side; before a client use the humble ${fixes[0]}.`,
        messageJa: `自社側の行為に尊敬語「${written}」を使っています。お客様に対しては謙譲語「${fixes[0]}」を使います。`,
        suggestions: fixes.map((f) => suggestion(f, `Use the humble ${f}`, `謙譲語「${f}」にする`)),
      });
      i = end - 1;
    }
  },
});

/**
 * いらっしゃる is both "come/go" (参る) and "be" (おる): after 〜て it is only "be" (来ていらっしゃる → 来て
 * おる), and after a purpose (ご挨拶に, ご説明に) only "come" — ご挨拶におります would not read.
 */
function fitting(humble: VerbRef[], respectBase: string | undefined, previous: Token | undefined, before: string): VerbRef[] {
  if (respectBase !== 'いらっしゃる' || humble.length < 2) return humble;
  if (previous && previous.pos === '助詞' && (previous.surface === 'て' || previous.surface === 'で')) return humble.filter((h) => h.base === 'おる');
  if (/[ごお][^\s、。にをがは]{1,8}に$/.test(before)) return humble.filter((h) => h.base !== 'おる');
  return humble;
}
