// The Japanese a phrase rule reads in a sentence. A Japanese sentence is read whole; an English one (a mail in
// English that drops in 了解です, ご苦労様です or 御社) is read run by run: each stretch of Japanese script is
// Japanese, judged as it would be in a Japanese mail, however much English is around it.
import { hasJapanese } from '../../../engine/language';
import type { Sentence } from '../../../engine/types';
import { matchAll } from '../../../engine/match-all';

export interface JapaneseSpan {
  text: string;
  /** Where `text` starts in the sentence. */
  offset: number;
  /** Nothing but punctuation follows the run: it ends a clause (了解です! / なるほどですね, …), not a noun phrase (the よろしく campaign). */
  closed: boolean;
}

/** A run of Japanese script with its own punctuation (、。！？「」・〜). */
const RUN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆〜～、。！？「」『』（）・]+/gu;
const SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;

export function japaneseSpans(s: Pick<Sentence, 'text' | 'lang'>): JapaneseSpan[] {
  if (s.lang === 'ja') return [{ text: s.text, offset: 0, closed: true }];
  return japaneseRuns(s.text);
}

/** English words on either side of a space: a sentence written partly in English. */
const ENGLISH_PHRASE = /[A-Za-z]{2}[ ,][ ,]?[A-Za-z]{2}/;

/**
 * The runs of Japanese script in a sentence that holds English prose ("Hi Ueda-san, なるほどですね, that makes
 * sense." counts as Japanese by its letters): none in a Japanese sentence with a name or term in Latin letters.
 */
export function japaneseRuns(text: string): JapaneseSpan[] {
  if (!hasJapanese(text) || !ENGLISH_PHRASE.test(text)) return [];
  const out: JapaneseSpan[] = [];
  for (const m of matchAll(text, RUN)) {
    if (!SCRIPT.test(m[0])) continue;
    const after = text.slice(m.index + m[0].length);
    out.push({ text: m[0], offset: m.index, closed: !/^\s*[A-Za-z0-9(]/.test(after) });
  }
  return out;
}
