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
  'digits and slashes': '12/3 ',
  '"Hi Kenji and " repeated': 'Hi Kenji and ',
};

/** Lines that are a head, a long run and a tail: the shapes that made a pattern retry from every position of
 * the run (a salutation's comma, a kaomoji's face, a slot line's label). */
export const SHAPES: Record<string, (n: number) => string> = {
  '"Hi, A" then spaces': (n) => 'Hi, A' + ' '.repeat(n - 5),
  '"(▽" then spaces': (n) => '(▽' + ' '.repeat(n - 2),
  'spaces, then a meeting slot': (n) => ' '.repeat(n - 16) + '・5月12日（水）10:00〜',
  'bullets, then a meeting slot': (n) => '・ '.repeat((n - 14) / 2) + '5月12日（水）10:00',
};

/** One line of `unit` repeated to `kb` KiB of UTF-16 code units (a URL is one long path). */
export function longLine(name: string, kb: number): string {
  const n = kb * 1024;
  if (SHAPES[name]) return SHAPES[name]!(n);
  const unit = UNITS[name]!;
  if (name === 'a long URL') return (unit + 'a/b'.repeat(n)).slice(0, n);
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

async function child(name: string, kb: number): Promise<void> {
  const { Engine } = await import('../src/engine/engine');
  const { loadNodeTokenizer } = await import('../src/engine/node-dictionary');
  const { RULES } = await import('../src/rules');
  const { DEFAULT_POLICY } = await import('../src/policy/schema');
  // The English model as the CLI and the extension provide it: without it the first English parse throws, and a
  // line that reaches one (a line of digits reads as English) would measure a crash.
  const { useNodeEnglishModel } = await import('../src/engine/node-english-model');
  useNodeEnglishModel();
  const engine = new Engine({ rules: RULES, tokenizer: await loadNodeTokenizer() });
  const body = longLine(name, kb);
  const t0 = performance.now();
  const findings = engine.analyze({ subject: '', body, kind: 'email', context: { recipient: 'client', firstContact: false, now: '2026-02-02' } }, DEFAULT_POLICY);
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ ms, findings: findings.length }));
}

/** `ms` null: over the cap, or the child failed (`failed`: its last line of error output). */
export interface LongLineRow { unit: string; kb: number; ms: number | null; findings?: number; failed?: string }

/** Each line shape at each size, one child process each, capped at `cap` seconds (null: over the cap). */
export function measureLongLines(sizes: number[], cap: number, only?: string): LongLineRow[] {
  const rows: LongLineRow[] = [];
  const self = fileURLToPath(import.meta.url);
  for (const name of [...Object.keys(UNITS), ...Object.keys(SHAPES)]) {
    if (only && !name.includes(only)) continue;
    for (const kb of sizes) {
      try {
        const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--one', name, String(kb)], {
          encoding: 'utf8', timeout: cap * 1000, killSignal: 'SIGKILL', maxBuffer: 1 << 20,
        });
        const r = JSON.parse(out) as { ms: number; findings: number };
        rows.push({ unit: name, kb, ms: r.ms, findings: r.findings });
      } catch (e) {
        // Killed at the cap is a time; any other exit is a failure, reported as such rather than as slow.
        const err = e as { signal?: string; stderr?: string };
        const failed = err.signal === 'SIGKILL' ? undefined : (String(err.stderr ?? e).trim().split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).pop() ?? 'failed');
        rows.push({ unit: name, kb, ms: null, failed });
      }
    }
  }
  return rows;
}

export const formatMs = (ms: number | null, cap: number, failed?: string) =>
  failed ? `failed: ${failed}` : ms === null ? `> ${cap} s` : `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;

async function parent(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
  const cap = Number(opt('--cap') ?? 60);
  const sizes = (opt('--sizes') ?? '10,100').split(',').map(Number);
  const rows = measureLongLines(sizes, cap, opt('--only'));
  console.log(`| line of | ${sizes.map((s) => `${s} KB`).join(' | ')} |`);
  console.log(`|---|${sizes.map(() => '---:').join('|')}|`);
  for (const unit of [...new Set(rows.map((r) => r.unit))]) {
    const cells = sizes.map((kb) => {
      const r = rows.find((x) => x.unit === unit && x.kb === kb)!;
      return formatMs(r.ms, cap, r.failed);
    });
    console.log(`| ${unit} | ${cells.join(' | ')} |`);
  }
  const json = opt('--json');
  if (json) writeFileSync(json, JSON.stringify({ cap, rows }, null, 2));
}

const argv = process.argv.slice(2);
if (argv[0] === '--one') await child(argv[1]!, Number(argv[2]));
else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await parent();
