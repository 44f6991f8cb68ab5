// Inside the dedicated Worker: the Engine with kuromoji. Loading the dictionary is one fetch of the compact
// file and views over it; here it never delays the English answers of the owning page.
import { extensionDictionaryReader } from './dictionary-loader';
import { EngineHost } from './engine-host';
import { WorkerRequestSchema, type WorkerReply } from './worker-protocol';

interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export function runEngineWorker(scope: WorkerScope): void {
  let host: EngineHost | null = null;
  scope.addEventListener('message', (event) => {
    const parsed = WorkerRequestSchema.safeParse(event.data);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.kind === 'init') {
      if (host) return;
      const loading: EngineHost = new EngineHost({
        readDictionary: extensionDictionaryReader((path) => new URL(path, message.baseUrl).href),
        onSettled: () => scope.postMessage({ kind: 'settled', status: loading.status() }),
      });
      host = loading;
      void host.start();
      return;
    }
    if (!host) {
      scope.postMessage({ kind: 'failed', id: message.id, error: 'not initialised' });
      return;
    }
    try {
      scope.postMessage({ kind: 'analyzed', id: message.id, response: host.analyze(message.request, message.policy) });
    } catch (error) {
      scope.postMessage({ kind: 'failed', id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
