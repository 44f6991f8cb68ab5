import type { Finding } from './types';

/** The field's text after applying one suggestion of a finding: exactly start..end changes. */
export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end' | 'suggestions'>, index = 0): string {
  const s = finding.suggestions[index];
  if (!s) throw new Error(`no suggestion ${index}`);
  return text.slice(0, finding.start) + s.text + text.slice(finding.end);
}
