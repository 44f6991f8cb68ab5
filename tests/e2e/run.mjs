#!/usr/bin/env node
// End-to-end tests: build the extension, serve faithful copies of Gmail's and Outlook's compose windows on
// their real host names over local HTTPS, load the build into Debian's Chromium and check what a person
// sees. Exits non-zero on failure; the last line is "N passed, N failed".
//   node tests/e2e/run.mjs [name filter]      NEMAWASHI_E2E_SKIP_BUILD=1 reuses .output/chrome-mv3
import { launchWithExtension } from './lib/browser.mjs';
import { buildExtension } from './lib/build.mjs';
import { startNetworkRecorder } from './lib/network-recorder.mjs';
import { runAll } from './lib/runner.mjs';
import { startFixtureServer } from './lib/server.mjs';

const filter = process.argv[2];
let server;
let browser;
let network;
let result = { passed: 0, failed: 0 };
try {
  console.log('Building the extension…');
  const extensionDir = buildExtension({ quiet: true });
  server = await startFixtureServer();
  browser = await launchWithExtension({ extensionDir, port: server.port, devtoolsPort: true });
  // From the start, so that the network test sees every request the extension makes during the whole run.
  network = await startNetworkRecorder(browser);
  console.log(`Chromium with the extension ${browser.extensionId}; fixtures on 127.0.0.1:${server.port}\n`);
  await import('./manifest.test.mjs');
  await import('./gmail.test.mjs');
  await import('./outlook.test.mjs');
  await import('./calendar.test.mjs');
  await import('./policy.test.mjs');
  await import('./send.test.mjs');
  await import('./popup.test.mjs');
  await import('./recipient.test.mjs');
  await import('./ui-screenshots.test.mjs');
  await import('./failed-rules.test.mjs');
  await import('./perf.test.mjs');
  await import('./screenshots.test.mjs');
  await import('./apply-multi.test.mjs');
  await import('./apply-fuzz.test.mjs');
  // Last: it checks every request the extension made during the whole run.
  await import('./network.test.mjs');
  result = await runAll({ ...browser, network, extensionDir, port: server.port }, { filter });
} catch (error) {
  console.error(`\nThe end-to-end run could not start or finish: ${error?.stack ?? error}`);
  result.failed++;
} finally {
  network?.close();
  await browser?.context.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
}
console.log(`\n${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed > 0 ? 1 : 0);
