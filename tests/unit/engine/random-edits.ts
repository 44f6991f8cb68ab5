// Random edits for the "warm engine after edits = fresh engine" properties (incremental*.test.ts): one
// vocabulary of edits, so each test names only the kinds it needs, where they land and what is typed.
import fc from 'fast-check';

export type EditKind = 'insert' | 'delete' | 'delete-run' | 'newline' | 'paste' | 'drop-line';
export type Edit = { kind: EditKind; at: number; text: string };

/** The text after the edit; `at` past the end means the end. */
export function applyEdit(text: string, e: Edit): string {
  const at = Math.min(e.at, text.length);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'delete-run': // 1–7 characters, the length drawn from the piece so shrinking keeps it stable
      return text.slice(0, at) + text.slice(at + 1 + (e.text.length % 7));
    case 'newline':
      return `${text.slice(0, at)}\n${text.slice(at)}`;
    case 'paste':
      return `${text.slice(0, at)}\n${e.text}\n${text.slice(at)}`;
    case 'drop-line': {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      return text.slice(0, start) + (end < 0 ? '' : text.slice(end + 1));
    }
  }
}

/** An edit of one of `kinds` at a position up to `maxAt`, typing or pasting one of `pieces`. */
export function editArbitrary(kinds: readonly EditKind[], maxAt: number, pieces: readonly string[]): fc.Arbitrary<Edit> {
  return fc.record({ kind: fc.constantFrom(...kinds), at: fc.nat({ max: maxAt }), text: fc.constantFrom(...pieces) });
}
