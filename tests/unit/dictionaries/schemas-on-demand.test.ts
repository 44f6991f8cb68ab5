// The dictionaries' schemas exist for tests/unit/dictionaries/schemas.test.ts only (src/rules/bundled.ts): loading
// the rules and analysing drafts must build none of them (they were ~250 zod constructors at the engine worker's
// start), and each must still be there, and the same object, when the test asks.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { bundledDictionaries, onDemandBuilt } from '../../../src/rules/bundled';
import '../../../src/rules';

describe('bundled dictionaries: schemas on demand', () => {
  it('loading the rules and analysing a draft builds no schema', () => {
    const engine = createEngine(null);
    const findings = engine.analyze({
      subject: 'Re: 納期',
      body: 'ASAP で返事ください。\nWe cannot do that, period. Let us meet on 2026-05-03 at 10:00 JST.\nThx!',
      context: { recipient: 'client', firstContact: false, now: '2026-05-01' },
    });
    expect(findings.length).toBeGreaterThan(0);
    expect(onDemandBuilt()).toBe(0);
  });

  it('builds a schema when asked, once', () => {
    const [first] = bundledDictionaries();
    const schema = first!.schema;
    expect(onDemandBuilt()).toBeGreaterThan(0);
    expect(first!.schema).toBe(schema);
    expect(schema.safeParse(first!.data).success).toBe(true);
  });
});
