import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence, Token } from '../../engine/types';
import {
  endingEnd, frameStem, isPassiveOrRespectSuffix, oNiNaruStart, respectVerbOf, swapVerb, type VerbRef,
} from './lib/keigo';
import { humbleSaseteItadakuIn } from './lib/keigo-direction';
import { suggestion } from './lib/suggest';
import { inQuotes, isSamaSuffix, quotedRanges } from './lib/text';
import { matchAll } from '../../engine/match-all';

/**
 * Double keigo (二重敬語): one verb honoured twice — a respect verb plus れる/られる (おっしゃられる),
 * お〜になる plus られる (お越しになられる), a humble verb plus させていただく (拝見させていただく,
 * お伺いさせていただく), or 貴社様. Careful readers take it as clumsy over-politeness.
 */
export default defineRule({
  id: 'ja.honorific.double-keigo',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'Double keigo', ja: '二重敬語' },
  rationale: {
    en: 'Honouring one verb twice (おっしゃられる, お越しになられる, 拝見させていただく) is a well-known error in Japanese business writing: it reads as clumsy rather than polite, and experienced buyers notice it at once.',
    ja: '「おっしゃられる」「お越しになられる」「拝見させていただく」のように一つの語に敬語を重ねる二重敬語は、丁寧どころか不慣れな印象を与え、ビジネス文書では誤りとされます。',
  },
  examples: {
    valid: [
      { text: '部長がおっしゃったとおり、来週に延期いたします。' },
      { text: '来週水曜日にお越しになる件、承りました。' },
      { text: '資料を拝見しました。' },
      { text: '現在のシステムでは貴社様式での出力が難しい状況です。' },
      { text: '明日、貴社に伺います。' },
      { text: '新たにお客様になられる方への特典です。' },
      { text: '社長になられたと伺いました。' },
      { text: '当日は部長がお話しになると思います。' },
      { text: '先日お話しした件でございます。' },
      { text: '部長からお願いされた件でございます。' },
      // Our act asked as the reader's permission: the accepted business form.
      { text: '当日は、振動データを拝見させていただければ幸いです。' },
      { text: '近日中に、ご説明に伺わせていただけますでしょうか。' },
    ],
    invalid: [
      {
        text: '来週水曜日に桑原様が弊社ショールームへお越しになられる件、承りました。',
        flagged: 'お越しになられる',
        outputs: ['来週水曜日に桑原様が弊社ショールームへお越しになる件、承りました。'],
      },
      {
        text: '先日、部長がおっしゃられました件について、ご報告いたします。',
        flagged: 'おっしゃられました',
        outputs: ['先日、部長がおっしゃいました件について、ご報告いたします。'],
      },
      {
        text: '資料はもうご覧になられましたか。',
        flagged: 'ご覧になられました',
        outputs: ['資料はもうご覧になりましたか。'],
      },
      {
        text: '当日は部長がお話しされると思います。',
        flagged: 'お話しされる',
        outputs: ['当日は部長がお話しになると思います。'],
      },
      {
        text: '受付で山田様がお待ちされています。',
        flagged: 'お待ちされて',
        outputs: ['受付で山田様がお待ちになっています。'],
      },
      {
        text: '資料を拝見させていただきました。',
        flagged: '拝見させていただきました',
        outputs: ['資料を拝見しました。', '資料を拝見いたしました。'],
      },
      {
        text: '明日、改めてお伺いさせていただきます。',
        flagged: 'お伺いさせていただきます',
        outputs: ['明日、改めて伺います。'],
      },
      {
        text: '貴社様のご要望を伺いました。',
        flagged: '貴社様',
        outputs: ['貴社のご要望を伺いました。'],
      },
    ],
  },
  sentence(s, ctx) {
    const quotes = quotedRanges(s.text);
    const report = (start: number, end: number, written: string, fixes: string[]) => {
      if (inQuotes(quotes, start - s.start, end - s.start)) return;
      reportDouble(ctx, start, end, written, fixes);
    };
    if (s.tokens) respectPlusReru(s, s.tokens, report);
    else respectPlusReruByPhrase(s, report);
    humblePlusSaseteItadaku(s, report);
    for (const m of matchAll(s.text, /(貴社|御社|弊社)(様|さま)/g)) {
      if (m[1] === '弊社') continue; // 弊社様 is a different mistake: ja.honorific.kisha-heisha-swap.
      if (!isSamaSuffix(s, m.index + 2)) continue; // 貴社様式: the company and a noun (様式, format).
      report(s.start + m.index, s.start + m.index + m[0].length, m[0], ['貴社']);
    }
  },
});

type Reporter = (start: number, end: number, written: string, fixes: string[]) => void;

