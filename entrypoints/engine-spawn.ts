// The offscreen document's first script, classic and run as its HTML is parsed: spawns the engine Worker before
// the page's module script has loaded (src/extension/early-worker.ts says why; page-analyzer.ts adopts it).
import { spawnEarlyWorker } from '../src/extension/early-worker';

export default defineUnlistedScript({ include: ['chrome'], main: () => spawnEarlyWorker() });
