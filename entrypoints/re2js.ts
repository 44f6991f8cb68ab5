// re2js as its own script for the engine worker, which reads it with importScripts the first time an
// organisation's `pattern` rule is compiled (src/policy/re2js-on-demand.ts); it defines RE2JS in the worker's scope.
import { RE2JS } from 're2js';

export default defineUnlistedScript(() => {
  (globalThis as unknown as { RE2JS: typeof RE2JS }).RE2JS = RE2JS;
});
