import type { Sentence } from '../../../engine/types';

/** "1." / "2)": a list number the splitter keeps as a sentence of its own belongs to the line after it. */
const LIST_NUMBER = /^\s*[0-9０-９]{1,2}[.)．）]\s*$/;

/**
 * The runs of an availability table that count down to the last place (round 16, P3), for the English and the
 * Japanese pressure rules alike: consecutive lines of one paragraph, each a period and its status (`stateOf`, a
 * cached fact), with a period full and one scarce among them. `sameParagraph` says whether two lines hold together.
 * Returns each run's first and last sentence.
 */
export function scarcityRuns(
  sentences: readonly Sentence[],
  stateOf: (s: Sentence) => 'full' | 'scarce' | 'open' | null,
  sameParagraph: (a: Sentence, b: Sentence) => boolean,
): Array<[Sentence, Sentence]> {
  const found: Array<[Sentence, Sentence]> = [];
  let run: Sentence[] = [];
  const flush = () => {
    const states = run.map(stateOf);
    if (run.length >= 2 && states.includes('full') && states.includes('scarce')) found.push([run[0]!, run[run.length - 1]!]);
    run = [];
  };
  for (const s of sentences) {
    if (LIST_NUMBER.test(s.text)) continue;
    const state = stateOf(s);
    const prev = run[run.length - 1];
    if (state && (!prev || sameParagraph(prev, s))) run.push(s);
    else {
      flush();
      if (state) run.push(s);
    }
  }
  flush();
  return found;
}
