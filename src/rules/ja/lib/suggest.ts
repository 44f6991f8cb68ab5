import type { Suggestion } from '../../../engine/types';

/** A suggestion with both labels: the card shows the one in the user's language. */
export function suggestion(text: string, label: string, labelJa: string): Suggestion {
  return { text, label, labelJa };
}