function reportDouble(ctx: RuleContext, start: number, end: number, written: string, fixes: string[]): void {
  ctx.report({
    start,
    end,
    message: `Double keigo: ${written} honours the same verb twice; write ${fixes[0]}.`,
    messageJa: `「${written}」は二重敬語です。「${fixes[0]}」で十分に丁寧です。`,
    suggestions: fixes.map((f) => suggestion(f, `Use ${f}`, `「${f}」にする`)),
  });
}

/** おっしゃられる, なさられる, お越しになられる, ご覧になられる: the れる/られる is one honorific too many. */
function respectPlusReru(s: Sentence, tokens: readonly Token[], report: Reporter): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const reru = tokens[i + 1]!;
    if (!isPassiveOrRespectSuffix(reru)) continue;
    let verb: VerbRef | undefined = respectVerbOf(t, reru);
    let from = i;
    let prefix = '';
    if (!verb) {
      from = oNiNaruStart(tokens, i);
      // お話しされる / お待ちされる / お選びされた: お + a verb's 連用形, then する's respect れる. Its own
      // respect form is お〜になる (お話しになる), or the verb's れる alone (話される).
      const oSuru = from < 0 ? oRenyoSuruStart(tokens, i) : -1;
      if (from < 0 && oSuru < 0) continue;
      if (from < 0) from = oSuru;
      verb = { base: 'なる', cType: '五段・ラ行' };
      prefix = `${tokens.slice(from, i).map((x) => x.surface).join('')}に`;
      if (oSuru < 0) prefix = `${frameStem(tokens, from, i)}に`;
    }
    const end = endingEnd(tokens, i + 2);
    const swapped = swapVerb(verb, reru, tokens[i + 2]);
    if (!swapped) continue;
    const ending = tokens.slice(i + 2, end).map((x) => x.surface).join('');
    const start = tokens[from]!.start;
    report(start, tokens[end - 1]!.end, s.text.slice(start - s.start, tokens[end - 1]!.end - s.start), [prefix + swapped + ending]);
  }
}

/** Set phrases where お + 連用形 is a noun of its own and される its passive (お願いされた: we were asked). */
const O_NOUNS = new Set(['願い', '礼', '詫び', '祝い', '見舞い', '土産', '知らせ']);

/**
 * The start of お + a verb's 連用形 before する's さ at `i` (お話し|さ, お|待ち|さ, お|選び|さ): the stem after お is
 * hiragana-final in the い or え row (話し, 待ち, 出かけ), as a 連用形 is; a kanji noun (お電話) is not a verb.
 */
function oRenyoSuruStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.base !== 'する' || t.surface !== 'さ') return -1;
  const noun = tokens[i - 1];
  if (!noun || noun.pos !== '名詞') return -1;
  const prefix = tokens[i - 2];
  const prefixed = prefix?.pos === '接頭詞' && /^[お御]$/.test(prefix.surface);
  const stem = prefixed ? noun.surface : /^お./.test(noun.surface) ? noun.surface.slice(1) : '';
  if (!stem || O_NOUNS.has(stem) || !/[いきぎしじちにひびみりえけげせぜてでねべめれ]$/u.test(stem)) return -1;
  return prefixed ? i - 2 : i - 1;
}

/** Without kuromoji: the common respect verbs and お〜になる followed by られ, with their usual endings. */
const RESPECT_RARERU = /(おっしゃ|いらっしゃ|なさ|召し上が|[おご御][^\s、。「」様]{1,6}?にな)られ(ました|ます|ません|まして|る|た|て)/g;
const RA_GYO: Record<string, [special: string, normal: string]> = {
  'ました': ['いました', 'りました'],
  'ます': ['います', 'ります'],
  'ません': ['いません', 'りません'],
  'まして': ['いまして', 'りまして'],
  'る': ['る', 'る'],
  'た': ['った', 'った'],
  'て': ['って', 'って'],
};

function respectPlusReruByPhrase(s: Sentence, report: Reporter): void {
  for (const m of matchAll(s.text, RESPECT_RARERU)) {
    const stem = m[1]!;
    const special = /^(?:おっしゃ|いらっしゃ|なさ)$/.test(stem);
    const tail = RA_GYO[m[2]!]![special ? 0 : 1];
    report(s.start + m.index, s.start + m.index + m[0].length, m[0], [stem + tail]);
  }
}

/** 拝見させていただく, お伺いさせていただく: a humble verb needs no させていただく on top. */
function humblePlusSaseteItadaku(s: Sentence, report: Reporter): void {
  for (const h of humbleSaseteItadakuIn(s.text)) report(s.start + h.start, s.start + h.end, h.written, h.fixes);
}
