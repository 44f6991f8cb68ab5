// Time vs length for pathological single lines (issue 15): one line of a repeated unit, 10 KB and 100 KB,
// through the whole engine with the Japanese dictionary. Each case runs in its own child process with a
// time cap, so that a regression shows as "> cap" instead of hanging the bench.
// `npx tsx bench/long-lines.ts [--cap SECONDS] [--sizes 10,100] [--json FILE]`; `--one UNIT KB` is the child.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const UNITS: Record<string, string> = {
  dashes: '-',
  'ideographic full stops': '。',
  '"Mr. "': 'Mr. ',
  emoji: '😀',
  'exclamation marks': '!',
  capitals: 'A',
  'capitalised words': 'Sato ',
  spaces: ' ',
  digits: '7',
  'fullwidth >': '＞',
  'mixed scripts': 'aあ漢😀Ж١ ',
  'a long URL': 'https://example.com/',
  'words and full stops': 'ok. ',
  'Japanese text': 'お世話になっております。',
};

/** One line of `unit` repeated to `kb` KiB of UTF-16 code units (a URL is one long path). */
export function longLine(name: string, kb: number): string {
  const unit = UNITS[name]!;
  const n = kb * 1024;
  if (name === 'a long URL') return (unit + 'a/b'.repeat(n)).slice(0, n);
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

async function child(name: string, kb: number): Promise<void> {
  const { Engine } = await import('../src/engine/engine');
  const { loadNodeTokenizer } = await import('../src/engine/node-dictionary');
  const { RULES } = await import('../src/rules');
  const { DEFAULT_POLICY } = await import('../src/policy/schema');
  const engine = new Engine({ rules: RULES, tokenizer: await loadNodeTokenizer() });
  const body = longLine(name, kb);
  const t0 = performance.now();
  const findings = engine.analyze({ subject: '', body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2026-02-02' } }, DEFAULT_POLICY);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, findings: findings.length }));
}

async function parent(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
  const cap = Number(opt('--cap') ?? 60);
  const sizes = (opt('--sizes') ?? '10,100').split(',').map(Number);
  const only = opt('--only');
  const rows: Array<{ unit: string; kb: number; ms: number | null; findings?: number }> = [];
  const self = fileURLToPath(import.meta.url);
  console.log(`| line of | ${sizes.map((s) => `${s} KB`).join(' | ')} |`);
  console.log(`|---|${sizes.map(() => '---:').join('|')}|`);
  for (const name of Object.keys(UNITS)) {
    if (only && !name.includes(only)) continue;
    const cells: string[] = [];
    for (const kb of sizes) {
      try {
        const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--one', name, String(kb)], {
          encoding: 'utf8', timeout: cap * 1000, killSignal: 'SIGKILL', maxBuffer: 1 << 20,
        });
        const r = JSON.parse(out) as { ms: number; findings: number };
        rows.push({ unit: name, kb, ms: r.ms, findings: r.findings });
        cells.push(`${r.ms < 10 ? r.ms.toFixed(1) : Math.round(r.ms)} ms`);
      } catch {
        rows.push({ unit: name, kb, ms: null });
        cells.push(`> ${cap} s`);
      }
    }
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
  const json = opt('--json');
  if (json) writeFileSync(json, JSON.stringify({ cap, rows }, null, 2));
}

const argv = process.argv.slice(2);
if (argv[0] === '--one') await child(argv[1]!, Number(argv[2]));
else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await parent();
