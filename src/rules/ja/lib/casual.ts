// The casual phrases of dictionaries/ja/casual-forms.json found in one sentence, as ja.register.casual-to-client
// reports them: outside quotes, and for an `end` entry only where it closes the sentence. The dictionary's
// own examples run through this function.
import { CASUAL } from './dictionaries';
import { atSentenceEnd, inQuotes, quotedRanges } from './text';
import { ListPrefixes, SearchedText } from '../../../engine/regex-prefixes';
import { matchAll } from '../../../engine/match-all';

type CasualEntry = (typeof CASUAL.entries)[number];

export interface CasualHit {
  entry: CasualEntry;
  match: RegExpMatchArray;
  /** Offsets in the sentence: the phrase, with a closing ！/〜 when it ends the sentence. */
  start: number;
  end: number;
  /** 。 when the phrase ends the sentence with ！ or with nothing: its polite form gets a full stop. */
  close: string;
}

const ENTRIES = CASUAL.entries.map((e) => ({ entry: e, re: new RegExp(e.pattern, 'gu') }));
/** The entries' prefixes (regex-prefixes.ts), read on the first search. */
let entryPrefixes: ListPrefixes | undefined;
/** Exclamation marks and tildes that close a casual phrase: replaced by 。 along with it. */
const TRAILING_EXCLAIM = /^[！!〜～♪ー]+/;

export function casualPhrases(text: string): CasualHit[] {
  const quotes = quotedRanges(text);
  const out: CasualHit[] = [];
  // An entry whose every match starts with text the sentence lacks is not run (regex-prefixes.ts): none would match.
  const chars = new SearchedText(text);
  const may = (entryPrefixes ??= new ListPrefixes(ENTRIES.map((e) => e.re))).marks(chars, false);
  for (let k = 0; k < ENTRIES.length; k++) {
    if (may[k] === 0) continue;
    const { entry, re } = ENTRIES[k]!;
    for (const m of matchAll(text, re)) {
      let end = m.index + m[0].length;
      if (m[0].length === 0 || inQuotes(quotes, m.index, end)) continue;
      const exclaim = TRAILING_EXCLAIM.exec(text.slice(end))?.[0] ?? '';
      const closes = atSentenceEnd(text, end + exclaim.length);
      if (entry.end && !closes) continue;
      let close = '';
      if (closes && !/[。．]/.test(text.slice(end))) {
        end += exclaim.length;
        close = '。';
      }
      out.push({ entry, match: m, start: m.index, end, close });
    }
  }
  return out;
}
