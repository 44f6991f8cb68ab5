import type { Lang } from './types';

/**
 * Language of one sentence. Mixed mail is normal (「ご確認ください」 after "Dear Mr. Sato,"), so this is
 * decided per sentence: any kana makes it Japanese unless Latin letters clearly dominate
 * (an English sentence quoting one Japanese word), and kanji without kana counts as Japanese.
 */
export function detectLanguage(text: string): Lang {
  // Counted code unit by code unit (kana U+3040–30FF and half-width U+FF66–FF9F; kanji U+3400–9FFF and
  // U+F900–FAFF; A–Z, a–z): one pass and no match arrays, for every sentence of every draft.
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      cjk++;
    }
  }
  if (cjk === 0) return 'en';
  // A Latin letter carries less than a CJK character: "Ms. Linda Parkに変わります" is Japanese.
  return latin > cjk * 4 ? 'en' : 'ja';
}

/** True when the text holds any Japanese script at all. */
export function hasJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
}
