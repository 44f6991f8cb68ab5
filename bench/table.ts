// A Markdown table that stays readable in a terminal: columns padded to their widest cell.
export class Table {
  private rows: string[][] = [];
  constructor(private readonly header: string[]) {}

  /** A row; with a "met?" column last, a row that does not say is judged from its figures (`verdict`). */
  row(cells: string[]): void {
    const judged = this.header[this.header.length - 1] === 'met?' && cells.length < this.header.length
      ? [...cells, verdict({ median: cells[2] ?? '', p95: cells[3] ?? '', figure: cells[4] ?? '', target: cells[5] ?? '' })]
      : cells;
    this.rows.push(this.header.map((_, i) => judged[i] ?? ''));
  }

  toString(): string {
    const all = [this.header, ...this.rows];
    const width = this.header.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
    const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(width[i]! - [...c].length)).join(' | ')} |`;
    return [line(this.header), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...this.rows.map(line)].join('\n');
  }
}

/**
 * Whether a row meets its target (an issue-14 target such as "p95 ≤ 2 ms", "≤ 150 MB", "≥ 10 ×"): "met",
 * "not met", or '' when the row has no target or no figure. The figure judged is the p95 cell when the
 * target names p95, the dictionary load of the figure cell for "load ≤", the "= N ×" ratio of the figure cell for a ratio target, else the median cell.
 */
export function verdict(cells: { median: string; p95: string; figure: string; target: string }): string {
  const t = cells.target.match(/^(p95 |load )?([≤≥]) ([\d.]+) ?(ms|MB|KB gzip|×)$/);
  if (!t) return '';
  const [, which, op, limitText, unit] = t;
  const value = unit === '×' ? cells.figure.match(/= ([\d.]+) ×/)?.[1]
    : which === 'load ' ? cells.figure.match(/dictionary load ([\d.]+) ms/)?.[1]
    : (which === 'p95 ' ? cells.p95 : cells.median).match(/^([\d.]+)/)?.[1];
  if (value === undefined) return '';
  const v = Number(value);
  const limit = Number(limitText);
  return (op === '≤' ? v <= limit : v >= limit) ? 'met' : 'not met';
}
