// Round 39 experiment: a vitest setup file (not in the suite's config) that records every draft the unit suites give an
// Engine, one JSON line per call ({ file, input }) under $CAPTURE_DIR, so distil-suites.ts can label them with the rules.
// Use: add it to setupFiles in a scratch copy of vitest.config.ts, mkdir $CAPTURE_DIR, run `npx vitest run`.
import { appendFileSync } from 'node:fs';
import { Engine } from '../../src/engine/engine';

const out = `${process.env.CAPTURE_DIR ?? '/tmp/nemawashi-capture'}/${process.pid}.jsonl`;
const proto = Engine.prototype as unknown as { analyzeWithStatus: (input: unknown, policy?: unknown) => unknown; __captured?: boolean };
if (!proto.__captured) {
  const original = proto.analyzeWithStatus;
  proto.__captured = true;
  proto.analyzeWithStatus = function (this: unknown, input: unknown, policy?: unknown) {
    try {
      appendFileSync(out, JSON.stringify({ file: (globalThis as { __vitest_worker__?: { filepath?: string } }).__vitest_worker__?.filepath ?? '', input }) + '\n');
    } catch { /* capture is best effort */ }
    return original.call(this, input, policy);
  };
}
