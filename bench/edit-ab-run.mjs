// Runs two bundles of bench/edit-ab.ts (A = before, B = after) in one process, alternately, best of N rounds:
//   node --expose-gc --max-semi-space-size=128 bench/edit-ab-run.mjs A.mjs B.mjs [ROUNDS] [mix:kb,...] [EDITS]
// Prints, per draft, each build's best (lowest) p50, p95 and mean of per-edit CPU time over the rounds, and its
// median bytes allocated per edit. PASTE=1: pasted paragraphs (as `npm run bench`) instead of edits. WHOLE=1: tokenize() of the whole draft and a cold full analysis instead.
// Timings are CPU, not wall: a loaded machine slows both builds alike. Bundle each side as bench/cpu-ab.ts says
// (the sources of a commit extracted under node_modules/.cache so that packages resolve, then esbuild).
const [a, b, roundsArg, whichArg, editsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
const which = (whichArg ?? 'ja:10,en:10,mixed:10,ja:50').split(',').map((x) => { const [m, k] = x.split(':'); return [m, Number(k)]; });
const n = Number(editsArg ?? 300);
const A = await import(new URL(a, `file://${process.cwd()}/`).href);
const B = await import(new URL(b, `file://${process.cwd()}/`).href);
const pct = (xs, p) => { const s = [...xs].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const med = (xs) => pct(xs, 50);
if (process.env.WHOLE) {
  // WHOLE=1: tokenize() of the whole draft and a full analysis by a new Engine, best and median of the rounds.
  for (const [mix, kb] of which) {
    const res = { A: { tokenize: [], full: [] }, B: { tokenize: [], full: [] } };
    for (let r = 0; r < rounds; r++) {
      for (const [name, mod] of r % 2 ? [['B', B], ['A', A]] : [['A', A], ['B', B]]) {
        const run = mod.whole(mix, kb, 10);
        res[name].tokenize.push(med(run.tokenize.slice(2)));
        res[name].full.push(med(run.full.slice(2)));
      }
    }
    const f = (xs) => `${Math.min(...xs).toFixed(2)} (median ${med(xs).toFixed(2)})`;
    console.log(`${mix} ${kb} KB, ${rounds} rounds: tokenize A ${f(res.A.tokenize)} B ${f(res.B.tokenize)} | full A ${f(res.A.full)} B ${f(res.B.full)} ms`);
  }
  process.exit(0);
}
for (const [mix, kb] of which) {
  const res = { A: [], B: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [name, mod] of r % 2 ? [['B', B], ['A', A]] : [['A', A], ['B', B]]) {
      const run = process.env.PASTE ? mod.pastes(mix, kb, n) : mod.edits(mix, kb, n);
      res[name].push({ p50: pct(run.cpu, 50), p95: pct(run.cpu, 95), mean: run.cpu.reduce((x, y) => x + y, 0) / run.cpu.length, alloc: run.allocPerEdit, gcs: run.gcs });
    }
  }
  const line = (name) => {
    const rs = res[name];
    const best = (k) => Math.min(...rs.map((x) => x[k])).toFixed(3);
    return `${name}: p50 ${best('p50')} p95 ${best('p95')} mean ${best('mean')} ms (medians ${med(rs.map((x) => x.p50)).toFixed(3)}/${med(rs.map((x) => x.p95)).toFixed(3)}/${med(rs.map((x) => x.mean)).toFixed(3)}) alloc ${(med(rs.map((x) => x.alloc)) / 1024).toFixed(1)} KB/edit${rs.some((x) => x.gcs) ? ' (a GC fell in the measure)' : ''}`;
  };
  console.log(`${mix} ${kb} KB, ${rounds} rounds × ${n} edits\n  ${line('A')}\n  ${line('B')}`);
}
