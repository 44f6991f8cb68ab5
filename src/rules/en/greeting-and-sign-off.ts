import { z } from 'zod';
import data from '../../../dictionaries/en/greetings.json';
import { defineRule, type RuleContext } from '../../engine/rule';
import { textFact } from '../../engine/analysis/facts';
import type { Line, Sentence } from '../../engine/types';
import { bundled, onDemand } from '../bundled';
import { bareNameAddressed } from './salutation';
import { findAll } from './lib/phrases';
import { casualWords, EMOTICONS } from './lib/register';

const Entry = onDemand(() => z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  words: z.array(z.string().min(1).max(30)).min(1),
  replacement: z.string().min(1),
  has: z.array(z.string().min(1)).min(1),
  hasNot: z.array(z.string().min(1)).min(1),
  /**
   * Round 24: a closing a foreign writer uses out of habit ("Cheers,", "Talk soon,", "Saludos,"): alone under an
   * otherwise formal mail it is the writer's accent, and the corpora leave it unlabelled (45 of 70); it is the
   * register problem only when the mail around it is casual too.
   */
  habitual: z.boolean().optional(),
}));
export const GreetingsDictionarySchema = onDemand(() => z.object({ about: z.string(), greetings: z.array(Entry()).min(1), signOffs: z.array(Entry()).min(1) }));
const dict = bundled('en/greetings', GreetingsDictionarySchema, data);

/** Lower case, curly apostrophes straightened, the words of a line without its punctuation. */
const words = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}' ]+/gu, ' ').trim().split(/\s+/).filter(Boolean);
/**
 * A line's words, kept with the engine's facts by the line's text: the first and the last lines are read on every
 * keystroke, and a long last line (a paragraph) cost five copies of itself each time. Never changed by a reader.
 */
const LINE_WORDS = textFact('en.register.greeting-and-sign-off/words', words);
const lineWords = (ctx: RuleContext, line: Line): readonly string[] => ctx.facts.of(LINE_WORDS, line as unknown as Sentence);
const phrases = (list: z.infer<ReturnType<typeof Entry>>[]) =>
  list.flatMap((e) => e.words.map((w) => ({ words: w.split(' '), replacement: e.replacement, habitual: e.habitual === true })));
const GREETINGS = phrases(dict.greetings).sort((a, b) => b.words.length - a.words.length);
const SIGN_OFFS = phrases(dict.signOffs);
/** A sign-off is among the last lines of the writer's own text: a name and a title or two may follow. */
const LAST_LINES = 5;
/** Words after the greeting that address a group: "Hey guys" becomes "Dear all", not "Dear guys". */
const GROUP_WORDS = new Set(['all', 'guys', 'team', 'everyone', 'everybody', 'folks', 'people', 'gang', "y'all", 'peeps']);
/** Words that make a sign-off a friend's: a hug made stronger or a friend addressed ("Un abrazo fuerte!", "Saludos amigo"). */
const VOCATIVE_AFTER_SIGN_OFF = new Set(['amigo', 'amiga', 'amigos', 'amico', 'amica', 'amici', 'friend', 'buddy', 'pal', 'mate']);
const STRONGER_AFTER_SIGN_OFF = ['fuerte', 'forte', 'fortes', 'grande', 'grandes', 'my'];
/** Lower-case words that may follow an English sign-off on its line ("Cheers heaps,", "Cheers all!"): not "Saludos cordiales,". */
const AFTER_SIGN_OFF = new Set(['heaps', 'all', 'everyone', 'mate', 'again', 'folks', 'guys', 'team', 'then', 'lots', 'muchly', 'loads',
  ...STRONGER_AFTER_SIGN_OFF, ...VOCATIVE_AFTER_SIGN_OFF]);
/** Kisses after the writer's name ("Emily xx"): the same sign-off as "xx Emily", written the other way round. */
const KISSES = new Set(['x', 'xx', 'xxx', 'xo', 'xoxo']);

function startsWith(ws: readonly string[], phrase: string[]): boolean {
  return phrase.every((w, i) => ws[i] === w);
}

