import type { Line } from '../../../engine/types';
import { isJapaneseName } from './names';

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
  /** A Western title (Mr., Ms., Dr.) stands in the address: it belongs with the surname. */
  titled: boolean;
  /** "Sir" or "Madam" standing before a name ("Dear Sir Tanaka,"): a form of address, not a title for a surname. */
  sirBeforeName?: boolean;
  /** "-kun" / "-chan" on a name: the suffix's range, for a client who should get "-san". */
  familiar?: { start: number; end: number };
  /** A Japanese honorific (-san, -sama, 様) on a name, as a suffix or a word of its own ("Tanaka San"). */
  suffixed?: boolean;
  /** Names joined by "and" / "&": several people ("Hi Kenji and Yuki,"), not one full name. */
  joined: boolean;
  start: number;
  /** End of greeting + names, before the comma. */
  end: number;
  greetingEnd: number;
  /**
   * The greeting is no word of GREETING ("G'day", "Hola", "Happy Monday", "Thanks"): the words before a lone
   * name on the first line. Set only when that name is a Japanese one.
   */
  other?: boolean;
}

const GREETING =
  /^(hi|hello|hey|heya|hiya|howdy|yo|dear|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon)\b/i;
const GROUP = /^(there|guys|all|team|everyone|everybody|folks|both|y['’]all|gang|people|friends|colleagues)\b/i;
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam)\.?$/i;
const HONORIFIC = /^(?:san|sama|sensei|dono|様|さん|殿)$/i;
const HONORIFIC_SUFFIX = /(?:-(?:san|sama|sensei|dono)|様|さん|殿)$/i;
/** Suffixes for juniors, children and close friends: never for a client. */
const FAMILIAR_SUFFIX = /-(?:kun|chan)$|(?:君|くん|ちゃん)$/i;
/** A capitalised word of an address: "Kenji", "O'Brien", "Mr.", "Jean-Luc". Sticky: read at one place. */
const NAME_WORD = /\p{Lu}[\p{L}'’.-]*/uy;
const SPACE = /\s/u;
/** More name words than this and the line is a list or a sentence in capitals, not an address. */
const MAX_NAMES = 6;
/** A header line of a meeting invitation or a forwarded mail ("When: …", "Attendees: …"). */
const HEADER = /^[\p{L} /]{1,30}[:：]\s/u;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const MAX_LINES = 8;
/** Cities and regions that are also surnames: "Osaka, as you know, …" opens a sentence, not a greeting. */
const PLACES = new Set(
  'tokyo osaka kyoto nagoya kobe yokohama sapporo fukuoka sendai hiroshima nara chiba saitama kawasaki okinawa hokkaido kyushu shikoku honshu kansai kanto tohoku niigata kanazawa shizuoka okayama kumamoto kagoshima nagasaki'.split(' '),
);

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
    if (HEADER.test(trimmed)) continue;
    // "Dear 田中," in an English mail: an English greeting before a name in kanji.
    if (JAPANESE.test(trimmed)) {
      const kanji = parseKanjiAddress(line);
      if (kanji) return kanji;
      continue;
    }
    return parseSalutation(line);
  }
  return undefined;
}

