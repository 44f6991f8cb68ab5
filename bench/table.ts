// A Markdown table that stays readable in a terminal: columns padded to their widest cell.
export class Table {
  private rows: string[][] = [];
  constructor(private readonly header: string[]) {}

  row(cells: string[]): void {
    this.rows.push(this.header.map((_, i) => cells[i] ?? ''));
  }

  toString(): string {
    const all = [this.header, ...this.rows];
    const width = this.header.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
    const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(width[i]! - [...c].length)).join(' | ')} |`;
    return [line(this.header), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...this.rows.map(line)].join('\n');
  }
}
