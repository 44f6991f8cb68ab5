// Inside the dedicated Worker: the Engine with kuromoji. Loading the dictionary is one fetch of the compact
// file and views over it; here it never delays the English answers of the owning page. wink-nlp's English
// model is one fetch of its data file too, and the first answer waits for it.
import { englishModelReader, extensionDictionaryReader } from './dictionary-loader';
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
      const read = extensionDictionaryReader((path) => new URL(path, message.baseUrl).href);
      const loading: EngineHost = new EngineHost({
        readDictionary: read,
        readEnglishModel: englishModelReader(read),
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
    // Answers in the order asked: each waits for the same English model, then runs synchronously.
    host.analyze(message.request, message.policy).then(
      (response) => scope.postMessage({ kind: 'analyzed', id: message.id, response }),
      (error: unknown) => scope.postMessage({ kind: 'failed', id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
