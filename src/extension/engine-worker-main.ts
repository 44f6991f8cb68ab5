// Inside the dedicated Worker: the Engine with kuromoji. Loading the dictionary is one fetch of the compact
// file and views over it; here it never delays the English answers of the owning page. wink-nlp's English
// model is one fetch of its data file too, and the first answer waits for it. The owning page may fetch
// both itself while this script starts (it is parsed and run before any message is handled) and post them.
import { englishModelReader, extensionDictionaryReader, type ReadPackagedFile } from './dictionary-loader';
import { EngineHost } from './engine-host';
import { WorkerRequestSchema } from './worker-protocol';
import type { WorkerReply } from './worker-reply';

interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export function runEngineWorker(scope: WorkerScope): void {
  let host: EngineHost | null = null;
  /** The files the page said it would post, each settled by its 'file' message. */
  const posted = new Map<string, { file: Promise<ArrayBuffer>; settle(buffer: ArrayBuffer | undefined, error: string | undefined): void }>();
  scope.addEventListener('message', (event) => {
    const parsed = WorkerRequestSchema.safeParse(event.data);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.kind === 'init') {
      if (host) return;
      for (const name of message.posted ?? []) posted.set(name, postedFile(name));
      const fetched = extensionDictionaryReader((path) => new URL(path, message.baseUrl).href);
      const read: ReadPackagedFile = (name) => {
        const entry = posted.get(name);
        if (!entry) return fetched(name);
        // Forgotten once settled: the map lives as long as the worker, and its promise would hold the file's
        // bytes for good (the English model's 3.1 MB, after the parser took what it needs from them).
        entry.file.then(
          () => posted.delete(name),
          () => posted.delete(name),
        );
        return entry.file;
      };
      const loading: EngineHost = new EngineHost({
        readDictionary: read,
        readEnglishModel: englishModelReader(read),
        onSettled: () => scope.postMessage({ kind: 'settled', status: loading.status() }),
      });
      host = loading;
      void host.start();
      return;
    }
    if (message.kind === 'file') {
      posted.get(message.name)?.settle(message.buffer, message.error);
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

/** A file the page will post: its bytes, or the page's error (the same message the worker's own fetch gives). */
function postedFile(name: string) {
  let settle!: (buffer: ArrayBuffer | undefined, error: string | undefined) => void;
  const file = new Promise<ArrayBuffer>((resolve, reject) => {
    settle = (buffer, error) => (buffer ? resolve(buffer) : reject(new Error(error ?? `${name}: not received`)));
  });
  // Read only when the engine asks; a failure nobody asked for must not surface as an unhandled rejection.
  file.catch(() => undefined);
  return { file, settle };
}
