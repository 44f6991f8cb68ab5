import { defineRule } from '../../engine/rule';
import { SALUTATION } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import { alternation, inQuotes, quotedRanges } from './lib/text';

const REDUNDANT = new RegExp(`(${alternation(SALUTATION.kakuiRedundant)})各位|各位(?:様|さま|殿)`, 'g');

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
    valid: [{ text: '関係者各位\n\nいつもお世話になっております。' }, { text: '取引先の皆様へ' }],
    invalid: [
      { text: '皆様各位\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。', flagged: '皆様各位', outputs: ['各位\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。', '皆様\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。'] },
      { text: '関係者様各位', flagged: '関係者様各位', outputs: ['関係者各位', '関係者様'] },
      { text: '取引先各位様', flagged: '各位様', outputs: ['取引先各位'] },
    ],
  },
  sentence(s, ctx) {
    const quotes = quotedRanges(s.text);
    for (const m of s.text.matchAll(REDUNDANT)) {
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
