import type { Lang } from './types';

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/g;
const KANJI = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

/**
 * Language of one sentence. Mixed mail is normal (「ご確認ください」 after "Dear Mr. Sato,"), so this is
 * decided per sentence: any kana makes it Japanese unless Latin letters clearly dominate
 * (an English sentence quoting one Japanese word), and kanji without kana counts as Japanese.
 */
export function detectLanguage(text: string): Lang {
  const kana = text.match(KANA)?.length ?? 0;
  const kanji = text.match(KANJI)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  const cjk = kana + kanji;
  if (cjk === 0) return 'en';
  // A Latin letter carries less than a CJK character: "Ms. Linda Parkに変わります" is Japanese.
  return latin > cjk * 4 ? 'en' : 'ja';
}

/** True when the text holds any Japanese script at all. */
export function hasJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
}
