// Conventions of the compose features (after Refined GitHub's meta-test): every feature file is started from
// the explicit list, its id is its file name, and it stops what it started when its signal aborts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(() => import('../extension/fake-browser'));
const { CORE_FEATURES, MAIL_FEATURES } = await import('../../../src/ui/compose/features');
const { default: whenFindings } = await import('../../../src/ui/calendar/when-findings');

const DIR = 'src/ui/compose/features';
const files = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f) && !/^(index|feature)\.ts$/.test(f));

describe('compose features', () => {
  it('every feature file is in the mail list, under its file name', () => {
    const ids = MAIL_FEATURES.map((f) => f.id).sort();
    expect(ids).toEqual(files.map((f) => f.replace(/\.tsx?$/, '')).sort());
  });

  it('the calendar runs the core features plus its own, each once', () => {
    const ids = [whenFindings, ...CORE_FEATURES].map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['discover', 'underlines', 'badge', 'card', 'keyboard', 'send-guard']) expect(ids).toContain(id);
  });

  it('every feature registers its listeners and effects against the signal it is given', () => {
    for (const file of files) {
      const src = readFileSync(`${DIR}/${file}`, 'utf8');
      expect(src, file).toMatch(/export default defineFeature\('[\w-]+', init\);\s*$/);
      // Listeners take the signal; effects and subscriptions are stopped on abort.
      for (const m of src.matchAll(/addEventListener\(([^)]*)\)/g)) if (!m[1]!.includes("'abort'")) expect(src, file).toContain('signal');
      const effects = (src.match(/= effect\(/g) ?? []).length;
      const stops = (src.match(/signal\.addEventListener\('abort'/g) ?? []).length;
      if (effects > 0) expect(stops, `${file} stops its effects`).toBeGreaterThan(0);
    }
  });
});
