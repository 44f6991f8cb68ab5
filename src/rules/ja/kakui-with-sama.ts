import { defineRule } from '../../engine/rule';
import { SALUTATION } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import { alternation, inQuotes, quotedRanges } from './lib/text';

const REDUNDANT = new RegExp(`(${alternation(SALUTATION.kakuiRedundant)})各位|各位(?:様|さま|殿)`, 'g');
/**
 * ご利用者様各位 / 参加者様各位 / 株主さま各位: any group named with 様 and then 各位. お客様各位 alone is
 * the settled form of notices and stays (お客様 is one word, not 客 + 様).
 */
const GROUP_WITH_SAMA = /((?:ご|お)?[\p{Script=Han}ァ-ヶー]{1,10}?)(様|さま)各位/gu;

/** 各位 already means "each of you (honoured)": 皆様各位 says it twice. */
export default defineRule({
  id: 'ja.honorific.kakui-with-sama',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: '各位 with 様', ja: '「各位」と「様」の重複' },
  rationale: {
    en: '各位 is itself an honorific (“to each of you”). 皆様各位 or 各位様 doubles it, which careful Japanese readers notice as an error.',
    ja: '「各位」はそれ自体が敬称です。「皆様各位」「各位様」は敬称の重複で、誤用として受け取られます。',
  },
  examples: {
    valid: [
      { text: '関係者各位\n\nいつもお世話になっております。' },
      { text: '取引先の皆様へ' },
      { text: 'お客様各位\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。' },
      { text: 'ご利用者各位\n\nいつもご利用いただき、誠にありがとうございます。' },
    ],
    invalid: [
      { text: '皆様各位\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。', flagged: '皆様各位', outputs: ['各位\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。', '皆様\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。'] },
      { text: '関係者様各位', flagged: '関係者様各位', outputs: ['関係者各位', '関係者様'] },
      { text: '取引先各位様', flagged: '各位様', outputs: ['取引先各位'] },
      {
        text: 'ご利用者様各位\n\nいつもご利用いただき、誠にありがとうございます。',
        flagged: 'ご利用者様各位',
        outputs: ['ご利用者各位\n\nいつもご利用いただき、誠にありがとうございます。', 'ご利用者様\n\nいつもご利用いただき、誠にありがとうございます。'],
      },
    ],
  },
  sentence(s, ctx) {
    // Both patterns hold 各位 itself: a sentence without it is not searched (most of a draft).
    if (!s.text.includes('各位')) return;
    const quotes = quotedRanges(s.text);
    const seen = new Set<number>();
    for (const m of s.text.matchAll(GROUP_WITH_SAMA)) {
      const group = m[1]!;
      if (/^お客$/.test(group) || /^(?:皆|みな)$/.test(group) || inQuotes(quotes, m.index, m.index + m[0].length)) continue;
      if (SALUTATION.kakuiRedundant.some((x) => x === group + m[2])) continue; // the listed nouns below
      seen.add(m.index);
      ctx.report({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        message: '各位 is already an honorific; do not add 様 to the group before it.',
        messageJa: '「各位」は敬称なので、その前に「様」を重ねません。',
        suggestions: [
          suggestion(`${group}各位`, 'Keep 各位 only', '「各位」だけにする'),
          suggestion(`${group}${m[2]}`, `Keep ${group}${m[2]} only`, `「${group}${m[2]}」だけにする`),
        ],
      });
    }
    for (const m of s.text.matchAll(REDUNDANT)) {
      if (seen.has(m.index)) continue;
      if (inQuotes(quotes, m.index, m.index + m[0].length)) continue;
      const noun = m[1];
      const options = noun === undefined
        ? [suggestion('各位', 'Write 各位 alone', '「各位」だけにする')]
        : [
            suggestion(/^皆(?:様|さま)$/.test(noun) ? '各位' : `${noun.replace(/(?:様|さま)$/, '')}各位`, 'Keep 各位 only', '「各位」だけにする'),
            suggestion(noun, `Keep ${noun} only`, `「${noun}」だけにする`),
          ];
      ctx.report({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        message: '各位 is already an honorific; do not add 様 to it.',
        messageJa: '「各位」は敬称なので「様」と重ねません。',
        suggestions: options,
      });
    }
  },
});
