import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence, Token } from '../../engine/types';
import { KEIGO } from './lib/dictionaries';
import { endingEnd, isPassiveOrRespectSuffix, ownSideSubject, RESPECT_OF_HUMBLE, swapVerb } from './lib/keigo';
import { suggestion } from './lib/suggest';
import { alternation, inQuotes, quotedRanges } from './lib/text';

const HUMBLE_REQUESTS = KEIGO.humbleRequests.map((r) => ({ ...r, re: new RegExp(r.pattern, 'g') }));
/** ご確認してください / お待ちしてください: the humble お〜する used for the client's own action. */
const O_SURU_KUDASAI = /([おご])((?!願い)[\p{Script=Han}ァ-ヶー]{1,6}|[\p{Script=Han}][ぁ-ん]{1,2})して(くださいませ|ください|下さい)/gu;
/** ご利用できます: the client's action with the humble ご〜する plus できる. */
const O_DEKIRU = new RegExp(`([ごお])(${alternation(KEIGO.clientActionNouns)})(?:することが|が)?でき(ませんでした|ました|ません|ます|る|ない)`, 'g');
const DEKIRU_TO_ITADAKERU: Record<string, string> = {
  'ませんでした': 'いただけませんでした', 'ました': 'いただけました', 'ません': 'いただけません', 'ます': 'いただけます', 'る': 'いただける', 'ない': 'いただけない',
};
const CLIENT_SUBJECT = /(?:様|さま|先生)$/;

/**
 * 謙譲語 lowers the one who acts, so it is for one's own side. Used for the client it lowers them:
 * 担当者に伺ってください, 拝見されましたか, ご利用できます, ご確認してください.
 */
export default defineRule({
  id: 'ja.honorific.kenjogo-for-client',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'Humble language for the client', ja: 'お客様への謙譲語' },
  rationale: {
    en: 'Humble verbs (伺う, 申す, 参る, 拝見する, お〜する) lower the person who acts. Used for the client’s actions they lower the client — the opposite of what was meant, and a mistake Japanese readers notice at once.',
    ja: '「伺う」「申す」「参る」「拝見する」「お〜する」などの謙譲語は、動作をする人を低める表現です。お客様の動作に使うとお客様を低めることになり、敬意が逆になります。',
  },
  examples: {
    valid: [
      { text: 'ご不明な点は担当者にお尋ねください。' },
      { text: '資料をご確認ください。' },
      { text: '明日、貴社に伺います。' },
      { text: '弊社の担当者も、佐藤様がおっしゃるとおりだと申しております。' },
      { text: '佐藤様にお伺いしたところ、来週でよいとのことでした。' },
      { text: '弊社からご案内できます。' },
      { text: 'いかがいたしましょうか。' },
    ],
    invalid: [
      { text: 'ご不明な点は担当者に伺ってください。', flagged: '伺ってください', outputs: ['ご不明な点は担当者にお尋ねください。', 'ご不明な点は担当者にお問い合わせください。'] },
      { text: '添付の資料をご確認してください。', flagged: 'ご確認してください', outputs: ['添付の資料をご確認ください。'] },
      { text: 'このサービスは無料でご利用できます。', flagged: 'ご利用できます', outputs: ['このサービスは無料でご利用いただけます。'] },
      { text: '先日お送りした資料は拝見されましたか。', flagged: '拝見されました', outputs: ['先日お送りした資料はご覧になりましたか。'] },
      { text: '佐藤様が申されたとおり、来週に変更いたします。', flagged: '申された', outputs: ['佐藤様がおっしゃったとおり、来週に変更いたします。'] },
      { text: '佐藤様が申していた件です。', flagged: '申して', outputs: ['佐藤様がおっしゃって' + 'いた件です。'] },
      { text: '明日は弊社の担当が伺われます。', flagged: '伺われます', outputs: ['明日は弊社の担当が伺います。'] },
      { text: '当日はいかがいたしますか。', flagged: 'いかがいたしますか', outputs: ['当日はいかがなさいますか。'] },
    ],
  },
  sentence(s, ctx) {
    const quotes = quotedRanges(s.text);
    const report = (start: number, end: number, written: string, fixes: string[]) => {
      if (inQuotes(quotes, start, end)) return;
      reportHumble(ctx, s.start + start, s.start + end, written, fixes);
    };
    for (const r of HUMBLE_REQUESTS) {
      for (const m of s.text.matchAll(r.re)) report(m.index, m.index + m[0].length, m[0], r.suggestions);
    }
    for (const m of s.text.matchAll(O_SURU_KUDASAI)) {
      report(m.index, m.index + m[0].length, m[0], [`${m[1]}${m[2]}${m[3]}`]);
    }
    for (const m of s.text.matchAll(O_DEKIRU)) {
      report(m.index, m.index + m[0].length, m[0], [`${m[1]}${m[2]}${DEKIRU_TO_ITADAKERU[m[3]!]}`]);
    }
    if (s.tokens) humbleVerbsForClient(s, s.tokens, report);
  },
});

