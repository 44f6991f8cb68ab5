// Node ready in CPU (issue 14, round 36): the CPU a fresh `node` spends from its start to a Japanese analyzer
// ready (process.cpuUsage, user + system), split into the bundle's module evaluation (the rules' and the
// analysis' tables built at import), the dictionary load and the engine's own start, then the first analysis.
// Bundled and run by bench/ready-cpu-run.mjs with plain node (no tsx in the measured process). On a shared
// machine read the CPU columns, not the wall.
import { performance } from 'node:perf_hooks';
import { createEngine } from '../src/engine/index';
import { loadNodeTokenizer } from '../src/engine/node-dictionary';
import { useNodeEnglishModel } from '../src/engine/node-english-model';

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const importedCpu = cpu();
const importedWall = performance.now();
useNodeEnglishModel();
const tokenizer = await loadNodeTokenizer();
const loadedCpu = cpu();
const engine = createEngine(tokenizer);
const readyCpu = cpu();
const readyWall = performance.now();
engine.analyze({ body: '株式会社ミナト精工\n営業部 佐藤様\n\nいつも大変お世話になっております。\n申し訳ございませんが、納期の短縮はできません。', context: { recipient: 'client', now: '2025-12-01' } });
const firstCpu = cpu() - readyCpu;
process.stdout.write(JSON.stringify({ importedCpu, importedWall, loadCpu: loadedCpu - importedCpu, engineCpu: readyCpu - loadedCpu, readyCpu, readyWall, firstCpu }) + '\n');
