import { defineRule } from '../../engine/rule';
import { PRESSURE } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import { bodyEnd, clauseStart, containsAny, inQuotes, isListOrHeading, quotedRanges } from './lib/text';

const ENTRIES = PRESSURE.entries.map((e) => ({
  ...e,
  re: new RegExp(e.pattern, 'g'),
  requiresRe: e.requires ? new RegExp(e.requires) : undefined,
  excludesRe: e.excludes ? new RegExp(e.excludes) : undefined,
  contextRe: e.context ? new RegExp(e.context) : undefined,
}));

/**
 * Ultimatums, time pressure and scarcity (本日中にご回答ください, 至急, 〜までにご契約いただけない場合は…,
 * 残り2社のみ, 最終のご案内) early in a relationship — to a prospect, or on a first contact. A Japanese buyer decides by internal
 * consensus (稟議); pressure reads as disrespect for that process and often ends the conversation.
 * A deadline tied to the client's own schedule, or a quote's validity period, is information, not pressure.
 */
export default defineRule({
  id: 'ja.pressure.early-pressure',
  lang: 'ja',
  category: 'pressure',
  severity: 'warning',
  title: { en: 'Pressure early in a relationship', ja: '関係の初期での催促・期限の押し付け' },
  rationale: {
    en: 'Japanese companies decide by consensus (根回し, 稟議), which takes time. Deadlines, ultimatums and “final notices” sent to a prospect read as disrespect for that process and make the buyer wary of the seller.',
    ja: '日本企業の意思決定は根回しや稟議を経るため時間がかかります。関係の浅いお客様に期限や条件を突き付けると、その過程を軽んじていると受け取られ、警戒される原因になります。',
  },
  audience: ['client', 'prospect'],
  examples: {
    valid: [
      { text: 'ご希望の納期に間に合わせるため、5月20日までにご発注いただけますと幸いです。', context: { recipient: 'prospect' } },
      { text: '本見積の有効期限は発行日より30日間とさせていただきます。', context: { recipient: 'prospect' } },
      { text: '本日中にお見積りをお送りいたします。', context: { recipient: 'prospect' } },
      { text: '至急確認いたします。', context: { recipient: 'prospect' } },
      { text: '至急手配いたしますので、ご安心ください。', context: { recipient: 'prospect' } },
      { text: '本日中にご回答ください。', context: { recipient: 'client', firstContact: false } },
      { text: '至急確認のうえ、ご連絡いたします。', context: { recipient: 'prospect' } },
      { text: '残りの作業は今週中に完了いたします。', context: { recipient: 'prospect' } },
      { text: '作業も残りわずかとなりました。', context: { recipient: 'prospect' } },
      { text: 'お早めにご連絡いただければ、ご希望の日程で調整いたします。', context: { recipient: 'prospect' } },
    ],
    invalid: [
      {
        text: '講師の予定が埋まりつつあるため、明後日までにご決定いただけない場合はお約束いたしかねます。',
        context: { recipient: 'prospect' },
        flagged: '明後日までにご決定いただけない場合はお約束いたしかねます',
        outputs: [
          '講師の予定が埋まりつつあるため、お早めにご検討いただけますと幸いです。',
          '講師の予定が埋まりつつあるため、ご検討のほど、よろしくお願いいたします。',
        ],
      },
      {
        text: '本日中にご回答ください。',
        context: { recipient: 'prospect' },
        flagged: '本日中に',
        outputs: ['ご都合のよいときにご回答ください。', 'お手すきの際にご回答ください。'],
      },
      {
        text: '至急ご返信をお願いいたします。',
        context: { recipient: 'client', firstContact: true },
        flagged: '至急',
        outputs: ['お手すきの際にご返信をお願いいたします。', 'お手数ですが、ご返信をお願いいたします。'],
      },
      {
        text: 'モニター枠は残り3社となっておりますので、お早めにお申し込みください。',
        context: { recipient: 'prospect' },
        flagged: 'モニター枠は残り3社となっておりますので、お早めにお申し込みください',
        outputs: [
          'ご関心がございましたら、お気軽にお知らせください。',
          'ご用意できる枠には限りがございますが、ご都合のよいときにご検討いただけますと幸いです。',
        ],
      },
      {
        text: '至急ご検討のうえ、ご返答をお願いいたします。',
        context: { recipient: 'prospect' },
        flagged: '至急',
        outputs: ['お手すきの際にご検討のうえ、ご返答をお願いいたします。', 'お手数ですが、ご検討のうえ、ご返答をお願いいたします。'],
      },
      {
        text: '至急、ご契約書にご署名のうえご返送ください。',
        context: { recipient: 'prospect' },
        flagged: '至急',
        outputs: ['お手すきの際に、ご契約書にご署名のうえご返送ください。', 'お手数ですが、ご契約書にご署名のうえご返送ください。'],
      },
      {
        text: 'このお値段は今月限りですので、お早めにご決断ください。',
        context: { recipient: 'prospect' },
        flagged: 'お早めに',
        outputs: ['このお値段は今月限りですので、ご都合のよいときにご決断ください。', 'このお値段は今月限りですので、ご検討のうえ、ご決断ください。'],
      },
      {
        text: '【最終のご案内】導入キャンペーンについて',
        context: { recipient: 'prospect' },
        flagged: '最終のご案内',
        outputs: ['【改めてのご案内】導入キャンペーンについて'],
      },
    ],
  },
  sentence(s, ctx, previous) {
    if (ctx.recipient !== 'prospect' && !ctx.firstContact) return;
    if (containsAny(s.text, PRESSURE.clientSchedule)) return;
    const quotes = quotedRanges(s.text);
    const reported: Array<[number, number]> = [];
    for (const e of ENTRIES) {
      for (const m of s.text.matchAll(e.re)) {
        const end = m.index + m[0].length;
        if (inQuotes(quotes, m.index, end)) continue;
        if (e.requiresRe && !e.requiresRe.test(restOfClause(s.text, end))) continue;
        if (e.excludesRe && e.excludesRe.test(s.text.slice(end))) continue;
        if (e.contextRe && !e.contextRe.test(s.text)) continue;
        // Headings are fine to flag for 最終のご案内; other pressure lives in sentences.
        if (e.scope === 'clause' && isListOrHeading(s, previous)) continue;
        const start = e.scope === 'clause' ? clauseStart(s.text, m.index) : m.index;
        const stop = e.scope === 'clause' ? Math.max(end, bodyEnd(s.text)) : end;
        // One finding per stretch of text: an ultimatum may match twice (〜ない場合は…みなします).
        if (reported.some(([a, b]) => start < b && stop > a)) continue;
        reported.push([start, stop]);
        ctx.report({
          start: s.start + start,
          end: s.start + stop,
          message: e.message.en,
          messageJa: e.message.ja,
          // 至急、… → お手数ですが、… : a suggestion that brings its own 、 drops the one already there.
          suggestions: e.suggestions.map((x) =>
            suggestion(/^[、，]/.test(s.text.slice(stop)) ? x.text.replace(/[、，]$/, '') : x.text, x.label, x.labelJa),
          ),
        });
      }
    }
  },
});

/** A clause that hands its action on to the next one: ご検討のうえ、 / ご確認いただき、 / ご記入の上、. */
const CHAINED = /(?:のうえ|の上|うえ|上で|いただき|頂き|くださり|のうえで)$/;

/**
 * The text after `from` up to the next 、 or 。: what the matched phrase governs. A clause that only
 * chains the action on (至急ご検討のうえ、ご返答をお願いいたします) reads on into the next one.
 */
function restOfClause(text: string, from: number): string {
  let end = from;
  for (;;) {
    const rest = text.slice(end);
    const stop = rest.search(/[、，。]/);
    if (stop < 0) return text.slice(from);
    const clause = text.slice(from, end + stop);
    // 至急、ご署名のうえ…: a comma right after the phrase does not end what it governs.
    if (rest[stop] === '。' || (clause.trim() !== '' && !CHAINED.test(clause))) return clause;
    end += stop + 1;
  }
}