function reportHumble(ctx: RuleContext, start: number, end: number, written: string, fixes: string[]): void {
  ctx.report({
    start,
    end,
    message: `${written} is humble language, which lowers the client; use ${fixes[0]}.`,
    messageJa: `「${written}」は謙譲語で、お客様を低めてしまいます。「${fixes[0]}」を使います。`,
    suggestions: fixes.map((f) => suggestion(f, `Use ${f}`, `「${f}」にする`)),
  });
}

type Reporter = (start: number, end: number, written: string, fixes: string[]) => void;

/** The humble verb a token stands for: 申す, 参る, 伺う, いたす, いただく, or 拝見/拝読 + する. */
function humbleAt(tokens: readonly Token[], i: number): { base: string; verbIndex: number } | undefined {
  const t = tokens[i]!;
  if (t.pos === '動詞' && RESPECT_OF_HUMBLE.has(t.base)) return { base: t.base, verbIndex: i };
  const next = tokens[i + 1];
  if (t.pos === '名詞' && RESPECT_OF_HUMBLE.has(t.surface) && next?.pos === '動詞' && next.base === 'する') {
    return { base: t.surface, verbIndex: i + 1 };
  }
  return undefined;
}

/**
 * A humble verb with the respect ending れる/られる (拝見される, 申される) is always wrong; a plain humble
 * verb is wrong when the client is its subject (佐藤様が申して).
 */
function humbleVerbsForClient(s: Sentence, tokens: readonly Token[], report: Reporter): void {
  for (let i = 0; i < tokens.length; i++) {
    const h = humbleAt(tokens, i);
    if (!h) continue;
    // 〜ていただく after another verb is a request for a favour, not the humble いただく (食べる).
    if (h.base === 'いただく' && tokens[i - 1]?.pos === '助詞') continue;
    const verb = tokens[h.verbIndex]!;
    const withReru = isPassiveOrRespectSuffix(tokens[h.verbIndex + 1]);
    // おられる is accepted by many writers (and by the 文化庁's guidance) as respect language: leave it.
    if (withReru && h.base === 'おる') continue;
    if (!withReru && !clientIsSubject(tokens, i)) continue;
    // Only the humble verbs of speaking, going and seeing are swapped without reru; いたす/いただく are too common.
    if (!withReru && !['申す', '参る', '拝見', '拝読', 'おる'].includes(h.base)) continue;
    const formToken = withReru ? tokens[h.verbIndex + 1]! : verb;
    const after = withReru ? h.verbIndex + 2 : h.verbIndex + 1;
    const end = endingEnd(tokens, after);
    const respect = RESPECT_OF_HUMBLE.get(h.base);
    if (!respect) continue;
    // 弊社の担当が伺われます: our own side, so the fix is the humble verb alone (伺います), not respect language.
    const ours = withReru && ownSideSubject(s.text.slice(0, tokens[i]!.start - s.start));
    const swapped = ours
      ? swapVerb(humbleVerbRef(h.base, verb), formToken, tokens[after])
      : swapVerb(respect, formToken, tokens[after]);
    if (!swapped) continue;
    const ending = tokens.slice(after, end).map((x) => x.surface).join('');
    const start = tokens[i]!.start - s.start;
    const stop = tokens[end - 1]!.end - s.start;
    report(start, stop, s.text.slice(start, stop), [swapped + ending]);
    i = end - 1;
  }
}

/** The humble verb itself as a conjugable reference: 拝見 + する is サ変. */
function humbleVerbRef(base: string, verb: Token): { base: string; cType: string } {
  return verb.base === 'する' ? { base: `${base}する`, cType: 'サ変・スル' } : { base: verb.base, cType: verb.cType };
}

/** True when the nearest subject before token i, in the same clause and outside a quotation, is a client person (佐藤様が). */
function clientIsSubject(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1; k--) {
    const t = tokens[k]!;
    if (t.pos === '記号') return false;
    // 佐藤様がおっしゃるとおりだと申しております: a subject inside the quoted clause is not the speaker.
    if (t.pos === '助詞' && t.pos2 === '引用') return false;
    if (t.pos === '助詞' && /^(?:が|は|も)$/.test(t.surface)) return CLIENT_SUBJECT.test(tokens[k - 1]!.surface);
  }
  return false;
}
