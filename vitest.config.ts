import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/corpus/**/*.test.ts'],
    // kuromoji's dictionary is ~100 MB unpacked: one worker at a time keeps memory and load time sane.
    pool: 'forks',
    // wink-nlp's English model is a data file (src/engine/analysis/en-model.ts): each test process reads it.
    setupFiles: ['tests/setup/english-model.ts'],
    maxWorkers: 2,
    testTimeout: 120000, // generous: the suite must pass on a loaded 2-core machine (timings belong in the bench)
    hookTimeout: 180000,
  },
});
