import type { Line } from '../../../engine/types';

/** The opening greeting of a mail, found among its first lines. Offsets are into the field. */
export interface Salutation {
  /** "Hi", "Dear", "Hey" … (lower-cased), or '' for a bare name line ("Sato,"). */
  greeting: string;
  /** A word after the greeting that addresses nobody in particular: "there", "guys", "all". */
  group?: string;
  /** Name words after the greeting, titles and honorifics excluded. */
  names: Array<{ text: string; start: number; end: number }>;
  /** A title (Mr., Ms., Dr.) or an honorific (-san, -sama, 様) is present. */
  honoured: boolean;
  start: number;
  /** End of greeting + names, before the comma. */
  end: number;
  greetingEnd: number;
}

const GREETING =
  /^(hi|hello|hey|heya|hiya|howdy|yo|dear|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon)\b/i;
const GROUP = /^(there|guys|all|team|everyone|everybody|folks|both|y['’]all|gang|people|friends|colleagues)\b/i;
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam)\.?$/i;
const HONORIFIC = /^(?:san|sama|sensei|dono|様|さん|殿)$/i;
const HONORIFIC_SUFFIX = /(?:-(?:san|sama|sensei|dono)|様|さん|殿)$/i;
/** A header line of a meeting invitation or a forwarded mail ("When: …", "Attendees: …"). */
const HEADER = /^[\p{L} /]{1,30}[:：]\s/u;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const MAX_LINES = 8;

/**
 * The salutation of a mail: the first line (among the first few non-empty ones, after header lines and
 * Japanese address lines) that is a greeting ("Hi Kenji," "Dear Mr. Sato,") or a bare name ("Sato,").
 * Returns undefined when the mail opens with anything else.
 */
export function findSalutation(lines: readonly Line[]): Salutation | undefined {
  let seen = 0;
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (!trimmed || /^\s*>/.test(line.text)) continue;
    if (++seen > MAX_LINES) return undefined;
    if (HEADER.test(trimmed) || JAPANESE.test(trimmed)) continue;
    return parseSalutation(line);
  }
  return undefined;
}

function parseSalutation(line: Line): Salutation | undefined {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.slice(lead);
  const base = line.start + lead;
  const g = GREETING.exec(text);
  if (!g) return parseBareName(text, base);
  // The address runs to the first comma, colon, full stop, exclamation mark or dash.
  const stop = /[,!:;.?—–]|\s-\s/.exec(text.slice(g[0].length));
  const addressEnd = g[0].length + (stop ? stop.index : text.length - g[0].length);
  const address = text.slice(g[0].length, addressEnd);
  const sal: Salutation = {
    greeting: g[1]!.toLowerCase(),
    names: [],
    honoured: false,
    start: base,
    end: base + g[0].length,
    greetingEnd: base + g[0].length,
  };
  const group = GROUP.exec(address.trimStart());
  if (group) {
    sal.group = group[1]!.toLowerCase();
    sal.end = base + g[0].length + (address.length - address.trimStart().length) + group[0].length;
    return sal;
  }
  for (const m of address.matchAll(/[^\s&]+/g)) {
    const word = m[0];
    const start = base + g[0].length + m.index;
    if (/^(?:and)$/i.test(word)) continue;
    if (TITLE.test(word) || HONORIFIC.test(word)) {
      sal.honoured = true;
      sal.end = start + word.length;
      continue;
    }
    // A lower-case word ends the address: "Hi again,", "Hello and welcome".
    if (!/^\p{Lu}/u.test(word)) return sal;
    if (HONORIFIC_SUFFIX.test(word)) sal.honoured = true;
    const bare = word.replace(HONORIFIC_SUFFIX, '');
    sal.names.push({ text: bare, start, end: start + bare.length });
    sal.end = start + word.length;
  }
  return sal;
}

/** "Sato," alone on its line. */
function parseBareName(text: string, base: number): Salutation | undefined {
  const m = /^(\p{Lu}[\p{L}'’]*)((?:-(?:san|sama|sensei))?)\s*,\s*$/u.exec(text);
  if (!m) return undefined;
  return {
    greeting: '',
    names: [{ text: m[1]!, start: base, end: base + m[1]!.length }],
    honoured: m[2] !== '',
    start: base,
    end: base + m[1]!.length + m[2]!.length,
    greetingEnd: base,
  };
}
