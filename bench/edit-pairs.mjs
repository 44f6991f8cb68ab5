// Two builds edit by edit: the same edit of A and of B in turn (which goes first alternates), so that the load
// of a shared machine falls on both within milliseconds, not rounds apart as in edit-ab-run.mjs.
//   node bench/edit-pairs.mjs A.mjs B.mjs ja|en|mixed KB N [edit|paste|toggle|full]
// A and B are bundles of bench/edit-step.ts (built as bench/cpu-ab.ts says). Prints each build's p50, p95 and
// mean CPU per edit (the first 20 left out) and B/A of the summed CPU. The build imported first runs a few
// per cent faster on this machine whatever it is: run every comparison both ways (A B, then B A) and take both.
const [a, b, mix, kb, n, mode = 'edit'] = process.argv.slice(2);
const at = (p) => new URL(p, `file://${process.cwd()}/`).href;
const A = await import(at(a));
const B = await import(at(b));
const stepA = A.stepper(mix, Number(kb), mode);
const stepB = B.stepper(mix, Number(kb), mode);
const ta = [];
const tb = [];
for (let i = 0; i < Number(n); i++) {
  if (i % 2) { tb.push(stepB()); ta.push(stepA()); } else { ta.push(stepA()); tb.push(stepB()); }
}
const pct = (xs, p) => { const s = [...xs].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const sum = (xs) => xs.reduce((x, y) => x + y, 0);
const show = (xs) => `p50 ${pct(xs, 50).toFixed(3)} p95 ${pct(xs, 95).toFixed(3)} mean ${(sum(xs) / xs.length).toFixed(3)}`;
const [ra, rb] = [ta.slice(20), tb.slice(20)];
console.log(`${mix} ${kb} KB ${mode} × ${ra.length}: A ${show(ra)} | B ${show(rb)} | B/A of sums ${(sum(rb) / sum(ra)).toFixed(3)}`);