/** Where the words of `phrase` end in `line` (the phrase begins the line, after spaces). */
function phraseEnd(line: string, count: number): number {
  const re = /[\p{L}’']+/gu;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(line))) if (++n === count) return m.index + m[0].length;
  return line.length;
}

function ownLines(ctx: RuleContext): Line[] {
  return ctx.lines.filter((l) => l.end <= ctx.own.length && OWN_TEXT_LINE.test(l.text));
}
/**
 * A line with text that is not quoted (what `text.trim() && !/^\s*[>＞]/.test(text)` says, without a trimmed copy of
 * every line of the mail on every keystroke: round 40, issue 14).
 */
const OWN_TEXT_LINE = /^(?!\s*[>＞])\s*\S/;

/**
 * "Hey Ms. Tamura," "Hiya," and "Cheers," "Talk soon," "xx Emily": the frame of the mail in chat register.
 * The greeting word is too casual for a client whoever is named after it (the name is the salutation
 * rule's business); a sign-off is judged only as a short line at the end, never in running text.
 */
export default defineRule({
  id: 'en.register.greeting-and-sign-off',
  lang: 'en',
  category: 'register',
  severity: 'warning',
  title: { en: 'Casual greeting or sign-off', ja: 'くだけた書き出し・結び' },
  rationale: {
    en: 'The greeting and the sign-off frame the whole mail. “Hey” or “Cheers” is friendly among colleagues at home but reads as careless to a Japanese client, whatever name follows; “Dear …” and “Best regards,” cost nothing.',
    ja: '書き出しと結びはメール全体の印象を決めます。“Hey”や“Cheers”は同僚同士なら親しみですが、日本のお客様には相手の名前にかかわらずぞんざいに映ります。“Dear …”と“Best regards,”で十分です。',
  },
  examples: {
    valid: [
      // Round 21: a bare given name after the greeting: the salutation rule rewrites the whole greeting.
      { text: 'Hey Daisuke,\n\nThe samples shipped today.\n\nBest regards,\nTom' },
      { text: 'Dear Ms. Tamura,\n\nThe samples shipped today.\n\nBest regards,\nTom' },
      { text: 'Hello Mr. Sato,\n\nWe will talk soon about the trial.\n\nKind regards,\nAnna' },
      { text: 'Hey Ken,\n\nLunch on Friday?\n\nCheers,\nTom', context: { recipient: 'internal' } },
      { text: 'Dear Mr. Sato,\n\nCheers to a great year together, and thank you for your support.\n\nBest regards,\nTom' },
      { text: 'Dear Mr. Sato,\n\nThe samples shipped today.\n\nSaludos cordiales,\nCarlos' },
      // Round 24: a habitual closing under an otherwise formal mail is the writer's accent, not a tone.
      { text: 'Dear Mr. Fujii,\n\nThe inspection is complete. The full report is attached.\n\nCheers,\nOliver' },
      { text: 'Dear Mr. Takada,\n\nWe will cover the reshipping cost this time.\n\nSaludos,\nDiego' },
    ],
    invalid: [
      {
        text: 'Hey Ms. Tamura,\n\nThe samples shipped today.\n\nBest regards,\nTom',
        flagged: 'Hey',
        outputs: ['Dear Ms. Tamura,\n\nThe samples shipped today.\n\nBest regards,\nTom'],
      },
      {
        text: 'Hey guys,\n\nThe samples shipped today.\n\nBest regards,\nTom',
        flagged: 'Hey',
        outputs: ['Dear all,\n\nThe samples shipped today.\n\nBest regards,\nTom'],
      },
      {
        text: 'Hiya,\n\nThe samples shipped today.\n\nBest regards,\nTom',
        flagged: 'Hiya',
        outputs: ['Dear Sir or Madam,\n\nThe samples shipped today.\n\nBest regards,\nTom'],
      },
      {
        text: 'Dear Mr. Sato,\n\nThe samples shipped today btw.\n\nCheers,\nTom',
        flagged: 'Cheers,',
        outputs: ['Dear Mr. Sato,\n\nThe samples shipped today btw.\n\nBest regards,\nTom'],
      },
      {
        text: 'Dear Mr. Sato,\n\nThe samples shipped today.\n\nTalk soon!\nAnna\nSales, Brightline',
        flagged: 'Talk soon!',
        outputs: ['Dear Mr. Sato,\n\nThe samples shipped today.\n\nBest regards,\nAnna\nSales, Brightline'],
      },
      {
        text: 'Dear Mr. Sato,\n\nThe samples shipped today.\n\nxx Emily',
        flagged: 'xx ',
        outputs: ['Dear Mr. Sato,\n\nThe samples shipped today.\n\nBest regards,\nEmily'],
      },
      {
        text: 'Dear Mr. Sato,\n\nThe samples shipped today.\n\nEmily xx',
        flagged: 'xx',
        outputs: ['Dear Mr. Sato,\n\nThe samples shipped today.\n\nBest regards,\nEmily'],
      },
      {
        text: 'Hi guys,\n\nThe samples shipped today.\n\nBest regards,\nTom',
        flagged: 'Hi guys',
        outputs: ['Dear all,\n\nThe samples shipped today.\n\nBest regards,\nTom'],
      },
      {
        text: 'Dear Mr. Sato,\n\nThe samples shipped today.\n\nUn abrazo fuerte!\nRodrigo',
        flagged: 'Un abrazo fuerte!',
        outputs: ['Dear Mr. Sato,\n\nThe samples shipped today.\n\nBest regards,\nRodrigo'],
      },
    ],
  },
  document(ctx) {
    const lines = ownLines(ctx);
    const first = lines[0];
    let casualGreeting = false;
    if (first) {
      const ws = lineWords(ctx, first);
      const g = GREETINGS.find((p) => startsWith(ws, p.words));
      // "Hey guys,": the word is casual whoever follows; the salutation rule reports the address as well.
      // A line that goes on as a sentence ("Ciao Foods Ltd. has placed the order.") opens with a name, not a greeting.
      // Round 21: "Hey Daisuke,": the address rule (en.honorific.salutation) rewrites the whole greeting; one move, one finding.
      casualGreeting = g !== undefined && isGreetingLine(first.text, ws.length, g.words.length);
      if (g && isGreetingLine(first.text, ws.length, g.words.length) && !bareNameAddressed(ctx)) {
        const lead = first.text.length - first.text.trimStart().length;
        const end = phraseEnd(first.text, g.words.length);
        // "Hey," with nobody named: the whole greeting becomes a formal one.
        const named = ws.length > g.words.length;
        const start = first.start + lead;
        // "Hey guys": "Dear guys" would be no better, so the group word goes too ("Dear all").
        // "Hi guys": the group word is part of the greeting itself.
        const group = GROUP_WORDS.has(ws[g.words.length] ?? '') ? phraseEnd(first.text, g.words.length + 1)
          : g.words.length > 1 && GROUP_WORDS.has(g.words[g.words.length - 1]!) ? end : undefined;
        const dearAll = group === undefined ? undefined :
          { text: 'Dear all', label: 'Use “Dear all”', labelJa: '“Dear all”にする', edits: [{ start, end: first.start + group, text: 'Dear all' }] };
        ctx.report({
          start,
          end: first.start + end,
          message: 'This greeting is too casual for a client, whoever is named after it. Open with “Dear”.',
          messageJa: 'この書き出しはお客様には砕けすぎです（相手の名前にかかわらず）。“Dear”で始めましょう。',
          suggestions: [dearAll ?? (named
            ? { text: g.replacement, label: 'Use “Dear”', labelJa: '“Dear”にする' }
            : { text: 'Dear Sir or Madam', label: 'Formal greeting (better still: their surname)', labelJa: '改まった挨拶にする（姓が分かれば姓で）' })],
        });
      }
    }
    for (const line of lines.slice(Math.max(1, lines.length - LAST_LINES))) {
      const ws = lineWords(ctx, line);
      // A sign-off line is short: the phrase, perhaps a name after "xx".
      if (ws.length === 0 || ws.length > 4) continue;
      const s = SIGN_OFFS.filter((p) => startsWith(ws, p.words)).sort((a, b) => b.words.length - a.words.length)[0];
      if (!s) {
        if (reportTrailingKisses(ctx, line, ws)) return;
        continue;
      }
      const rest = ws.slice(s.words.length);
      // "Cheers," alone on its line, or "xx Emily" (a name after it); "Love the new design" is no sign-off.
      // Round 16: "Cheers heaps,", "Cheers all!": the sign-off with a lower-case word or two after it, closed by a comma.
      const alone = (rest.length === 0 && /^[\p{L}’' ]+[,!.]?$/u.test(line.text.trim())) ||
        (rest.length > 0 && rest.length <= 2 && rest.every((w) => AFTER_SIGN_OFF.has(w)) &&
          (/[,!]$/.test(line.text.trim()) || VOCATIVE_AFTER_SIGN_OFF.has(rest[rest.length - 1]!)));
      const withName = rest.length > 0 && rest.length <= 2 && /^[A-Z]/.test(line.text.trim().split(/\s+/)[s.words.length] ?? '');
      if (!alone && !withName) continue;
      // Round 24: "Cheers," under "Dear Mr. Fujii, … The full report is attached.": a habit, not a tone.
      if (s.habitual && rest.length === 0 && !/!$/.test(line.text.trim()) && !casualFrame(ctx, lines, casualGreeting, line)) return;
      const lead = line.text.length - line.text.trimStart().length;
      let end = phraseEnd(line.text, s.words.length);
      if (alone) end = line.text.trimEnd().length;
      else while (line.text[end] === ' ') end++;
      ctx.report({
        start: line.start + lead,
        end: line.start + end,
        message: 'This sign-off is too casual for a client. Close with “Best regards,”.',
        messageJa: 'この結びはお客様には砕けすぎです。“Best regards,”で結びましょう。',
        // "xx Emily": the name goes on its own line under the closing.
        suggestions: [{ text: withName ? `${s.replacement}\n` : s.replacement, label: 'Use “Best regards,”', labelJa: '“Best regards,”にする' }],
      });
      return;
    }
  },
});

const PICTURE = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u;

/**
 * Round 24: whether the rest of the mail already speaks to the client as a friend — a casual greeting ("Hey team,"),
 * a given name alone ("Hi Kenji,"), chat words ("gonna", "btw", "lol"), emoji or emoticons, doubled marks ("!!").
 * Then a habitual closing belongs to the same tone and is worth changing with it.
 */
function casualFrame(ctx: RuleContext, lines: Line[], casualGreeting: boolean, signOff: Line): boolean {
  if (casualGreeting || bareNameAddressed(ctx)) return true;
  const body = lines.filter((l) => l !== signOff).map((l) => l.text).join('\n');
  if (PICTURE.test(body) || /[!?！？]{2}/.test(body) || findAll(EMOTICONS, body).length > 0) return true;
  return ctx.sentences.some((s) => s.lang === 'en' && s.start < signOff.start && casualWords(s).length > 0);
}

/**
 * The first line is a salutation: the greeting stands alone or before a comma, a mark or a dash, the line ends
 * as an address does ("Hey Mr. Ota,", "Hola Ryota!"), or it is short enough to be nothing else.
 */
function isGreetingLine(text: string, wordCount: number, greetingWords: number): boolean {
  const trimmed = text.trim();
  if (wordCount <= 4 || /[,!:;—–-]$/.test(trimmed)) return true;
  const after = trimmed.slice(phraseEnd(trimmed, greetingWords));
  return /^\s*[,!:;—–-]/.test(after);
}

/** "Emily xx", "Mark xoxo": a name of one or two words, then kisses, alone on a line near the end. */
function reportTrailingKisses(ctx: RuleContext, line: Line, ws: readonly string[]): boolean {
  const text = line.text.trim();
  if (ws.length < 2 || ws.length > 3 || !KISSES.has(ws[ws.length - 1]!)) return false;
  // Round 45 (xc-045): one kiss too ("Niamh x"), in lower case ("Model X" is a name).
  const m = /^((?!thanks?\b|love\b|bye\b|hugs\b)[A-Z][\p{L}’'-]*(?: [A-Z][\p{L}’'-]*)?)\s+(x{1,3}|xo|xoxo)[!.]?$/iu.exec(text);
  if (!m || !/^[A-Z]/.test(m[1]!) || m[2] !== m[2]!.toLowerCase()) return false;
  const lead = line.text.length - line.text.trimStart().length;
  const start = line.start + lead;
  const kisses = start + text.lastIndexOf(m[2]!);
  ctx.report({
    start: kisses,
    end: start + text.length,
    message: 'This sign-off is too casual for a client. Close with “Best regards,”.',
    messageJa: 'この結びはお客様には砕けすぎです。“Best regards,”で結びましょう。',
    suggestions: [{
      text: `Best regards,\n${m[1]}`,
      label: 'Use “Best regards,”',
      labelJa: '“Best regards,”にする',
      edits: [{ start, end: start + text.length, text: `Best regards,\n${m[1]}` }],
    }],
  });
  return true;
}
