import { jaAskNamed } from '../../engine/analysis/asked';
import { japaneseFacts } from '../../engine/analysis/ja';
import type { Annotator } from '../../engine/analysis/facts';
import { carriesTokens } from '../../engine/parse';
import { defineRule, type RuleContext } from '../../engine/rule';
import type { Sentence } from '../../engine/types';
import { japaneseRemedy, remedyIn } from '../any/lib/remedy';
import { hasCushion } from './lib/cushion';
import { suggestion } from './lib/suggest';
import { leadingConjunctionLength } from './lib/text';
import { trailedNo, type TrailedNo } from './lib/trailed-no';
import { threadAsks } from './lib/verdict-line';

/** A question of theirs on the line before an answer (Q. …可能ですか？ / Q1. …いただけますか。): the ask it answers. */
const QUESTION_MARK = /^\s*(?:[QqＱ][0-9０-９]{0,2}\s*[.．:：)）]|問[0-9０-９]*)/;
const QUESTION_END = /[？?]\s*$|(?:ますか|でしょうか|ませんか)[。．]?\s*$/;
/** A line of quoted history (> …): their words, never our no. */
const QUOTED = /^\s*[>＞]/;

/**
 * Round 32 (issue 9): a refusal trailed off — 「ご希望の2月の開催は、…動けないため、ちょっと…」「ご依頼の前倒しは難しいかと…」
 * 「ご提示の単価ですと、正直厳しいですね」 — what the client asked, answered by an adverb whose predicate is left unsaid or by a
 * hedged word of difficulty ending the sentence (lib/trailed-no.ts reads the shape from the tokens), with no cushion before
 * it and nothing after it: no alternative, no promise to consult, no offer (any/lib/remedy.ts). The Japanese reader hears
 * the door closed and nothing to do next. A flat no the other refusal rules read in the same words is theirs (yieldsTo).
 */
export default defineRule({
  id: 'ja.blunt-refusal.trailed-refusal',
  lang: 'ja',
  category: 'blunt-refusal',
  severity: 'warning',
  requiresTokens: true,
  fields: ['subject', 'body'],
  yieldsTo: ['ja.blunt-refusal.unsoftened-refusal', 'ja.blunt-refusal.negated-act', 'ja.blunt-refusal.refused-for-want'],
  title: { en: 'A refusal trailed off', ja: '言いさしの断り' },
  rationale: {
    en: 'A no left hanging (「〜は、ちょっと…」「〜は難しいかと…」) still closes the door on what the client asked, and leaves them to guess what happens next. Say it with a cushion and a softened form, and offer what you can do or promise to come back.',
    ja: '「〜は、ちょっと…」「〜は難しいかと…」と言いさしで終えても、お客様のご依頼を断ったことに変わりはなく、次にどうすればよいかが伝わりません。クッション言葉と柔らかい表現でお伝えし、代案や社内での検討をお約束します。',
  },
  examples: {
    valid: [
      { text: 'ご依頼の前倒しは、ちょっと難しいのですが、3月上旬であれば対応可能です。' },
      { text: '申し訳ございませんが、ご依頼の前倒しはちょっと…' },
      { text: 'ご依頼の前倒しは、ちょっと…。代わりに3月上旬でのご提案をさせていただけますでしょうか。' },
      { text: '部材の準備がちょっと遅れております。' },
      { text: '現在の市況は厳しいですね。' },
      { text: 'ちょっとお時間をいただけますでしょうか。' },
    ],
    invalid: [
      {
        text: 'ご依頼の週末納品は、ちょっと…。',
        flagged: 'ちょっと…',
        outputs: ['大変申し訳ございませんが、ご依頼の週末納品は、お受けいたしかねます。'],
      },
      {
        text: 'ご希望の単価の据え置きは、いささか難しいかと。',
        flagged: 'いささか難しいかと',
        outputs: ['大変申し訳ございませんが、ご希望の単価の据え置きは、難しい状況でございます。'],
      },
    ],
  },
  document(ctx) {
    const { sentences } = ctx;
    const { values, kept } = ctx.facts.ofSentences(trailsOf(ctx), ctx.field, sentences, (t) => t !== undefined);
    for (let n = 0; n < kept.length; n++) {
      const i = kept[n]!;
      const t = values[i];
      const s = sentences[i]!;
      if (!t || s.lang !== 'ja' || !carriesTokens(s) || s.start >= ctx.own.length) continue;
      if (QUOTED.test(ctx.lines[s.line]?.text ?? '')) continue;
      const previous = sentences[i - 1];
      const prevLine = previous && previous.line < s.line ? previous.text : '';
      const answersQuestion = QUESTION_MARK.test(prevLine) || QUESTION_END.test(prevLine);
      const f = ctx.facts.of(japaneseFacts, s);
      if (f.question || f.acts.includes('apology') || f.acts.includes('request')) continue;
      // 「その納期はちょっと厳しい」とのご返信: the client's words quoted.
      if (f.quotes.some(([a, b]) => a <= s.start + t.start && s.start + t.start < b)) continue;
      // 御社では厳しい / 貴社としては難しい: a difficulty of theirs, not our no (御社ロゴの刻印は: their thing, our act on it).
      if (f.subjects.some((x) => x.side === 'client' && !x.text.includes('の') && x.start < s.start + t.start)) continue;
      // A word of difficulty says no only about an act or their matter (開催は, 取り置きは, ご希望の数量ですと), never about
      // the market or the weather (市況は厳しいですね).
      // 単価の据え置きは under 「Re: 単価据え置きのお願い」: the topic names the matter of the thread.
      const inSubject = !!t.topic && ctx.field === 'body' && (ctx.draft.subject ?? '').includes(t.topic);
      if (t.kind === 'difficulty' && !t.aboutAct && !inSubject && !jaAskNamed(s.text.slice(0, t.start)) && !answersQuestion) continue;
      if (hasCushion(s.text) || hasCushion(previous?.text) || (previous && previous.lang === 'ja' && carriesTokens(previous) &&
        ctx.facts.of(japaneseFacts, previous).acts.includes('apology'))) continue;
      if (!threadAsks(ctx, s) && !jaAskNamed(s.text) && !jaAskNamed(previous?.text ?? '') && !answersQuestion) continue;
      const next = sentences[i + 1];
      if (japaneseRemedy(s.text.slice(t.end)) !== undefined || (next && remedyIn(ctx, next) !== undefined)) {
        ctx.suppressed('remedy-after', s.start + t.start, s.start + t.end);
        continue;
      }
      report(ctx, s, t);
    }
  },
});

