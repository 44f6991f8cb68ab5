// "Copy review": a draft's findings as Markdown for a coaching note — what was flagged, why it matters, and
// the phrasings offered. Pure, so the popup and the tests share it.
import type { Finding } from '../../engine/types';
import { SEVERITY_RANK } from '../../engine/types';
import type { UiLang } from '../i18n';
import { label } from '../i18n';

export type ReviewFinding = Finding & { flagged: string };

export interface ReviewStrings {
  title: string;
  heading: string;
  count: string;
  clean: string;
  suggestion: string;
  why: string;
  subject: string;
}

/** Inline code that survives any text (backticks inside get a longer fence). */
function code(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ').trim() || '∅';
  const ticks = (oneLine.match(/`+/g) ?? []).reduce((n, m) => Math.max(n, m.length), 0);
  const fence = '`'.repeat(ticks + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** `notChecked`: the sentence naming the checks that could not run, so the note never claims a full check. */
export function reviewMarkdown(findings: readonly ReviewFinding[], lang: UiLang, s: ReviewStrings, notChecked?: string | null): string {
  const lines = [`# ${s.title}`, '', `## ${s.heading}`, ''];
  if (notChecked) lines.push(`> ${notChecked}`, '');
  if (findings.length === 0) return [...lines, s.clean, ''].join('\n');
  lines.push(s.count, '');
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.field === b.field ? a.start - b.start : a.field === 'subject' ? -1 : 1));
  sorted.forEach((f, i) => {
    const message = (lang === 'ja' && f.messageJa) || f.message;
    const rationale = (lang === 'ja' && f.rationaleJa) || f.rationale;
    const where = f.field === 'subject' ? ` (${s.subject})` : '';
    lines.push(`${i + 1}. **${label(lang, `level.${f.severity}`)}** · ${label(lang, `category.${f.category}`)}${where}: ${code(f.flagged)}`);
    lines.push(`   - ${message}`);
    if (rationale) lines.push(`   - ${s.why}: ${rationale.replace(/\s*\n\s*/g, ' ')}`);
    for (const sug of f.suggestions) lines.push(`   - ${s.suggestion}: ${code(sug.text)}`);
  });
  lines.push('');
  return lines.join('\n');
}
