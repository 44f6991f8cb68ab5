/**
 * The spelling-independent key of a romanised Japanese name. People write the same name several ways:
 * with or without long vowels (Ohno / Ono / Oono / Ōno, Yuuki / Yuki / Yūki, Shouta / Shota), with
 * Hepburn's m before b/m/p (Homma / Honma) or an apostrophe (Shin'ichi). The generated name lists store
 * keys, and the rules look words up by key, so one entry covers every spelling.
 * Used by scripts/build-names.mjs as well: keep it dependency-free.
 */
export function nameKey(word: string): string {
  let key = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // ō → o, ū → u, â → a
    .replace(/['’‘-]/g, '')
    .replace(/m(?=[bmp])/g, 'n')
    .replace(/cch/g, 'tch')
    .replace(/oh(?![aeiouy])/g, 'o'); // Ohno, Ohta, Kohno
  // Long vowels collapse until nothing changes, so that a key is its own key (chouuemon → choemon).
  for (let prev = ''; prev !== key; ) {
    prev = key;
    key = key.replace(/ou|oo/g, 'o').replace(/uu/g, 'u');
  }
  return key;
}

/** True when the word could be a romanised Japanese name at all (ASCII letters, macrons, an apostrophe). */
export function looksRomanised(word: string): boolean {
  return /^[A-Za-zĀāĒēĪīŌōŪūÂâÊêÎîÔôÛû'’]+$/.test(word);
}
