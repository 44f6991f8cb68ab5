import givenData from '../../../../dictionaries/en/japanese-given-names.json';
import surnameData from '../../../../dictionaries/en/japanese-surnames.json';
import exclusions from '../../../../dictionaries/en/name-exclusions.json';
import { looksRomanised, nameKey } from './name-key';

// The two sets (~15,000 names) are built on the first romanised word asked about, not at import: at import they
// ran in the engine worker's top level, before it could take its first message; most drafts never ask.
let given: Set<string> | undefined;
let surnames: Set<string> | undefined;
/** Generated from IPADIC by scripts/build-names.mjs; keys are spelling-independent (see name-key.ts). */
const GIVEN = () => (given ??= new Set<string>(givenData.names));
/** The generated surnames, and common surnames IPADIC files under given names (name-exclusions.json). */
const SURNAMES = () => (surnames ??= new Set<string>([...surnameData.names, ...exclusions.alsoSurnames.map(nameKey)]));

export function isJapaneseGivenName(word: string): boolean {
  return looksRomanised(word) && GIVEN().has(nameKey(word));
}

export function isJapaneseSurname(word: string): boolean {
  return looksRomanised(word) && SURNAMES().has(nameKey(word));
}

export function isJapaneseName(word: string): boolean {
  return isJapaneseGivenName(word) || isJapaneseSurname(word);
}

export interface PersonName {
  /** As written in the display name, e.g. "Sato" from "SATO Takuya". */
  surname: string;
  given?: string;
}

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof)\.?$/i;
const HONORIFIC_SUFFIX = /(?:[-\s]?(?:san|sama|sensei|shi|kun|chan)|様|さん|殿)$/i;

/**
 * The display name without its asides: an address in angle brackets, a note in parentheses ("(Sales)"),
 * quotation marks. A bracket that is never closed stays. A scan rather than /<[^>]*>|\([^)]*\)/g, which
 * retried from every "(" of a long unclosed run (quadratic; display names have no length limit).
 */
export function withoutAsides(name: string): string {
  let out = '';
  let i = 0;
  // Once no closing bracket of a kind is left, no later opening one of that kind can close.
  const unclosed = { '<': false, '(': false };
  while (i < name.length) {
    const c = name[i]!;
    const close = c === '<' ? '>' : c === '(' ? ')' : undefined;
    if (close && !unclosed[c as '<' | '(']) {
      const end = name.indexOf(close, i + 1);
      if (end >= 0) {
        out += ' ';
        i = end + 1;
        continue;
      }
      unclosed[c as '<' | '('] = true;
    }
    out += c === '"' ? ' ' : c;
    i++;
  }
  return out;
}

/** "SATO" → "Sato": display names often write the surname in capitals. */
function tidyCase(word: string): string {
  return /^[A-Z]{2,}$/.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}

/**
 * A Japanese person's surname from a display name ("Sato Takuya", "Takuya Sato", "SATO Takuya",
 * "Sato, Takuya", "Mr. Takuya Sato"), or undefined when the name is not recognisably Japanese.
 * Capitals mark the surname; otherwise the lists decide, and a comma means "Surname, Given".
 */
export function japaneseSurnameOf(displayName: string): PersonName | undefined {
  const commaFirst = /^\s*([^,\s]+)\s*,\s*(\S+)\s*$/.exec(displayName);
  const words = withoutAsides(displayName)
    .split(/[\s,]+/)
    .map((w) => w.replace(HONORIFIC_SUFFIX, ''))
    .filter((w) => w && !TITLES.test(w) && looksRomanised(w));
  if (words.length === 0) return undefined;
  if (words.length === 1) return isJapaneseSurname(words[0]!) ? { surname: tidyCase(words[0]!) } : undefined;
  const [a, b] = [words[0]!, words[words.length - 1]!];
  const capitalised = words.find((w) => /^[A-Z]{2,}$/.test(w) && isJapaneseName(w));
  if (capitalised) return { surname: tidyCase(capitalised), given: capitalised === a ? b : a };
  if (commaFirst && isJapaneseName(a)) return { surname: a, given: b };
  const aSurname = isJapaneseSurname(a) && !isJapaneseGivenName(a);
  const bSurname = isJapaneseSurname(b) && !isJapaneseGivenName(b);
  if (bSurname && !aSurname) return { surname: b, given: a };
  if (aSurname && !bSurname) return { surname: a, given: b };
  if (isJapaneseGivenName(a) && isJapaneseSurname(b)) return { surname: b, given: a };
  if (isJapaneseGivenName(b) && isJapaneseSurname(a)) return { surname: a, given: b };
  return undefined;
}
