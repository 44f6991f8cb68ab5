// The analyzer of an extension page (Chrome's offscreen document, Firefox's background page): a tiered engine
// whose Worker is entrypoints/engine-worker.ts and whose files come from the extension itself.
import { browser } from 'wxt/browser';
import { ENGLISH_MODEL_FILE } from '../engine/analysis/en-model-file';
import { COMPACT_DICTIONARY_FILE } from '../engine/compact-dictionary';
import { englishModelReader, extensionDictionaryReader, type PackagedFile } from './dictionary-loader';
import { adoptEarlyWorker } from './early-worker';
import { createTieredEngine, type Analyzer, type WorkerLike } from './tiered-engine';
import { ENGINE_WORKER_PATH } from './worker-protocol';

export function createPageAnalyzer(onSettled: () => void): Analyzer {
  const read = extensionDictionaryReader((path) => browser.runtime.getURL(path as '/'));
  return createTieredEngine({
    spawnWorker: () => {
      // Chrome's offscreen document spawned it from its first script, ahead of this one (early-worker.ts).
      const early = adoptEarlyWorker();
      if (early) return early;
      try {
        return typeof Worker === 'function' ? (new Worker(browser.runtime.getURL(ENGINE_WORKER_PATH)) as WorkerLike) : null;
      } catch {
        return null;
      }
    },
    baseUrl: browser.runtime.getURL('/'),
    readDictionary: read,
    readEnglishModel: englishModelReader(read),
    onSettled,
    // Fetched here while the worker's script starts, rather than by the worker once it runs.
    postFiles: { names: [COMPACT_DICTIONARY_FILE, ENGLISH_MODEL_FILE], read: (name) => read(name as PackagedFile) },
  });
}
