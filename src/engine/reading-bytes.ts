// The compact dictionary's readings (katakana) in one byte a character instead of UTF-8's three: the
// readings were ~half of the records section, so the dictionary the extension holds shrinks by ~3 MB. Written
// at build time (compact-dictionary-build.ts), read per token (kuromoji-compact.ts KnownFeatures).
//   0x00–0x7f  that ASCII character
//   0x80–0xdf  U+30A0 + (byte − 0x80): the katakana block (ァ…ヿ, ー and ・ included)
//   0xff       escape: the next 1–4 bytes are one character in UTF-8 (hiragana, kanji, anything else)

const KATAKANA = 0x30a0;
const ESCAPE = 0xff;

/** The bytes of `text` in this encoding (build time). */
export function encodeReading(text: string): number[] {
  const out: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp >= KATAKANA && cp < KATAKANA + 0x60) out.push(0x80 + cp - KATAKANA);
    else out.push(ESCAPE, ...new TextEncoder().encode(char));
  }
  return out;
}

/** The reading in bytes [from, to) of `bytes` (run time: short, one string a token). */
export function decodeReading(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; ) {
    const b = bytes[i++]!;
    if (b < 0x80) text += String.fromCharCode(b);
    else if (b !== ESCAPE) text += String.fromCharCode(KATAKANA + b - 0x80);
    else {
      const lead = bytes[i]!;
      const n = lead < 0x80 ? 1 : lead >> 5 === 0x06 ? 2 : lead >> 4 === 0x0e ? 3 : 4;
      let cp = n === 1 ? lead : lead & (0xff >> (n + 1));
      for (let k = 1; k < n; k += 1) cp = (cp << 6) | (bytes[i + k]! & 0x3f);
      text += String.fromCodePoint(cp);
      i += n;
    }
  }
  return text;
}
