// The engine worker's built script, in Node, from its start to its first Japanese answer: the script compiled
// (vm.Script) and its top level run with a stub worker scope whose fetch reads the build's own dict/ files, then
// `init` and a Japanese draft sent at once (answered without the dictionary), and the same draft again on
// "settled" (the recheck every open compose sends): the answer that carries the first Japanese finding.
// CPU time (user + system) and wall time of each step. Two builds side by side, alternated A,B then B,A:
//   node bench/worker-first-answer.mjs A/chrome-mv3 B/chrome-mv3 [pairs=4]
// One run, for a CPU profile: node --cpu-prof --cpu-prof-dir=DIR bench/worker-first-answer.mjs --one BUILD_DIR
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

/** The policy the options page starts from (src/policy/schema's DEFAULT_POLICY, as JSON). */
const DEFAULT_POLICY = {"version":2,"internalDomains":[],"rules":{},"categories":{},"allow":[],"customRules":[],"confirmBeforeSend":true,"sendCheck":{"threshold":"error","categories":["honorific","blunt-refusal","bad-news","calendar"]},"organisation":{"names":[],"brands":[]},"clients":[],"meetings":{"timeZone":"Asia/Tokyo","businessHours":{"start":"09:00","end":"18:00"},"lunch":{"start":"12:00","end":"13:00"},"clientLarger":false},"uiLanguage":"auto"};
const DRAFT = { kind: 'email', subject: 'お見積りの件', body: '佐藤様\n\nいつも大変お世話になっております。\n弊社の部長がおっしゃいましたとおり、来月から価格を見直します。', context: { recipient: 'client' } };

/** PROFILE=FILE: a CPU profile of the steps from the dictionary's arrival to the first Japanese answer. */
async function profilerOf(file) {
  if (!file) return null;
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  return {
    start: () => void session.post('Profiler.start'),
    stop: () => void session.post('Profiler.stop').then(({ profile }) => writeFileSync(file, JSON.stringify(profile))),
  };
}

async function one(dir) {
  const profiler = await profilerOf(process.env.PROFILE);
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const t0 = performance.now(), c0 = cpu();
  const marks = {};
  const mark = (name) => { marks[name] = { cpu: cpu() - c0, wall: performance.now() - t0 }; };
  const src = readFileSync(join(dir, 'engine-worker.js'), 'utf8');
  // The owning page fetches both data files while the worker's script starts and posts them (tiered-engine's
  // postFiles): read here before the clock's steps that matter, posted right after init as the page does.
  const files = readdirSync(join(dir, 'dict')).map((name) => { const b = readFileSync(join(dir, 'dict', name)); return { name, buffer: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) }; });
  const policy = JSON.parse(process.env.POLICY ?? 'null');
  let listener = () => {};
  let resolveDone, firstFindings = null;
  const done = new Promise((r) => { resolveDone = r; });
  let firstAnswer = () => {};
  globalThis.self = {
    location: { href: 'chrome-extension://x/engine-worker.js' },
    addEventListener: (_t, l) => { listener = l; },
    postMessage: (m) => {
      if (m.kind === 'settled') { mark('settled'); send(2); return; }
      if (m.kind === 'analyzed' && !m.response.japaneseReady) { firstAnswer(); return; }
      if (m.kind === 'failed') throw new Error(m.error);
      if (m.kind !== 'analyzed') return;
      if (m.response.japaneseReady) { mark('first Japanese answer'); profiler?.stop(); firstFindings = m.response.findings; resolveDone(); }
    },
  };
  globalThis.importScripts = (...files) => { for (const f of files) vm.runInThisContext(readFileSync(join(dir, f.replace(/^.*\//, '')), 'utf8')); };
  globalThis.fetch = async (url) => { throw new Error(`not posted: ${url}`); };
  const script = new vm.Script(src, { filename: join(dir, 'engine-worker.js') });
  mark('compiled');
  script.runInThisContext();
  mark('top level');
  const send = (id) => listener({ data: { kind: 'analyze', id, request: { type: 'analyze', composeId: 'c1', client: 'gmail', revision: id, draft: DRAFT }, policy: policy ?? defaultPolicy } });
  var defaultPolicy = DEFAULT_POLICY;
  const dictionary = files.find((f) => f.name.endsWith('.nwd'));
  listener({ data: { kind: 'init', baseUrl: 'chrome-extension://x/', posted: files.map((f) => f.name) } });
  mark('init');
  // As in the browser at load: the English model (3.1 MB) arrives first, the compose's first request is answered
  // without Japanese, and the dictionary (22.6 MB, the longer fetch) arrives after; then "settled", and the
  // compose's recheck gets the first Japanese answer. The steps after the dictionary's arrival are the ones on
  // the way to the first finding whatever the fetch takes.
  for (const { name, buffer } of files) if (name !== dictionary.name) listener({ data: { kind: 'file', name, buffer } });
  firstAnswer = () => {
    mark('first answer (no dictionary)');
    setTimeout(() => {
      mark('dictionary posted');
      profiler?.start();
      listener({ data: { kind: 'file', name: dictionary.name, buffer: dictionary.buffer } });
    }, 50);
  };
  send(1);
  await done;
  await new Promise((r) => setTimeout(r, 100)); // the profile written
  return { marks, findings: firstFindings.map((f) => f.ruleId) };
}

if (process.argv[2] === '--one') {
  const r = await one(process.argv[3]);
  process.stdout.write(JSON.stringify(r));
  process.exit(0);
} else {
  const [a, b, pairsArg] = process.argv.slice(2);
  const pairs = Number(pairsArg ?? 4);
  const runs = { A: [], B: [] };
  const run = (dir) => JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--one', dir], { encoding: 'utf8' }));
  for (let i = 0; i < pairs; i++) for (const label of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) runs[label].push(run(label === 'A' ? a : b));
  const same = runs.A.every((r) => JSON.stringify(r.findings) === JSON.stringify(runs.A[0].findings)) && runs.B.every((r) => JSON.stringify(r.findings) === JSON.stringify(runs.A[0].findings));
  console.log(`first Japanese answer's rule ids identical across every run of A and B: ${same} (${runs.A[0].findings.join(', ')})`);
  const med = (xs) => { const s = [...xs].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  // Each step's own CPU (from the mark before it), and the cumulative CPU and wall clock at the last mark.
  const steps = Object.keys(runs.A[0].marks);
  const own = (r, step) => r.marks[step].cpu - (steps.indexOf(step) > 0 ? r.marks[steps[steps.indexOf(step) - 1]].cpu : 0);
  const row = (label, xa, xb) => {
    const ratios = xa.map((x, i) => xb[i] / x);
    console.log(`${label.padEnd(40)} A ${med(xa).toFixed(1).padStart(6)}  B ${med(xb).toFixed(1).padStart(6)}  B/A median of pairs ${med(ratios).toFixed(3)} [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`);
  };
  for (const step of steps) row(`${step}: its own CPU ms`, runs.A.map((r) => own(r, step)), runs.B.map((r) => own(r, step)));
  const last = steps.at(-1);
  row(`start → ${last}: CPU ms`, runs.A.map((r) => r.marks[last].cpu), runs.B.map((r) => r.marks[last].cpu));
  row(`start → ${last}: wall ms`, runs.A.map((r) => r.marks[last].wall), runs.B.map((r) => r.marks[last].wall));
  row(`start → settled: CPU ms`, runs.A.map((r) => r.marks.settled.cpu), runs.B.map((r) => r.marks.settled.cpu));
}
