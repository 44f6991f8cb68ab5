// Round 30: a long pattern of the calendar word lists names a word class ({{holidayJa}}) that its dictionary keeps once,
// in `parts`, as a list of words with its own examples (tests/unit/dictionaries/examples.test.ts): the class shows
// itself, and the pattern that uses it stays short. A part expands to its words joined by "|", exactly the
// alternatives the pattern held before, so the regular expression compiled from it is the same.
import { z } from 'zod';
import { onDemand } from '../../bundled';

export const PartsSchema = onDemand(() => z.array(z.object({
  id: z.string().regex(/^[a-zA-Z]+$/),
  about: z.string().optional(),
  words: z.array(z.string()).min(1),
  has: z.array(z.string()).min(1),
  hasNot: z.array(z.string()).min(1),
})));
export type Part = z.infer<ReturnType<typeof PartsSchema>>[number];

/** `source` with each {{name}} replaced by its part's words as alternatives; an unknown name throws. */
export function expandParts(source: string, parts: readonly Part[]): string {
  return source.replace(/\{\{([a-zA-Z]+)\}\}/g, (_whole, name: string) => {
    const part = parts.find((p) => p.id === name);
    if (!part) throw new Error(`calendar word lists: no part named {{${name}}}`);
    return part.words.join('|');
  });
}

/** Whether a text is one of the part's words, read as the patterns read it (case-insensitive, whole). */
export function isPartWord(part: Pick<Part, 'words'>, text: string): boolean {
  return new RegExp(`^(?:${part.words.join('|')})$`, 'iu').test(text);
}
