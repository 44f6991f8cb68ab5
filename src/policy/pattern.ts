// Custom `pattern` rules run on RE2JS, a port of RE2: matching is linear in the text whatever the pattern, so
// an admin's `(a+)+$` cannot hang a compose window. RE2 refuses what needs backtracking (backreferences,
// lookaround); `checkPattern` says which construct it was, for a message an admin can act on.
import { RE2JS } from 're2js';
import { MAX_PATTERN_LENGTH } from './schema';

export type PatternCheck =
  | { ok: true; regex: RE2JS }
  | { ok: false; construct: 'backreference' | 'lookaround' | null; detail: string };

const LOOKAROUND = /\(\?<?[=!]/;
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

/** Compiles an admin's pattern, or says why not (the length cap is the schema's). */
export function checkPattern(pattern: string, ignoreCase: boolean): PatternCheck {
  if (pattern.length > MAX_PATTERN_LENGTH) return { ok: false, construct: null, detail: `longer than ${MAX_PATTERN_LENGTH} characters` };
  try {
    return { ok: true, regex: RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0) };
  } catch (error) {
    const detail = (error as Error).message.replace(/^error parsing regexp:\s*/, '');
    // Only blame a construct RE2 refused; `[\1]` inside a class is still just a bad escape.
    const construct = LOOKAROUND.test(pattern) ? 'lookaround' : BACKREFERENCE.test(pattern) ? 'backreference' : null;
    return { ok: false, construct, detail };
  }
}