function parseSalutation(line: Line): Salutation | undefined {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.slice(lead);
  const base = line.start + lead;
  const g = GREETING.exec(text);
  if (!g) return parseBareName(text, base) ?? parseOtherGreeting(text, base);
  // "Hello, Kenji!" puts a comma between the greeting and the name: the address starts after it; so does
  // "Hello again, Kenji!", with a filler word before the comma.
  const filler = /^\s+(\p{Ll}{2,10})\s*(?=,)/u.exec(text.slice(g[0].length));
  const afterFiller = filler && !NOT_FILLERS.has(filler[1]!) ? commaBeforeName(text, g[0].length + filler[0].length) : 0;
  const head = afterFiller > 0 ? g[0].length + filler![0].length + afterFiller : g[0].length + commaBeforeName(text, g[0].length);
  // The address runs to the first comma, colon, full stop (not a title's: "Mr. Sato"), exclamation mark or dash.
  const stop = /[,!:;?—–]|(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof))\.|\s-\s/i.exec(text.slice(head));
  const addressEnd = head + (stop ? stop.index : text.length - head);
  const address = text.slice(head, addressEnd);
  const sal: Salutation = {
    greeting: g[1]!.toLowerCase(),
    names: [],
    honoured: false,
    titled: false,
    joined: false,
    start: base,
    end: base + g[0].length,
    greetingEnd: base + g[0].length,
  };
  let offset = head; // where the names start, relative to `text`
  let rest = address;
  const group = GROUP.exec(address.trimStart());
  if (group) {
    const groupEnd = address.length - address.trimStart().length + group[0].length;
    sal.end = base + g[0].length + groupEnd;
    rest = address.slice(groupEnd);
    offset += groupEnd;
    // "Hi there Kenji," names someone after all; "Hi there," does not.
    if (!/\p{Lu}/u.test(rest)) {
      sal.group = group[1]!.toLowerCase();
      return sal;
    }
  }
  for (const m of rest.matchAll(/[^\s&]+|&/g)) {
    const word = m[0];
    const start = base + offset + m.index;
    if (/^(?:and|&)$/i.test(word)) {
      sal.joined = true;
      continue;
    }
    if (TITLE.test(word) || HONORIFIC.test(word)) {
      sal.honoured = true;
      if (HONORIFIC.test(word)) sal.suffixed = true;
      if (TITLE.test(word)) sal.titled = true;
      if (/^(?:sir|madam)$/i.test(word)) sal.sirBeforeName = true;
      sal.end = start + word.length;
      continue;
    }
    // "hi kenji," typed all in lower case: a Japanese name standing alone as the whole address.
    if (!/^\p{Lu}/u.test(word) && sal.names.length === 0 && m.index + word.length === rest.trimEnd().length && isJapaneseName(word)) {
      const bare = word.charAt(0).toUpperCase() + word.slice(1);
      sal.names.push({ text: bare, start, end: start + word.length });
      sal.end = start + word.length;
      return sal;
    }
    // A lower-case word ends the address ("Hi again,", "Hello and welcome"), unless it only stands between the
    // greeting and the name the address ends with: "Hi again Aya,", "Hello dear Misaki," still name Aya and Misaki.
    if (!/^\p{Lu}/u.test(word)) {
      if (sal.names.length === 0 && !sal.honoured && fillerBeforeName(word, rest.slice(m.index + word.length))) continue;
      return sal;
    }
    // Each name may be looked up across the whole mail (a surname next to it): the cap keeps that linear.
    if (sal.names.length === MAX_NAMES) return undefined;
    if (HONORIFIC_SUFFIX.test(word)) sal.honoured = sal.suffixed = true;
    const familiar = FAMILIAR_SUFFIX.exec(word);
    if (familiar) sal.familiar = { start: start + familiar.index, end: start + word.length };
    const bare = word.replace(HONORIFIC_SUFFIX, '').replace(FAMILIAR_SUFFIX, '');
    sal.names.push({ text: bare, start, end: start + bare.length });
    sal.end = start + word.length;
  }
  return sal;
}

/**
 * The length of the ", " of "Hello, Kenji!" / "Hi, Tanaka." / "Hello, Mr. Sato," (white space, a comma,
 * white space) when one to three capitalised words follow that end the line or a clause; 0 otherwise.
 * "Hello, I am …" and "Hi, Thanks for …" go on with a sentence, not a name. A scan from `from`: the regular
 * expression it replaces let two runs of white space overlap and took quadratic time on a long line.
 */
