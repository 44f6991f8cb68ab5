import { defineRule } from '../../engine/rule';
import { findAll } from './lib/phrases';
import { EMOTICONS } from './lib/register';
import { matchAll } from '../../engine/match-all';

/**
 * Emoji shown as pictures (default emoji presentation, or any pictograph followed by VS16), and runs of
 * them. Contact icons that signatures use (☎ ✉ 📞 📧 📱 🌐 📍) are left alone.
 */
const EMOJI =
  /(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*(?:\s*(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*)*/gu;
const SIGNATURE_ICONS = /^(?:☎|✉|📞|📧|📱|🌐|📍|📠|🏢|📩|📨)\uFE0F?$/u;

/** Emoji and emoticons in a client mail: friendly at home, unprofessional to a Japanese buyer. */
export default defineRule({
  id: 'en.register.emoji',
  lang: 'en',
  category: 'register',
  severity: 'warning',
  fields: ['subject', 'body'],
  title: { en: 'Emoji in client mail', ja: 'お客様へのメールの絵文字' },
  rationale: {
    en: 'In Japanese business mail emoji and emoticons read as unprofessional, however warm they are meant to be; the warmth belongs in the words.',
    ja: '日本のビジネスメールでは、絵文字や顔文字は親しみのつもりでも不真面目な印象を与えます。気持ちは言葉で伝えましょう。',
  },
  examples: {
    valid: [
      { text: 'Thank you so much for the meeting today.' },
      { text: '📞 +81 3 1234 5678' },
      { text: 'The meeting starts at 10:30 (JST).' },
      { text: 'Thanks for the meeting 😊', context: { recipient: 'internal' } },
    ],
    invalid: [
      { text: 'Thanks so much for the meeting today 😊', flagged: '😊', outputs: ['Thanks so much for the meeting today.'] },
      { text: 'See you on Monday! 👍👍', flagged: '👍👍', outputs: ['See you on Monday!'] },
      { text: '🎉 The new model is here.', flagged: '🎉', outputs: ['The new model is here.'] },
      { text: 'Great to meet you :)', flagged: ':)', outputs: ['Great to meet you.'] },
    ],
  },
  // A line rule so that removal can take the space before an emoji that the segmenter split off as a
  // sentence of its own ("See you on Monday! 👍"), without ever crossing a line break. It reads its line
  // only (the engine caches the result by line text, so typing elsewhere costs nothing here) and keeps
  // matches in English sentences.
  line(line, sentences, ctx) {
    const text = line.text;
    const found: Array<{ index: number; text: string }> = [];
    for (const m of matchAll(text, EMOJI)) if (!SIGNATURE_ICONS.test(m[0])) found.push({ index: m.index, text: m[0] });
    for (const m of findAll(EMOTICONS, text)) found.push(m);
    if (found.length === 0) return;
    found.sort((a, b) => a.index - b.index);
    let covered = 0;
    let si = 0;
    for (const f of found) {
      if (f.index < covered) continue;
      const at = line.start + f.index;
      while (si < sentences.length && sentences[si]!.end <= at) si++;
      const s = sentences[si];
      // Quoted lines have no sentence; Japanese sentences belong to the Japanese rules.
      if (!s || s.start > at || s.lang !== 'en') continue;
      covered = f.index + f.text.length;
      const r = removalRange(text, 0, text.length, f.index, f.text.length);
      // The finding covers the emoji as written (the spec: "the flagged phrase itself"); the spaces taken with it, or
      // the full stop put in its place, are an edit of the suggestion's beyond the span.
      const start = line.start + f.index;
      const end = start + f.text.length;
      const exact = r.start === f.index && r.end === f.index + f.text.length;
      ctx.report({
        start,
        end,
        message: 'Emoji and emoticons read as unprofessional to a Japanese client. Let the words carry the warmth.',
        messageJa: '絵文字や顔文字は、日本のお客様には不真面目な印象を与えます。気持ちは言葉で伝えましょう。',
        suggestions: [exact
          ? { text: r.replacement, label: 'Remove it', labelJa: '削除する' }
          : { text: '', edits: [{ start: line.start + r.start, end: line.start + r.end, text: r.replacement }], label: 'Remove it', labelJa: '削除する' }],
      });
    }
  },
});

/**
 * What to delete so the line still reads well: the space before an emoji goes with it, and a full stop
 * takes its place when a sentence would otherwise end without one; an emoji opening the line takes the
 * space after it.
 */
function removalRange(
  text: string, lineStart: number, lineEnd: number, index: number, length: number,
): { start: number; end: number; replacement: string } {
  let start = index;
  let end = index + length;
  if (!text.slice(lineStart, start).trim()) {
    while (end < lineEnd && /\s/.test(text[end]!)) end++;
    return { start, end, replacement: '' };
  }
  while (start > lineStart && /\s/.test(text[start - 1]!)) start--;
  const after = text.slice(end, lineEnd);
  const sentenceEnds = after.trim() === '' || /^\s+\p{Lu}/u.test(after);
  const needsStop = sentenceEnds && /[\p{L}\p{N})]$/u.test(text.slice(lineStart, start));
  return { start, end, replacement: needsStop ? '.' : '' };
}
