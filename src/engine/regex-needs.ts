/**
 * Round 45: the literal text a regex's every match must hold somewhere, read from its source — the second cheap test
 * (after regex-prefixes.ts's first characters) that skips a regex on a text where it cannot match. The English casual
 * words (217 patterns) left ~39 candidates a sentence after the prefixes: 14 whose start cannot be read
 * (`\b(?!such\b|well\b)[a-z]{2,12}\s{1,3}as\s+a\s+pound`, `^(?:just\s+)?(?:quick\s+)?heads?[-\s]?up\b`) and many whose
 * prefix is a common word (`\ba\s+ballpark`, `\bthe\s+bee['’]s\s+knees`); each still cost an `exec` (3.4 % of a cold
 * English analysis). Their later words ("pound", "ballpark", "knees") are nearly never in a sentence.
 *
 * The reading is conservative, as the prefixes' is. An alternative needs one of the texts that some item of its own
 * sequence needs: a run of literal characters that cannot be left out (a literal before `?`, `*` or `{0,…}` ends the
 * run without it; one before `+` or `{n,…}` ends it after one copy), or a group that cannot be left out (what one of its
 * alternatives needs). Assertions (^, $, \b, look-arounds) are passed over: ignoring a condition only widens what may
 * match. Classes, class escapes, dots and back-references need nothing. A regex needs what each of its top-level
 * alternatives needs (any of them); when one alternative needs nothing readable the regex is unread (undefined: always
 * run). Under flag i the texts are lower case, to be found in the lower-cased text; a cased letter beyond ASCII ends the
 * run unread. Of the items of a sequence the one kept is the one with the longest shortest text (fewest texts on a tie).
 */

/** Texts one of which every match holds (lower case when `caseless`: find them in the lower-cased text). */
export interface Needs {
  caseless: boolean;
  anyOf: string[];
}