function commaBeforeName(text: string, from: number): number {
  let i = skipSpace(text, from);
  if (text[i] !== ',') return 0;
  const head = skipSpace(text, i + 1);
  if (text[head] === 'I' && !/\w/.test(text[head + 1] ?? '')) return 0;
  i = head;
  for (let words = 1; words <= 3; words++) {
    NAME_WORD.lastIndex = i;
    if (!NAME_WORD.test(text)) return 0;
    const gap = skipSpace(text, NAME_WORD.lastIndex);
    // The words end the line, a clause (",", "!", ":", ";"), or the line after a lone full stop.
    if (gap === text.length || /[,!:;]/.test(text[gap]!)) return head - from;
    if (text[gap] === '.' && skipSpace(text, gap + 1) === text.length) return head - from;
    if (gap === NAME_WORD.lastIndex) return 0; // another character, not a space, follows the word
    i = gap;
  }
  return 0;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

/** A name in kanji (surname, or surname and given name), with the honorific after it when there is one. */
const KANJI_ADDRESS = /^([\u3400-\u9fff々]{1,4}?(?:[ \u3000][\u3400-\u9fff々]{1,4}?)?)(様|さん|殿|御中)?\s*(?:[,，、:]\s*)?$/u;

/**
 * "Dear 田中," / "Hi 佐藤様,": an English greeting before a name written in kanji. Japanese address lines
 * without an English greeting ("営業部 田中様") belong to the Japanese rules and are skipped.
 */
function parseKanjiAddress(line: Line): Salutation | undefined {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.slice(lead);
  const g = GREETING.exec(text);
  if (!g || !/^\s/.test(text.slice(g[0].length))) return undefined;
  const nameAt = g[0].length + (text.length - g[0].length - text.slice(g[0].length).trimStart().length);
  const m = KANJI_ADDRESS.exec(text.slice(nameAt));
  if (!m) return undefined;
  const base = line.start + lead;
  const start = base + nameAt;
  return {
    greeting: g[1]!.toLowerCase(),
    names: [{ text: m[1]!, start, end: start + m[1]!.length }],
    honoured: m[2] !== undefined,
    titled: false,
    joined: false,
    start: base,
    end: start + m[1]!.length + (m[2]?.length ?? 0),
    greetingEnd: base + g[0].length,
  };
}

/**
 * "Sato," alone on its line, or a name and a comma before a lower-case word ("Kenji, thanks for the
 * call."). "Osaka, 12 May 2025" (a date line) is neither.
 */
function parseBareName(text: string, base: number): Salutation | undefined {
  // "Mr. Hiroshi," with no greeting word: a titled address of its own.
  const titled = /^(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+(\p{Lu}[\p{L}'’]*)\s*,\s*$/u.exec(text);
  if (titled) {
    const nameStart = base + titled[0].indexOf(titled[1]!, 2);
    return {
      greeting: '',
      names: [{ text: titled[1]!, start: nameStart, end: nameStart + titled[1]!.length }],
      honoured: true,
      titled: true,
      joined: false,
      start: base,
      end: nameStart + titled[1]!.length,
      greetingEnd: base,
    };
  }
  // "Sato," (perhaps going on in lower case), or "Sato —", "Sato -", "Kenji:", "Kenji!" alone on the line
  // (a hyphen typed for a dash needs a space before it: "Sato-" is a name cut short).
  const m = /^(\p{Lu}[\p{L}'’]*?)((?:-(?:san|sama|sensei|kun|chan))?)(?:\s*,(\s*$|\s+(?=\p{Ll}))|(?:\s*[:!—–]|\s+-)\s*$)/u.exec(text);
  if (!m) return undefined;
  const continued = text.slice(m[0].length).trim() !== '';
  const comma = m[3] !== undefined;
  if ((continued || !comma) && PLACES.has(m[1]!.toLowerCase())) return undefined;
  const nameEnd = base + m[1]!.length;
  const familiar = /-(?:kun|chan)$/.test(m[2]!);
  return {
    greeting: '',
    names: [{ text: m[1]!, start: base, end: nameEnd }],
    honoured: m[2] !== '' && !familiar,
    titled: false,
    ...(familiar ? { familiar: { start: nameEnd, end: nameEnd + m[2]!.length } } : {}),
    joined: false,
    start: base,
    end: base + m[1]!.length + m[2]!.length,
    greetingEnd: base,
  };
}

/** Words that make a lower-case run before a capitalised word a phrase of its own, not a filler: "Hello from Osaka". */
const NOT_FILLERS = new Set(
  'from to at in on of for with by about into via the a an this that these those is are am was be our my your their its i we you it here'.split(' '),
);

/**
 * "again" in "Hi again Aya,", "dear" in "Hello dear Misaki,": a lower-case word (or two) between the greeting
 * and a capitalised word that ends the address. A preposition, an article or a pronoun starts a phrase instead
 * ("Hello from Osaka,", "Hi to the whole team").
 */
function fillerBeforeName(word: string, after: string): boolean {
  if (!/^\p{Ll}{2,10}$/u.test(word) || NOT_FILLERS.has(word)) return false;
  const m = /^\s+(?:(\p{Ll}{2,10})\s+)?\p{Lu}[\p{L}'’-]*\s*$/u.exec(after);
  return m !== null && (m[1] === undefined || !NOT_FILLERS.has(m[1]));
}

/** A word of the lead that makes the first line a sentence or a phrase about something else, not a greeting. */
const NOT_GREETING = new Set([...NOT_FILLERS, 'please', 'meet', 'see', 'call', 'ask', 'contact', 'attn', 'attention', 're', 'fw', 'fwd', 'cc', 'name', "i'm", 'i’m', 'dear']);

/**
 * "G'day Kenji,", "Hola Ryota,", "Happy Monday Ayumi!", "Thanks Naoki!": one to three words that open the mail,
 * then a lone Japanese name that ends the first line. Whatever the words are, the name is the address, and a
 * given name or a bare surname is the salutation's problem. Any other word in the lead ("This is Kenji,",
 * "Greetings from Kyoto,", "Please meet Yuki,") makes the line something else.
 */
function parseOtherGreeting(text: string, base: number): Salutation | undefined {
  const m = /^(\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+){0,2}),? (\p{Lu}[\p{L}'’]*)[,!.:]?$/u.exec(text.trimEnd());
  if (!m) return undefined;
  const lead = m[1]!;
  const name = m[2]!;
  if (lead.split(' ').some((w) => NOT_GREETING.has(w.toLowerCase()) || TITLE.test(w))) return undefined;
  if (!isJapaneseName(name) || PLACES.has(name.toLowerCase())) return undefined;
  const nameStart = base + text.lastIndexOf(name, m[0].length);
  return {
    greeting: lead.toLowerCase(),
    names: [{ text: name, start: nameStart, end: nameStart + name.length }],
    honoured: false,
    titled: false,
    joined: false,
    start: base,
    end: nameStart + name.length,
    greetingEnd: base + lead.length,
    other: true,
  };
}
