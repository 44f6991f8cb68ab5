import { coldStarts } from './node-bench.ts';
const c = await coldStarts(Number(process.argv[2] ?? 3));
for (const x of c) console.log(x.mode, 'ready', x.ready.median.toFixed(0), 'load', x.load.median.toFixed(0), 'compacted', x.compacted?.median.toFixed(0), 'rss', x.rssMB.median, 'heap', x.heapUsedMB, 'buffers', x.arrayBuffersMB, 'first', x.firstAnalysis.median.toFixed(1));