/** Characters that are syntax outside a class and so cannot be read as themselves. */
const SYNTAX = new Set(['(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '.', '^', '$', '\\']);
/** Escapes of a character that stands for itself (identity escapes of punctuation, in u mode and out of it). */
const IDENTITY_ESCAPE = /^[\^$\\.*+?()[\]{}|/\-,:;=!<>#&~%@'"`_ ]$/;
/** Escapes that stand for a class or a control character, two source characters long: they need nothing. */
const CLASS_ESCAPE = /^[dDwWsSnrtvf0]$/;
/** Blocks with no cased character: as regex-prefixes.ts CASELESS. */
const CASELESS = /^[\u2010-\u206f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff20\uff3b-\uff40\uff5b-\uff65]$/;

/** A pattern the readers cannot read (regex-prefixes.ts shares it). */
export class Unread extends Error {}

/** Whether a look-around group opens at `at`: (?= (?! (?<= (?<!. */
export function lookAroundAt(src: string, at: number): boolean {
  return src[at] === '(' && src[at + 1] === '?' && (src[at + 2] === '=' || src[at + 2] === '!' ||
    (src[at + 2] === '<' && (src[at + 3] === '=' || src[at + 3] === '!')));
}

/** Past a group from its `(` at `at`, nested groups, classes and escapes stepped over: the index after its `)`. */
export function pastGroup(src: string, at: number): number {
  let depth = 0;
  while (at < src.length) {
    const c = src[at]!;
    if (c === '\\') at += 2;
    else if (c === '[') at = pastClass(src, at);
    else {
      at++;
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return at;
    }
  }
  throw new Unread();
}

/** Past a class from its `[` at `at`: the index after its `]`. */
export function pastClass(src: string, at: number): number {
  at++;
  while (at < src.length) {
    const c = src[at]!;
    if (c === '\\') at += 2;
    else if (c === '[') throw new Unread(); // v-mode nesting: not read
    else {
      at++;
      if (c === ']') return at;
    }
  }
  throw new Unread();
}

/** What every match of `re` holds, or undefined when it cannot be read (see the file's comment). */
export function needsOf(re: RegExp): Needs | undefined {
  if (re.flags.includes('v')) return undefined;
  try {
    const reader = new Reader(re.source, re.ignoreCase);
    const needs = reader.alternatives();
    if (reader.at < re.source.length || needs === undefined) return undefined;
    return { caseless: re.ignoreCase, anyOf: [...new Set(needs)] };
  } catch (e) {
    if (e instanceof Unread) return undefined;
    throw e;
  }
}

/** Which of two needs is the better test: the longer shortest text, then fewer texts. */
function better(a: string[] | undefined, b: string[]): string[] {
  if (a === undefined) return b;
  const shortest = (x: string[]) => Math.min(...x.map((s) => s.length));
  const [sa, sb] = [shortest(a), shortest(b)];
  return sb > sa || (sb === sa && b.length < a.length) ? b : a;
}

class Reader {
  at = 0;
  constructor(private readonly src: string, private readonly caseless: boolean) {}

  /** Alternatives up to a `)` or the end: what one of them needs, or undefined when one needs nothing readable. */
  alternatives(): string[] | undefined {
    const out: string[] = [];
    let all = true;
    for (;;) {
      const one = this.sequence();
      if (one === undefined) all = false;
      else out.push(...one);
      if (this.src[this.at] !== '|') return all ? out : undefined;
      this.at++;
    }
  }

  /** One alternative, read to its end (`|`, `)` or the end of the source): the best of what its items need. */
  private sequence(): string[] | undefined {
    const { src } = this;
    let best: string[] | undefined;
    let run = '';
    let runReadable = true;
    const endRun = () => {
      if (run !== '' && runReadable) best = better(best, [run]);
      run = '';
      runReadable = true;
    };
    for (;;) {
      const c = src[this.at];
      if (c === undefined || c === '|' || c === ')') {
        endRun();
        return best;
      }
      if (c === '^' || c === '$') {
        endRun();
        this.at++;
        continue;
      }
      if (c === '(') {
        endRun();
        if (lookAroundAt(this.src, this.at)) {
          this.at = pastGroup(this.src, this.at);
          this.quantifier();
          continue;
        }
        this.at++;
        if (src[this.at] === '?') {
          if (src[this.at + 1] === ':') this.at += 2;
          else if (src[this.at + 1] === '<') {
            const close = src.indexOf('>', this.at);
            if (close < 0 || !/^<[A-Za-z_$][\w$]*>$/.test(src.slice(this.at + 1, close + 1))) throw new Unread();
            this.at = close + 1;
          } else throw new Unread(); // modifiers or anything newer: not read
        }
        const inner = this.alternatives();
        if (src[this.at] !== ')') throw new Unread();
        this.at++;
        const optional = this.quantifier();
        if (inner !== undefined && !optional) best = better(best, inner);
        continue;
      }
      if (c === '[') {
        endRun();
        this.at = pastClass(this.src, this.at);
        this.quantifier();
        continue;
      }
      if (c === '.') {
        endRun();
        this.at++;
        this.quantifier();
        continue;
      }
      if (c === '\\') {
        const e = src[this.at + 1];
        if (e === undefined) throw new Unread();
        if (!IDENTITY_ESCAPE.test(e)) {
          endRun();
          this.skipEscape();
          this.quantifier();
          continue;
        }
      } else if (SYNTAX.has(c)) throw new Unread(); // a quantifier with nothing before it, a stray brace: not read
      // A literal character (an identity escape or itself).
      const width = c === '\\' ? 2 : 1;
      const char = c === '\\' ? src[this.at + 1]! : c;
      const code = char.charCodeAt(0);
      this.at += width;
      const q = src[this.at];
      const mayRepeat = q === '+' || q === '{';
      const optional = this.quantifier();
      if (optional) {
        endRun();
        continue;
      }
      if (code >= 0xd800 && code <= 0xdfff) runReadable = false;
      else if (this.caseless && code >= 128 && !CASELESS.test(char)) runReadable = false;
      else run += this.caseless ? char.toLowerCase() : char;
      if (mayRepeat) endRun(); // one copy is sure, what follows is not adjacent to it
    }
  }

  /** Steps over a quantifier (and its lazy `?`) if one follows; true when it lets the item match nothing (?, *, {0…}). */
  private quantifier(): boolean {
    const { src } = this;
    const q = src[this.at];
    let optional = false;
    if (q === '?' || q === '*') {
      optional = true;
      this.at++;
    } else if (q === '+') this.at++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(this.at));
      if (!m) throw new Unread();
      optional = Number(m[1]) === 0;
      this.at += m[0].length;
    } else return false;
    if (src[this.at] === '?') this.at++;
    if (src[this.at] === '?' || src[this.at] === '*' || src[this.at] === '+' || src[this.at] === '{') throw new Unread();
    return optional;
  }

  /** Past an escape that is not an identity escape: a class or control escape, \b, \p{…}, \u…, \x…, \c…, \k<…>, \1. */
  private skipEscape(): void {
    const { src } = this;
    const e = src[this.at + 1]!;
    if (e === '0' && /^[0-9]$/.test(src[this.at + 2] ?? '')) throw new Unread(); // an octal escape outside u mode
    if (CLASS_ESCAPE.test(e) || e === 'b' || e === 'B') {
      this.at += 2;
      return;
    }
    if (e === 'p' || e === 'P') {
      const close = src.indexOf('}', this.at);
      if (src[this.at + 2] !== '{' || close < 0) throw new Unread();
      this.at = close + 1;
      return;
    }
    if (e === 'u') {
      if (src[this.at + 2] === '{') {
        const close = src.indexOf('}', this.at);
        if (close < 0) throw new Unread();
        this.at = close + 1;
      } else if (/^[0-9a-fA-F]{4}$/.test(src.slice(this.at + 2, this.at + 6))) this.at += 6;
      else throw new Unread();
      return;
    }
    if (e === 'x') {
      if (!/^[0-9a-fA-F]{2}$/.test(src.slice(this.at + 2, this.at + 4))) throw new Unread();
      this.at += 4;
      return;
    }
    if (e === 'c') {
      if (!/^[A-Za-z]$/.test(src[this.at + 2] ?? '')) throw new Unread();
      this.at += 3;
      return;
    }
    if (e === 'k') {
      const close = src.indexOf('>', this.at);
      if (src[this.at + 2] !== '<' || close < 0) throw new Unread();
      this.at = close + 1;
      return;
    }
    if (/^[1-9]$/.test(e)) {
      this.at += 2;
      while (/^[0-9]$/.test(src[this.at] ?? '')) this.at++;
      return;
    }
    throw new Unread();
  }
}
