// The engine worker's replies to the page that owns it (worker-protocol.ts has the requests), validated by the
// page on receipt. Apart from the requests so that the worker's own script, which only sends these, does not
// build their schemas (nor protocol.ts's, which they are made of).
import { z } from 'zod';
import { AnalyzeResponseSchema, StatusSchema } from './protocol';

export const WorkerReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('settled'), status: StatusSchema }),
  z.object({ kind: z.literal('analyzed'), id: z.number().int(), response: AnalyzeResponseSchema }),
  z.object({ kind: z.literal('failed'), id: z.number().int(), error: z.string() }),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;
