// Where the extension process's resident memory lies, by mapping (/proc/PID/smaps): V8's heap cage, the
// sandbox that holds ArrayBuffers, PartitionAlloc's pools, the browser binary's pages. One cold browser per
// build given, read 1.5 s after the Japanese analyzer is ready (as bench/browser-ab.ts) and again after
// REST_S seconds idle. Usage: tsx bench/memory-map.ts DIR [DIR…]
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { coldBrowser, harness } from './browser';

const REST_S = Number(process.env.REST_S ?? 20);
const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: tsx bench/memory-map.ts DIR [DIR…]');

/** The extension renderer with the largest RSS (as bench/browser.ts reads it). */
function extensionPid(extensionDir: string): string | null {
  const procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const cmd = (pid: string) => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'); } catch { return []; } };
  const profile = procs.map(cmd).find((c) => c.includes(`--load-extension=${extensionDir}`))?.find((a) => a.startsWith('--user-data-dir='));
  if (!profile) return null;
  const rss = (pid: string) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return procs.filter((pid) => { const c = cmd(pid).join(' '); return c.includes('--extension-process') && c.includes(profile); })
    .sort((a, b) => rss(b) - rss(a))[0] ?? null;
}

/** Mappings of at least 1 MB resident: size of the reservation, RSS, private dirty, name. */
function mappings(pid: string): string {
  const rows: Array<{ range: string; name: string; size: number; rss: number; dirty: number; anon: number }> = [];
  let cur: (typeof rows)[number] | null = null;
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = line.match(/^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/);
    if (head) {
      cur = { range: `${head[1]}`, name: head[3] || '[anon]', size: (parseInt(head[2]!, 16) - parseInt(head[1]!, 16)) / 1024, rss: 0, dirty: 0, anon: 0 };
      rows.push(cur);
      continue;
    }
    const kv = line.match(/^(\w+):\s+(\d+) kB/);
    if (!kv || !cur) continue;
    if (kv[1] === 'Rss') cur.rss = Number(kv[2]);
    if (kv[1] === 'Private_Dirty') cur.dirty = Number(kv[2]);
  }
  const mb = (kb: number) => (kb / 1024).toFixed(1);
  const total = rows.reduce((s, r) => s + r.rss, 0);
  // Group small anonymous mappings by reservation size (V8 pages, PartitionAlloc super pages…).
  const big = rows.filter((r) => r.rss >= 1024).sort((a, b) => b.rss - a.rss);
  const small = rows.filter((r) => r.rss < 1024);
  const byName = new Map<string, number>();
  for (const r of small) byName.set(r.name, (byName.get(r.name) ?? 0) + r.rss);
  // By region: the high 16 bits of the address (V8's cage, the sandbox, PartitionAlloc's pools, the binary).
  const regions = new Map<string, number>();
  for (const r of rows) {
    const key = r.name === '[anon]' ? `anon ${r.range.padStart(12, '0').slice(0, 4)}` : r.name.replace(/^.*\//, '');
    regions.set(key, (regions.get(key) ?? 0) + r.rss);
  }
  return [
    `total RSS ${mb(total)} MB`,
    `  by region: ${[...regions].sort((a, b) => b[1] - a[1]).filter(([, kb]) => kb >= 512).map(([n, kb]) => `${n} ${mb(kb)}`).join(', ')}`,
    ...big.map((r) => `  ${mb(r.rss).padStart(6)} MB rss ${mb(r.dirty).padStart(6)} dirty  of ${mb(r.size).padStart(9)} MB  ${r.range} ${r.name}`),
    `  small mappings: ${[...byName].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, kb]) => `${n} ${mb(kb)}`).join(', ')}`,
  ].join('\n');
}

const h = await harness();
const server = await h.startFixtureServer();
try {
  for (const d of dirs) {
    const copy = join(mkdtempSync(join(tmpdir(), 'nemawashi-map-')), basename(d));
    cpSync(d, copy, { recursive: true });
    const run = await coldBrowser(h, copy, server.port, false);
    const pid = extensionPid(copy);
    console.log(`== ${d}: after ready (+1.5 s)\n${pid ? mappings(pid) : 'no process'}`);
    await new Promise((r) => setTimeout(r, REST_S * 1000));
    console.log(`== ${d}: ${REST_S} s later\n${pid ? mappings(pid) : 'no process'}`);
    await run.context.close();
  }
} finally {
  await server.close();
}
