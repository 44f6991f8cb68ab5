import Encoding from 'encoding-japanese';

/** The encodings a draft file may come in; what the CLI reports when it had to guess. */
export type Charset = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Shift_JIS' | 'EUC-JP' | 'ISO-2022-JP';

const DETECTED: Record<string, Charset> = { SJIS: 'Shift_JIS', EUCJP: 'EUC-JP', JIS: 'ISO-2022-JP', UTF8: 'UTF-8', ASCII: 'UTF-8' };
const SOURCE: Record<Charset, Encoding.Encoding> = {
  'UTF-8': 'UTF8', 'UTF-16LE': 'UTF16LE', 'UTF-16BE': 'UTF16BE', Shift_JIS: 'SJIS', 'EUC-JP': 'EUCJP', 'ISO-2022-JP': 'JIS',
};

/** ISO-2022-JP switches to JIS X 0208 with ESC $ B (or ESC $ @); plain ASCII never has these. */
function hasJisEscapes(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0x1b && bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) return true;
  }
  return false;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The charset of text bytes that do not declare one: a byte-order mark, else UTF-8 when the bytes are valid
 * UTF-8 and carry no ISO-2022-JP escapes, else what encoding-japanese detects (Shift_JIS, EUC-JP). Undefined
 * when it is none of these.
 */
export function detectCharset(bytes: Uint8Array): Charset | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  if (hasJisEscapes(bytes)) return 'ISO-2022-JP';
  if (isUtf8(bytes)) return 'UTF-8';
  const found = Encoding.detect(bytes);
  return typeof found === 'string' ? DETECTED[found] : undefined;
}

/** Decodes text bytes in `charset` to a string without a byte-order mark. */
export function decodeAs(bytes: Uint8Array, charset: Charset): string {
  let text: string;
  if (charset === 'UTF-8' || charset === 'UTF-16LE' || charset === 'UTF-16BE') {
    text = new TextDecoder(charset.toLowerCase()).decode(bytes);
  } else {
    text = Encoding.convert(bytes, { to: 'UNICODE', from: SOURCE[charset], type: 'string' });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Bytes of a file whose charset is unknown, decoded; `name` names the file in the error. */
export function decodeText(bytes: Uint8Array, name: string, fail: (message: string) => Error): string {
  const charset = detectCharset(bytes);
  if (!charset) {
    throw fail(`${name}: the text is not in a known character encoding (allowed: UTF-8, UTF-16 with a byte-order mark, Shift_JIS, EUC-JP, ISO-2022-JP)`);
  }
  return decodeAs(bytes, charset);
}

/** The message's bytes re-encoded as UTF-8 when it declares no charset anywhere and is not UTF-8 already. */
export function charsetlessMailToUtf8(raw: Uint8Array): Uint8Array {
  const head = Buffer.from(raw).toString('latin1');
  if (/charset\s*=/i.test(head)) return raw;
  const charset = detectCharset(raw);
  if (!charset || charset === 'UTF-8') return raw;
  return new TextEncoder().encode(decodeAs(raw, charset));
}
