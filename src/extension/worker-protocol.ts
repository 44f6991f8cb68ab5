// Messages between the page that owns the analyzer (Chrome's offscreen document, Firefox's background page)
// and its dedicated Worker, which loads kuromoji's dictionary off the page's main thread. postMessage only:
// these never travel over runtime messaging. The worker parses the requests (here); the page parses the replies
// (worker-reply.ts), kept apart so that the worker's script builds only the schemas it reads: not protocol.ts's.
import { z } from 'zod';
import { PolicySchema } from '../policy/schema';
import { AnalyzeRequestSchema } from './analyze-request';

export const WorkerRequestSchema = z.discriminatedUnion('kind', [
  /**
   * Start loading the dictionary from `baseUrl` (the extension's root: workers have no runtime.getURL). The
   * data files named in `posted` are not fetched by the worker: the page fetched them while the worker's
   * script started and posts each as a 'file' message.
   */
  z.object({ kind: z.literal('init'), baseUrl: z.string(), posted: z.array(z.string()).optional() }),
  /** A data file the page fetched (its bytes transferred, not copied), or why it could not (`error`). */
  z.object({
    kind: z.literal('file'),
    name: z.string(),
    buffer: z.custom<ArrayBuffer>((v) => v instanceof ArrayBuffer).optional(),
    error: z.string().optional(),
  }),
  z.object({ kind: z.literal('analyze'), id: z.number().int(), request: AnalyzeRequestSchema, policy: PolicySchema }),
]);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;

/** The worker script WXT builds from entrypoints/engine-worker.ts. */
export const ENGINE_WORKER_PATH = '/engine-worker.js';
