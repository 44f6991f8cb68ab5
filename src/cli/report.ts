import type { Finding } from '../engine/types';

/** "line:col" (1-based, in characters as people count them) of an offset. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `${line}:${col}`;
}

/** A report for people, like a linter's: where, how serious, what, and what to write instead. */
export function formatReport(name: string, draft: { subject: string; body: string }, findings: Finding[], lang: 'en' | 'ja', color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = { error: '31', warning: '33', info: '36' } as const;
  const out = [paint('4', name)];
  for (const f of findings) {
    const text = f.field === 'body' ? draft.body : draft.subject;
    const where = f.field === 'subject' ? `subject ${position(text, f.start)}` : position(text, f.start);
    const message = lang === 'ja' ? f.messageJa ?? f.message : f.message;
    out.push(`  ${where.padEnd(8)} ${paint(sev[f.severity], f.severity.padEnd(7))} ${message}  ${paint('2', `${f.category} ${f.ruleId}`)}`);
    const flagged = text.slice(f.start, f.end).replace(/\n/g, '⏎');
    out.push(`           «${flagged.length > 60 ? flagged.slice(0, 57) + '…' : flagged}»`);
    for (const s of f.suggestions) out.push(`           → ${s.text.replace(/\n/g, '⏎')}`);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  out.push(findings.length ? `\n${findings.length} finding(s): ${counts.error} error, ${counts.warning} warning, ${counts.info} info` : '  no findings');
  return out.join('\n');
}
