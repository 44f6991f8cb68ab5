// The engine worker's build resolves `re2js` to src/policy/re2js-on-demand.ts, which loads the package as a
// second script on first use (see there why). Every other build (the re2js script itself, the pages) keeps the
// package: the switch is made per build, by its input.
import type { Plugin } from 'vite';

/** `isWorkerInput(id)`: the build's input is the engine worker's entry; `shim`: the on-demand module's path. */
export function re2jsOnDemand(isWorkerInput: (id: string) => boolean, shim: string): Plugin {
  let worker = false;
  return {
    name: 'nemawashi:re2js-on-demand',
    enforce: 'pre',
    options(options) {
      const input = options.input;
      const ids = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      worker = ids.some(isWorkerInput);
      return null;
    },
    resolveId(source, importer) {
      if (!worker || source !== 're2js' || importer === shim) return null;
      return shim;
    },
  };
}
