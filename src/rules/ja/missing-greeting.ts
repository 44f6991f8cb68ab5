import { defineRule } from '../../engine/rule';
import { japaneseFacts } from '../../engine/analysis/ja';
import { GREETINGS } from './lib/dictionaries';
import { layoutOf } from '../../engine/analysis/layout';
import { suggestion } from './lib/suggest';
import { containsAny, isListOrHeading, TITLE_LINE } from './lib/text';

/** Only a mail with this many Japanese sentences in its body is judged: a two-line note is not a letter. */
const MIN_SENTENCES = 3;
/** An English salutation or sign-off on a line of its own: the mail's frame is carried in English. */
const ENGLISH_FRAME =
  /^[ \t]*(?:(?:Dear|Hi|Hello|Good (?:morning|afternoon))\b|(?:Best|Kind|Warm|Warmest)? ?regards\b|Best wishes\b|Sincerely\b|Yours\b|(?:Many )?thanks\b|Thank you\b|Cheers\b)/im;

/**
 * A client mail opens with a set greeting (お世話になっております; on a first contact 突然のご連絡失礼
 * いたします) and closes with one (よろしくお願いいたします). Only a mail with neither is flagged: many
 * correct mails open with thanks or an apology, or close with 以上 or a signature alone, and a wrong
 * greeting (ご苦労様です) is a greeting all the same — ja.honorific.gokurosama handles it. Info only.
 */
export default defineRule({
  id: 'ja.register.missing-greeting',
  lang: 'ja',
  category: 'register',
  severity: 'info',
  // A wrong greeting (ご苦労様です) is a greeting all the same, reported where it stands.
  yieldsTo: ['ja.honorific.gokurosama'],
  title: { en: 'No opening or closing greeting', ja: '冒頭・結びの挨拶がない' },
  rationale: {
    en: 'Japanese business mail has a fixed frame: a greeting after the address (お世話になっております) and a closing formula (よろしくお願いいたします). Without any of it the message reads as abrupt, however correct the rest is.',
    ja: 'ビジネスメールには、宛名の後の挨拶（お世話になっております）と結びの言葉（よろしくお願いいたします）という型があります。これがまったくないと、内容が正しくても唐突でぶっきらぼうな印象を与えます。',
  },
  examples: {
    valid: [
      { text: '佐藤様\n\nお世話になっております。\n資料をお送りします。\nご確認ください。\n\nよろしくお願いいたします。' },
      { text: '佐藤様\n\n先日はありがとうございました。\n資料をお送りします。\n来週お電話いたします。\n\n引き続きよろしくお願いいたします。' },
      { text: '資料をお送りします。\nご確認ください。' },
      // Round 24: a polite opening carries a mail without the set frame (writers leave it unlabelled, 23 of 24).
      { text: '佐藤様\n\n見積書を添付します。\n単価は前回と同じです。\n納期は来月末です。' },
      { text: '株式会社ヨシノ建設\n経理部 ご担当者様\n\n再送です。\n先週お送りしたメール、ご覧いただけましたでしょうか。\nお電話でも大丈夫です。' },
      { text: '日時：5月7日 10:30\n場所：貴社会議室\n\n沢田様\nご面談の機会をいただき感謝申し上げます。\n当日は診断の進め方をご相談いたします。\n資料は当日お持ちします。', kind: 'meeting-invite' },
      { text: '佐藤様\n\n見積書を添付します。\n単価は前回と同じです。\n納期は来月末です。\n\nよろしくお願いいたします。' },
      { text: '佐藤様\n\nお世話になっております。\n見積書を添付します。\n単価は前回と同じです。\n納期は来月末です。' },
      { text: '佐藤様\n\nご苦労様です。\n見積書を添付します。\n単価は前回と同じです。\n納期は来月末です。' },
      { text: 'Dear Mr. Sato,\n\n見積書を添付します。\n単価は前回と同じです。\n納期は来月末です。\n\nBest regards,\nJohn Smith' },
    ],
    invalid: [
      {
        text: '佐藤様\n\n見積書を添付する。\n単価は前回と同じです。\n納期は来月末です。',
        flagged: '見積書を添付する。',
        outputs: ['佐藤様\n\nいつもお世話になっております。\n見積書を添付する。\n単価は前回と同じです。\n納期は来月末です。'],
      },
    ],
  },
  document(ctx) {
    if (ctx.kind !== 'email') return;
    if (ENGLISH_FRAME.test(ctx.text)) return;
    const layout = layoutOf(ctx);
    if (layout.closing >= 0) return;
    // One cheap pass over languages and lines; the phrase checks then run only at the two ends.
    const candidates: number[] = [];
    let english = 0;
    ctx.sentences.forEach((s, k) => {
      if (s.line < layout.bodyStart || s.line >= layout.signatureStart) return;
      if (s.lang === 'ja') candidates.push(k);
      else english++;
    });
    // Mixed-language mail follows whichever language's conventions it leads with; leave it to the writer.
    if (candidates.length < MIN_SENTENCES || candidates.length < english) return;
    const prose = (k: number) => !isListOrHeading(ctx.sentences[k]!, ctx.sentences[k - 1]) && !TITLE_LINE.test(ctx.sentences[k]!.text);
    const head = takeProse(candidates, prose, 2).map((k) => ctx.sentences[k]!);
    const tail = takeProse([...candidates].reverse(), prose, 3).map((k) => ctx.sentences[k]!);
    if (head.length === 0 || tail.length === 0) return;
    if (head.some((s) => containsAny(s.text, GREETINGS.openings))) return;
    if (tail.some((s) => containsAny(s.text, GREETINGS.closings))) return;

    const first = head[0]!;
    // Round 24: writers label a missing frame only where the mail opens bluntly in plain form (大西だ。): of 24 client
    // and prospect mails with neither greeting nor closing in the corpora, 23 were left unlabelled (再送です。, 〜の大西
    // です。, a pitch's first line) and one was a clean draft. A polite opening carries the mail; only a plain one is
    // flagged, with the frame offered as its fix.
    const level = ctx.facts.of(japaneseFacts, first).level;
    if (level !== 'plain' && level !== 'dearu') return;
    const options = ctx.firstContact ? GREETINGS.openingSuggestions.firstContact : GREETINGS.openingSuggestions.client;
    ctx.report({
      start: first.start,
      end: first.end,
      message: 'This client mail has neither an opening greeting nor a closing; open with お世話になっております (and close with よろしくお願いいたします).',
      messageJa: '挨拶も結びの言葉もありません。「お世話になっております」で始め、「よろしくお願いいたします」で結びます。',
      suggestions: options.map((o) => suggestion(`${o.text}\n${first.text}`, o.label, o.labelJa)),
    });
  },
});

/** The first `n` indices of `order` that pass `keep`. */
function takeProse(order: readonly number[], keep: (k: number) => boolean, n: number): number[] {
  const out: number[] = [];
  for (const k of order) {
    if (out.length >= n) break;
    if (keep(k)) out.push(k);
  }
  return out;
}
