import { defineRule } from '../../engine/rule';

const RUN = /[!?]*!{2,}[!?]*|!+\?+[!?]*|\?+!+[!?]*|\?{2,}/g;

/** "Great news!!", "Really?!" — a string of marks reads as shouting or as a teenager's text. */
export default defineRule({
  id: 'en.register.exclamations',
  lang: 'en',
  category: 'register',
  severity: 'warning',
  fields: ['subject', 'body'],
  title: { en: 'Strings of exclamation marks', ja: '感嘆符の連続' },
  rationale: {
    en: 'Repeated exclamation or question marks read as over-excited or as shouting in Japanese business mail; one full stop carries more weight.',
    ja: '感嘆符や疑問符の連続は、日本のビジネスメールでは騒がしく、あるいは詰問のように響きます。句点で落ち着いて伝えるほうが重みがあります。',
  },
  examples: {
    valid: [{ text: 'Thank you for your order!' }, { text: 'Could you confirm the date?' }, { text: 'Great news!!', context: { recipient: 'internal' } }],
    invalid: [
      { text: 'Great news!!', flagged: '!!', outputs: ['Great news.', 'Great news!'] },
      { text: 'Did the samples arrive?!', flagged: '?!', outputs: ['Did the samples arrive?'] },
    ],
  },
  sentence(s, ctx) {
    for (const m of s.text.matchAll(RUN)) {
      const question = m[0].includes('?');
      ctx.report({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        message: 'A string of exclamation or question marks reads as shouting to a Japanese client. One mark is enough.',
        messageJa: '感嘆符・疑問符の連続は、お客様には騒がしく響きます。記号は一つで十分です。',
        suggestions: question
          ? [{ text: '?', label: 'One question mark', labelJa: '疑問符一つにする' }]
          : [
              { text: '.', label: 'A full stop', labelJa: '句点にする' },
              { text: '!', label: 'One exclamation mark', labelJa: '感嘆符一つにする' },
            ],
      });
    }
  },
});
