import { layoutOf } from '../../engine/analysis/layout';
import { defineRule, type RuleContext } from '../../engine/rule';
import { clientMemberCasual } from './lib/own-member';
import { suggestion } from './lib/suggest';
import { inQuotes, quotedRanges } from './lib/text';
import { matchAll } from '../../engine/match-all';

/**
 * 貴社の佐藤さん / 御社営業部の田中くん: a person of the client's company named with さん in a mail to the
 * client. さん is how colleagues and acquaintances are named; the client's people take 様. Read from the
 * tokens: 貴社/御社 heading a noun phrase that ends in a person's name and さん/くん/ちゃん.
 */
export default defineRule({
  id: 'ja.honorific.client-member-with-san',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  requiresTokens: true,
  title: { en: 'The client’s person with さん', ja: '取引先の方に「さん」' },
  rationale: {
    en: 'In writing to a client, their people are 〇〇様: さん is how colleagues and friends are named, and reads as familiar toward someone whose company you serve.',
    ja: '取引先へのメールでは、先方の方は「〇〇様」と書きます。「さん」は社内や親しい間柄の呼び方で、取引先の方には馴れ馴れしく映ります。',
  },
  examples: {
    valid: [
      { text: '貴社の佐藤様にもよろしくお伝えください。' },
      { text: '弊社の佐藤が伺います。' },
      { text: '貴社の佐藤さんにもよろしくね。', context: { recipient: 'internal' } },
      { text: '先日、A社の佐藤さんからご紹介いただきました。' },
      { text: '株式会社エビハラ\n購買部 大村様\n\nいつもお世話になっております。\n大村様からご相談いただいた件です。' },
      { text: '株式会社エビハラ\n購買部 部長様\n\nいつもお世話になっております。\n部長さんにもよろしくお伝えください。' },
      // Round 45: another company with さん is a third party's, named as people name it.
      { text: '株式会社マルヤマ食品\n購買部 佐藤様\n\nいつもお世話になっております。\n先日、カワダ食品さんからご紹介いただきました。' },
    ],
    invalid: [
      {
        text: '貴社の佐藤さんにもよろしくお伝えください。',
        flagged: '貴社の佐藤さん',
        outputs: ['貴社の佐藤様にもよろしくお伝えください。'],
      },
      {
        // The reader, addressed 様 above, is named さん below.
        text: '株式会社エビハラ\n購買部 大村様\n\nいつもお世話になっております。\n大村さんからご相談いただいた件です。',
        flagged: '大村さん',
        outputs: ['株式会社エビハラ\n購買部 大村様\n\nいつもお世話になっております。\n大村様からご相談いただいた件です。'],
      },
      {
        // Round 45: the client's company, named in the address, with さん in the body.
        text: '株式会社マルヤマ食品 御中\n\nいつもお世話になっております。\nマルヤマ食品さんのピザにも合うと思います。',
        flagged: 'マルヤマ食品さん',
        outputs: ['株式会社マルヤマ食品 御中\n\nいつもお世話になっております。\n貴社のピザにも合うと思います。'],
      },
      {
        text: '貴社営業部の田中くんから伺いました。',
        flagged: '貴社営業部の田中くん',
        outputs: ['貴社営業部の田中様から伺いました。'],
      },
    ],
  },
  sentence(s, ctx) {
    if (!s.tokens) return;
    const quotes = quotedRanges(s.text);
    const hits = clientMemberCasual(s.tokens);
    // 大橋様 in the address, 大橋さん in the body: the reader is the client's person whatever precedes the name.
    for (const name of addresseeNames(ctx)) {
      for (const m of matchAll(s.text, new RegExp(`${name}(さん|くん|ちゃん)`, 'gu'))) {
        const start = s.start + m.index;
        if (hits.some((h) => h.start <= start && start < h.end)) continue;
        hits.push({ start, end: start + m[0].length, suffixStart: start + name.length });
      }
    }
    // Round 45 (xb-043): 株式会社マルヤマ食品 御中 in the address, マルヤマ食品さん in the body — the client's company named as one
    // names a neighbour's shop in talk; in writing it is 貴社.
    for (const company of addresseeCompanies(ctx)) {
      for (const m of matchAll(s.text, new RegExp(`${company}さん`, 'gu'))) {
        if (inQuotes(quotes, m.index, m.index + m[0].length)) continue;
        ctx.report({
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
          message: 'Name the client’s company as 貴社 in writing: 〇〇さん is how a company is named in talk.',
          messageJa: '書面では取引先の会社を「貴社」と書きます。「〇〇さん」は話し言葉の呼び方です。',
          suggestions: [suggestion('貴社', 'Write 貴社', '「貴社」にする')],
        });
      }
    }
    for (const h of hits) {
      const start = h.start - s.start;
      const end = h.end - s.start;
      if (inQuotes(quotes, start, end)) continue;
      const fixed = `${s.text.slice(start, h.suffixStart - s.start)}様`;
      ctx.report({
        start: h.start,
        end: h.end,
        message: `Name the client’s people with 様: ${fixed}.`,
        messageJa: `取引先の方には「様」を付けます：「${fixed}」。`,
        suggestions: [suggestion(fixed, `Write ${fixed}`, `「${fixed}」にする`)],
      });
    }
  },
});

/**
 * The family names the address block honours with 様 (工務部 大橋様 → 大橋): the person the mail is written to.
 * Only a run of kanji or kana just before 様 is taken, so a title (部長様) yields nothing of its own.
 */
function addresseeNames(ctx: RuleContext): string[] {
  const names: string[] = [];
  for (const line of layoutOf(ctx).salutation) {
    for (const m of matchAll(line.text, /(?:^|[\s\u3000])([\p{Script=Han}\p{Script=Katakana}ー]{1,5})(?:様|さま)/gu)) {
      if (!/(?:部長|課長|社長|係長|主任|室長|担当者?|各位)$/.test(m[1]!)) names.push(m[1]!);
    }
  }
  return names;
}

/** A company's legal form, before or after its name (株式会社マルヤマ食品, マルヤマ食品株式会社, (株)). */
const LEGAL_FORM = /^(?:株式会社|有限会社|合同会社|[(（]株[)）])|(?:株式会社|有限会社|合同会社|[(（]株[)）])$/g;
/** The first word of an address line: a company's name with its legal form, in kanji or katakana. */
const COMPANY_LINE = /^[\s\u3000]*([(（]株[)）])?([\p{sc=Han}\p{sc=Katakana}ー]{2,16})(?=[\s\u3000]|$)/u;
/** The company the address block names (株式会社マルヤマ食品 御中, マルヤマ食品株式会社 購買部): its name without its legal form. */
function addresseeCompanies(ctx: RuleContext): string[] {
  const names: string[] = [];
  for (const line of layoutOf(ctx).salutation) {
    const m = COMPANY_LINE.exec(line.text);
    // The name is a company's when its legal form stands before or after it (a person's line, 購買部 佐藤様, has none).
    const core = m?.[2]!.replace(LEGAL_FORM, '');
    if (m && core && (m[1] !== undefined || core !== m[2]) && core.length >= 2) {
      names.push(core);
      // Round 45 (ua1-013): 株式会社マルヨシ自然食品 is マルヨシさん in talk — the name's katakana head before its kanji.
      const head = /^[\p{sc=Katakana}ー]{3,}(?=\p{sc=Han})/u.exec(core)?.[0];
      if (head) names.push(head);
    }
  }
  return names;
}
