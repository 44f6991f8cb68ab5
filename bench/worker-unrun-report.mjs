// Reads V8's coverage of bench/worker-unrun.ts's bundle: the bytes in functions never run, by source module
// (esbuild's "// path" markers in an unminified bundle), largest modules first.
// Usage: node bench/worker-unrun-report.mjs BUNDLE COVERAGE_DIR [rows=30]
import { readFileSync, readdirSync } from 'node:fs';
const bundle = process.argv[2];
const src = readFileSync(bundle, 'utf8');
const dir = process.argv[3];
const cov = JSON.parse(readFileSync(`${dir}/${readdirSync(dir)[0]}`, 'utf8'));
const script = cov.result.find((s) => s.url.endsWith(bundle.split('/').pop()));
// Module boundaries: lines "// src/…" or "// node_modules/…" at column 0.
const marks = [];
const re = /^\/\/ ((?:src|node_modules|dictionaries)\/\S+)$/gm;
for (let m; (m = re.exec(src)); ) marks.push([m.index, m[1]]);
const moduleAt = (off) => { let lo = 0, hi = marks.length - 1, ans = '(prelude)'; while (lo <= hi) { const mid = (lo + hi) >> 1; if (marks[mid][0] <= off) { ans = marks[mid][1]; lo = mid + 1; } else hi = mid - 1; } return ans; };
// Unrun bytes: count-0 ranges, outermost only (nested ranges inside a count-0 range are already counted).
const zero = [];
for (const fn of script.functions) for (const r of fn.ranges) if (r.count === 0) zero.push([r.startOffset, r.endOffset]);
zero.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
const merged = [];
for (const [s, e] of zero) { const last = merged.at(-1); if (last && s <= last[1]) last[1] = Math.max(last[1], e); else merged.push([s, e]); }
const unrun = new Map(), total = new Map();
for (let i = 0; i < marks.length; i++) { const end = i + 1 < marks.length ? marks[i + 1][0] : src.length; const g = group(marks[i][1]); total.set(g, (total.get(g) ?? 0) + end - marks[i][0]); }
function group(p) { if (p.startsWith('node_modules/')) { const parts = p.split('/'); return parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/'); } return p.split('/').slice(0, 3).join('/'); }
for (const [s, e] of merged) {
  // split a range across module marks
  let at = s;
  while (at < e) { const mod = moduleAt(at); const next = marks.find((m) => m[0] > at)?.[0] ?? src.length; const stop = Math.min(e, next); unrun.set(group(mod), (unrun.get(group(mod)) ?? 0) + stop - at); at = stop; }
}
let U = 0; for (const v of unrun.values()) U += v;
console.log(`bundle ${src.length} B; in functions never run before the first answer: ${U} B (${(100 * U / src.length).toFixed(1)} %)`);
for (const [g, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[4] ?? 30))) console.log(String(t).padStart(9), String(unrun.get(g) ?? 0).padStart(9), ((100 * (unrun.get(g) ?? 0)) / t).toFixed(0).padStart(4) + ' %', g);
