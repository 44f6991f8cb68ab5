/**
 * `text.matchAll(re)` without its cost: String.prototype.matchAll clones the regex (a new RegExp through
 * @@species) and walks an iterator per call, which is 3–6× the matching itself when a sentence is tested against
 * a list of dozens of short patterns (casual forms, refusals, phrase lists). This runs `exec` on the regex itself
 * and gives the same matches, eagerly, with the same semantics: it starts at `re.lastIndex`, steps over empty
 * matches as matchAll does (by code point with the u or v flag), and leaves `re.lastIndex` as it found it — so a
 * loop body may use the same regex, as it could with the clone. Like matchAll, it requires the g flag.
 */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchAll: the regex needs the g flag');
  const saved = re.lastIndex;
  const fullUnicode = re.unicode || (re as RegExp & { unicodeSets?: boolean }).unicodeSets === true;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, fullUnicode);
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

/** AdvanceStringIndex of the spec. */
function advance(text: string, at: number, fullUnicode: boolean): number {
  if (!fullUnicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return at + 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/**
 * A twin of a Unicode regex (flag u, mostly with i) without the u flag, for texts where the two match alike — V8
 * runs /iu through Unicode case folding and is ~6× slower on the short English phrase patterns. They
 * match alike when the pattern needs no Unicode syntax (\p, \P, \u{…}) and has no cased character beyond ASCII
 * (so both flags fold the same letters), and the text holds no character either folds differently: ſ (U+017F) and
 * the Kelvin sign (U+212A), which /iu folds to s and k (also in \w and \b), and no surrogate (so code points and
 * code units are the same). `plainText` says the latter; undefined when the pattern does not qualify.
 */
export function caselessTwin(re: RegExp): RegExp | undefined {
  if (!re.unicode) return undefined;
  const src = re.source;
  if (/\\[pP]|\\u\{/.test(src)) return undefined;
  for (const ch of src) if (ch.charCodeAt(0) > 0x7f && !CASELESS.test(ch)) return undefined;
  // A class range with an end beyond ASCII ([!-ぁ]) may hold cased letters between its ends.
  for (const m of src.matchAll(/(?<=(.))-(?=(.))/gsu)) {
    const [a, b] = [m[1]!, m[2]!];
    if ((a.charCodeAt(0) > 0x7f || b.charCodeAt(0) > 0x7f) && !(CASELESS.test(a) && CASELESS.test(b))) return undefined;
  }
  try {
    return new RegExp(src, re.flags.replace('u', ''));
  } catch {
    return undefined;
  }
}

const twins = new WeakMap<RegExp, RegExp | null>();

/**
 * caselessTwin(re), built the first time a search asks for it and kept with the regex. Built with the phrase
 * tables, the twins of every list (~1,000 regexes, each read character by character) ran at the engine worker's
 * start, before it could answer, for lists a draft may never search.
 */
export function twinOf(re: RegExp): RegExp | undefined {
  let twin = twins.get(re);
  if (twin === undefined) twins.set(re, (twin = caselessTwin(re) ?? null));
  return twin ?? undefined;
}

/** Blocks with no cased character: general punctuation, CJK symbols, kana, ideographs, fullwidth signs. */
const CASELESS = /^[\u2010-\u206f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff20\uff3b-\uff40\uff5b-\uff65]$/;
const FOLDS_APART = /[\u017f\u212a\ud800-\udfff]/;

/** Whether a caselessTwin matches in `text` exactly as its /iu original does. */
export const plainText = (text: string): boolean => !FOLDS_APART.test(text);

/**
 * The least k such that `pattern` matches text.slice(0, k), or Infinity. For a pattern with no anchor, boundary or
 * look-around (a set of alternatives of literal words), a match in a prefix is a match of the text ending inside it,
 * so the answer is the soonest end of any match. No match starts before the leftmost one's start, but one starting
 * later (a shorter alternative) may end sooner: the prefixes of the leftmost match's stretch are tried, halving.
 * Read once per parse, it answers "does the pattern match before offset k" for every k (engine.ts paragraphHas,
 * src/rules/ja/lib/verdict-line.ts).
 */
export function firstMatchEnd(text: string, pattern: RegExp): number {
  const m = pattern.exec(text);
  if (!m) return Infinity;
  let lo = m.index + 1;
  let hi = m.index + m[0].length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pattern.test(text.slice(m.index, mid))) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}
