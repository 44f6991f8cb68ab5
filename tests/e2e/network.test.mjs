// Nothing leaves the browser: every request the extension made during the whole end-to-end run — its service
// worker, offscreen document, engine Worker, popup, options page and content scripts — is for its own files.
// The recorder (lib/network-recorder.mjs) runs from the browser's start; this test, registered last, adds a
// draft typed and checked in Gmail and in Outlook, the popup and the options page, and two self-checks that
// prove the recorder sees requests and tells the content scripts' from the page's own.
import { assert, waitFor } from './lib/expect.mjs';
import { allHighlighted, badge, bodyOf, caretAtStart, highlights, openGmail, openOutlook } from './lib/mail.mjs';
import { extensionRequests, staysInBrowser } from './lib/network-recorder.mjs';
import { test } from './lib/runner.mjs';

const CLIENT = [{ name: '佐藤 健二', email: 'kenji.sato@sakura-trading.co.jp' }];

async function typeAndCheck(page, body) {
  await caretAtStart(page, body);
  await page.keyboard.insertText('佐藤様');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('御社のご要望、了解しました。');
  await page.keyboard.press('Enter');
  await page.keyboard.type("No, that's out of scope.", { delay: 10 });
  await waitFor(async () => {
    const h = allHighlighted(await highlights(page));
    return h.includes('御社') && h.some((x) => x.includes('out of scope')) && (await badge(page, body))?.japaneseReady;
  }, 'the Japanese and English findings, with the dictionary loaded', { timeoutMs: 60000 });
}

const describe = (r) => `${r.url} (from ${r.targetType} ${r.targetUrl}${r.blockedReason ? `, ${r.blockedReason}` : ''})`;

test('network: the extension requests nothing but its own files, in every context, while drafts are checked', async (t) => {
  const { network, extensionId } = t;
  const own = `chrome-extension://${extensionId}/`;
  const stamp = Date.now();

  // The dictionary is fetched once per offscreen document (for its engine Worker): close it, so that the next
  // check recreates both under the recorder.
  await t.worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
  const recordedBefore = network.requests.length;

  const gmail = await openGmail(t);
  const gmailId = await gmail.evaluate((to) => window.fakeGmail.compose({ to, subject: 'お見積もりの件' }), CLIENT);
  await typeAndCheck(gmail, bodyOf(gmailId));
  const outlook = await openOutlook(t);
  const outlookId = await outlook.evaluate((to) => window.fakeOutlook.newMail({ to, subject: 'お見積もりの件' }), CLIENT);
  await typeAndCheck(outlook, bodyOf(outlookId, 'outlook'));

  const popup = await t.page(`${own}popup.html`);
  await popup.locator('.nw-popup').waitFor();
  const options = await t.page(`${own}options.html`);
  await options.locator('.nw-options__header').waitFor();

  // Self-check 1: a script on the mail page whose URL is the extension's (as a content script's is) makes a
  // request: it must be recorded and counted as the extension's; the page's own request must not be.
  const fromScript = `https://mail.google.com/fixture/nemawashi-self-check-${stamp}`;
  const fromPage = `https://mail.google.com/fixture/page-own-request-${stamp}`;
  await gmail.evaluate(
    ([url, source]) => (0, eval)(`fetch(${JSON.stringify(url)}).catch(() => undefined);\n//# sourceURL=${source}`),
    [fromScript, `${own}network-self-check.js`],
  );
  await gmail.evaluate((url) => fetch(url).catch(() => undefined), fromPage);
  // Self-check 2: an extension page asking a remote server (its CSP refuses; the attempt still counts).
  const fromPopup = `https://example.com/nemawashi-self-check-${stamp}`;
  await popup.evaluate((url) => fetch(url).catch(() => undefined), fromPopup);
  const probes = [fromScript, fromPage, fromPopup];
  const unrecorded = () => probes.filter((u) => !network.requests.some((r) => r.url === u));
  await waitFor(() => unrecorded().length === 0, 'the self-check requests to be recorded').catch((error) => {
    throw new Error(`${error.message}: missing ${unrecorded().join(', ')}; watching ${JSON.stringify(network.targets())}`);
  });

  const made = extensionRequests(network.requests, extensionId);
  assert.ok(made.some((r) => r.url === fromScript), 'a request from an extension script on the page is the extension’s');
  assert.ok(!made.some((r) => r.url === fromPage), 'the page’s own request is not the extension’s');
  assert.ok(made.some((r) => r.url === fromPopup && r.blockedReason === 'csp'), 'a request from an extension page is the extension’s, and its CSP refused it');

  // Every context was watched: the offscreen document fetched the data files for its Worker (posted to it,
  // so the Worker itself fetches nothing), the pages loaded their chunks.
  const seen = (what, ok) => assert.ok(made.some(ok), `${what} (recorded: ${made.length} requests)`);
  const from = (r, page) => [r.documentUrl, r.targetUrl].some((u) => u.startsWith(`${own}${page}`));
  seen('the offscreen document’s dictionary fetch, for the engine Worker', (r) => from(r, 'offscreen') && r.url.startsWith(`${own}dict/`));
  // The document's HTML preloads the dictionary and its script's fetch takes that response: one request for the
  // 22.6 MB per document, not two (a preload whose mode differs from fetch()'s would be fetched again).
  const dictionaryRequests = extensionRequests(network.requests.slice(recordedBefore), extensionId).filter((r) => from(r, 'offscreen') && /\/dict\/[^/]+\.nwd$/.test(r.url));
  assert.equal(dictionaryRequests.length, 1, `the recreated offscreen document's dictionary requests: ${dictionaryRequests.map(describe).join('; ')}`);
  assert.ok(network.targets().some((x) => x.type === 'worker' && x.url.startsWith(own)), 'the engine Worker is watched');
  seen('the offscreen document’s scripts', (r) => from(r, 'offscreen') && r.url.endsWith('.js'));
  seen('the popup’s scripts', (r) => from(r, 'popup.html') && r.url.endsWith('.js'));
  seen('the options page’s scripts', (r) => from(r, 'options.html') && r.url.endsWith('.js'));
  assert.ok(network.targets().some((x) => x.type === 'service_worker' && x.url.startsWith(own)), 'the service worker is watched');

  const outside = made.filter((r) => !staysInBrowser(r.url, extensionId) && ![fromScript, fromPopup].includes(r.url));
  assert.deepEqual(outside.map(describe), [], 'requests outside the extension’s own files');
  t.log(`${made.length} requests by the extension, all to its own files; ${network.requests.length} recorded in all`);
}, { timeoutMs: 180000 });
