// WXT's in-memory browser (wxt/testing) installed as the global `chrome`/`browser` before any extension module
// loads, as WxtVitest's setup file does; done per test file so the shared vitest config stays as it is.
// Import this module first (through vi.hoisted) in tests that touch wxt/browser or wxt/utils/storage.
import { fakeBrowser } from 'wxt/testing/fake-browser';

const globals = globalThis as unknown as { chrome?: unknown; browser?: unknown };
globals.chrome = fakeBrowser;
globals.browser = fakeBrowser;

export { fakeBrowser };