/** The trailed no of a sentence, cached by its text (most sentences have none); the annotator kept in the engine's FactStore. */
function trailsOf(ctx: RuleContext): Annotator<TrailedNo | undefined> {
  return ctx.facts.scratch<Annotator<TrailedNo | undefined>>('ja.blunt-refusal.trailed-refusal/trail', () => ({
    id: 'ja.blunt-refusal.trailed-refusal/trail',
    analyze: (s: Sentence) => (s.lang === 'ja' && carriesTokens(s) ? trailedNo(s) : undefined),
  }));
}

function report(ctx: RuleContext, s: Sentence, t: TrailedNo): void {
  const before = s.text.slice(0, t.start);
  // After an answer line's label (→ / ： ), the cushion opens the answer; else it opens the sentence, after its bullet.
  const label = Math.max(before.lastIndexOf('→'), before.lastIndexOf('⇒'), before.lastIndexOf('：'), before.lastIndexOf(':'));
  let at = label >= 0 ? label + 1 : t.topicAt + leadingConjunctionLength(s.text.slice(t.topicAt));
  while (at < t.start && /\s/.test(s.text[at]!)) at++;
  const cushion = '大変申し訳ございませんが、';
  const softened = t.kind === 'elided' ? 'お受けいたしかねます' : '難しい状況でございます';
  const written = s.text.slice(t.start, t.end);
  ctx.report({
    start: s.start + t.start,
    end: s.start + t.end,
    message: `「${written}」 leaves the no to what the client asked hanging; say it with a cushion and a softened form, and offer what you can do.`,
    messageJa: `「${written}」と言いさしで終えると、ご依頼へのお断りが突き放した印象になります。クッション言葉と「${softened}」で伝え、代案や検討のお約束を添えます。`,
    suggestions: [
      {
        ...suggestion(`${cushion}…${softened}`, 'Apologise and say no softly', 'お詫びを添えて柔らかく断る'),
        edits: [
          { start: s.start + at, end: s.start + at, text: cushion },
          { start: s.start + t.start, end: s.start + t.end, text: softened },
        ],
      },
    ],
  });
}
