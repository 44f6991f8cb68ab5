// The analyzer's dedicated Worker (spawned by the offscreen document on Chrome, the background page on Firefox).
import { runEngineWorker } from '../src/extension/engine-worker-main';

export default defineUnlistedScript(() => runEngineWorker(self as unknown as Parameters<typeof runEngineWorker>[0]));
