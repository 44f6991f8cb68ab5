import { defineRule } from '../../engine/rule';
import { SALUTATION } from './lib/dictionaries';
import { suggestion } from './lib/suggest';
import { inQuotes, quotedRanges } from './lib/text';

/** Titles that are honorifics themselves (部長, 社長): 様 after them says it twice. 担当者様 / 代表者様 are right. */
const TITLES = SALUTATION.titles
  .filter((t) => !SALUTATION.titlesTakingSama.includes(t))
  .sort((a, b) => b.length - a.length);
const SUFFIXES = ['様', 'さま', '殿'];

/**
 * 部長様, 山田部長様, 社長殿: a title is already a term of respect, so a title with 様 (or 殿) doubles it —
 * a mistake careful readers notice. Write 山田部長 or 部長の山田様 (営業部 部長 山田様 in the address).
 */
export default defineRule({
  id: 'ja.honorific.title-with-sama',
  lang: 'ja',
  category: 'honorific',
  severity: 'warning',
  title: { en: 'A title with 様', ja: '役職名に「様」' },
  rationale: {
    en: 'A Japanese job title (部長, 社長, 課長) is itself a term of respect. Adding 様 or 殿 after it (部長様) doubles the honorific, which reads as an error; write 山田部長, or 部長 山田様 with the name last.',
    ja: '「部長」「社長」などの役職名はそれ自体が敬称です。「部長様」「社長殿」は敬称の重複で誤用とされます。「山田部長」または「部長 山田様」と書きます。',
  },
  examples: {
    valid: [
      { text: '株式会社ミズホ工業\n営業部 部長 山田様\n\nいつもお世話になっております。' },
      { text: 'ご担当者様\n\nいつもお世話になっております。' },
      { text: '山田部長にもよろしくお伝えください。' },
      { text: '代表者様のお名前をご記入ください。' },
    ],
    invalid: [
      {
        text: '株式会社ミズホ工業\n山田部長様\n\nいつもお世話になっております。',
        flagged: '部長様',
        outputs: ['株式会社ミズホ工業\n山田部長\n\nいつもお世話になっております。'],
      },
      {
        text: '社長様によろしくお伝えください。',
        flagged: '社長様',
        outputs: ['社長によろしくお伝えください。'],
      },
      {
        text: '株式会社ミズホ工業\n資材課長殿\n\nいつもお世話になっております。',
        flagged: '課長殿',
        outputs: ['株式会社ミズホ工業\n資材課長\n\nいつもお世話になっております。'],
      },
    ],
  },
  sentence(s, ctx) {
    const quotes = quotedRanges(s.text);
    for (const title of TITLES) {
      for (let i = s.text.indexOf(title); i >= 0; i = s.text.indexOf(title, i + title.length)) {
        const end = i + title.length;
        const suffix = SUFFIXES.find((x) => s.text.startsWith(x, end));
        // A longer title holds this one (部長 in 本部長): the longer is tried first and reported once.
        if (!suffix || inQuotes(quotes, i, end + suffix.length)) continue;
        if (TITLES.some((t) => t.length > title.length && t.endsWith(title) && s.text.slice(0, end).endsWith(t))) continue;
        ctx.report({
          start: s.start + i,
          end: s.start + end + suffix.length,
          message: `${title}${suffix} doubles the honorific: a title is already respectful; write ${title} alone or put 様 after the name.`,
          messageJa: `「${title}${suffix}」は敬称の重複です。役職名だけにするか、「${title} 〇〇様」と名前に「様」を付けます。`,
          suggestions: [suggestion(title, `Write ${title}`, `「${title}」にする`)],
        });
      }
    }
  },
});
