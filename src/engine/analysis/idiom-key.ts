/**
 * The key of a clause an idiom is looked up by: lower case, words only, "'s" and "is" one token, no article first.
 * One function for both sides — scripts/build-en-slang-class.mjs makes the list's keys with it and
 * en-register.ts reads clauses with it — so the two can never drift apart.
 */
export function idiomKey(text: string): string {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘`]/g, "'").matchAll(/[a-z0-9]+(?:'[a-z]+)?/g)) {
    const w = m[0];
    if (w.endsWith("'s")) out.push(w.slice(0, -2), 's');
    else if (w === 'is') out.push('s');
    else out.push(w);
  }
  while (out.length && (out[0] === 'the' || out[0] === 'a' || out[0] === 'an')) out.shift();
  return out.join(' ');
}
