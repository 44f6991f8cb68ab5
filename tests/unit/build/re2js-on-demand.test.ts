// re2js out of the engine worker's script (src/build/re2js-on-demand.ts, src/policy/re2js-on-demand.ts): the
// worker's build resolves `re2js` to a module that reads the package's own script with importScripts the first
// time a pattern is compiled; every other build keeps the package. The compiled pattern must be the package's.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RE2JS as Package } from 're2js';
import { re2jsOnDemand } from '../../../src/build/re2js-on-demand';
import { RE2JS_SCRIPT } from '../../../src/policy/re2js-on-demand';

const SHIM = '/repo/src/policy/re2js-on-demand.ts';
const isWorker = (id: string) => /[\\/]entrypoints[\\/]engine-worker\.ts$/.test(id);

/** The plugin's two hooks as Vite calls them, for a build of `input`. */
function resolveIn(input: unknown, source: string, importer?: string): unknown {
  const plugin = re2jsOnDemand(isWorker, SHIM);
  (plugin.options as (o: unknown) => unknown)({ input });
  return (plugin.resolveId as (s: string, i?: string) => unknown)(source, importer);
}

describe('the build: re2js resolved to the on-demand module in the worker only', () => {
  it('in the engine worker build, whatever imports it (but the module itself)', () => {
    for (const input of ['/repo/entrypoints/engine-worker.ts', ['/repo/entrypoints/engine-worker.ts'], { main: '/repo/entrypoints/engine-worker.ts' }]) {
      expect(resolveIn(input, 're2js', '/repo/src/policy/pattern.ts')).toBe(SHIM);
    }
    expect(resolveIn('/repo/entrypoints/engine-worker.ts', 're2js', SHIM)).toBeNull();
    expect(resolveIn('/repo/entrypoints/engine-worker.ts', 'zod', '/repo/src/policy/schema.ts')).toBeNull();
  });

  it('not in the re2js script, the pages or the content scripts', () => {
    for (const input of ['/repo/entrypoints/re2js.ts', '/repo/entrypoints/options/index.html', ['/repo/entrypoints/background.ts', '/repo/entrypoints/popup/index.html'], '/repo/entrypoints/engine-worker.tsx']) {
      expect(resolveIn(input, 're2js', '/repo/src/policy/pattern.ts'), JSON.stringify(input)).toBeNull();
    }
  });
});

describe('the worker: the package read with importScripts on first use', () => {
  const scope = globalThis as { importScripts?: (url: string) => void; RE2JS?: unknown };
  let loads: string[];
  beforeEach(() => {
    vi.resetModules();
    loads = [];
    scope.importScripts = (url) => {
      loads.push(url);
      scope.RE2JS = Package;
    };
  });
  afterEach(() => {
    delete scope.importScripts;
    delete scope.RE2JS;
  });

  it('loads nothing at import, the script once, and compiles as the package does', async () => {
    const { RE2JS } = await import('../../../src/policy/re2js-on-demand');
    expect(loads).toEqual([]);
    const regex = RE2JS.compile('project (falcon|heron)', RE2JS.CASE_INSENSITIVE);
    expect(loads).toEqual([RE2JS_SCRIPT]);
    expect(regex).toBeInstanceOf(Package);
    expect(RE2JS.CASE_INSENSITIVE).toBe(Package.CASE_INSENSITIVE);
    expect(regex.matcher('re: Project Heron').find()).toBe(true);
    RE2JS.compile('a+');
    expect(loads).toEqual([RE2JS_SCRIPT]);
  });

  it('says so when the script defines nothing, and when there is no importScripts', async () => {
    scope.importScripts = (url) => void loads.push(url);
    const first = await import('../../../src/policy/re2js-on-demand');
    expect(() => first.RE2JS.compile('a')).toThrow(`${RE2JS_SCRIPT} did not define RE2JS`);
    vi.resetModules();
    delete scope.importScripts;
    const second = await import('../../../src/policy/re2js-on-demand');
    expect(() => second.RE2JS.compile('a')).toThrow('no importScripts');
  });
});
