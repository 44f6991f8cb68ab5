// What a person does and sees in a compose window, as test helpers. Everything reads the page's main world
// (the mail client's own view) or our UI layer's open shadow root, never the extension's internals.
import { waitFor } from './expect.mjs';

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
export const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox';
export const GMAIL_BODY = '[g_editable="true"][role="textbox"]';
export const OUTLOOK_BODY = '[role="textbox"][aria-label^="Message body"]';

/**
 * Debug switches live in the page's localStorage, which the browser profile keeps across tests: every page
 * opened with `before` gets it cleared again when the test ends (see runner.mjs's cleanups).
 */
async function withInitScript(t, page, before) {
  if (!before) return;
  await page.addInitScript(before);
  t.cleanup(() => page.evaluate(() => localStorage.clear()).catch(() => undefined));
}

export async function openGmail(t, url = GMAIL_URL, { before } = {}) {
  const page = await t.page();
  await withInitScript(t, page, before);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitFor(() => page.evaluate(() => !!window.fakeGmail), 'the Gmail copy to start');
  await waitFor(() => page.evaluate(() => !!document.querySelector('nemawashi-ui')), 'the content script to start');
  return page;
}

export async function openOutlook(t, url = OUTLOOK_URL, { before } = {}) {
  const page = await t.page();
  await withInitScript(t, page, before);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitFor(() => page.evaluate(() => !!window.fakeOutlook), 'the Outlook copy to start');
  await waitFor(() => page.evaluate(() => !!document.querySelector('nemawashi-ui')), 'the content script to start');
  return page;
}

/** A selector for the body of the compose window the fake client created with this id. */
export const bodyOf = (composeId, client = 'gmail') => `[data-compose-id="${composeId}"] ${client === 'gmail' ? GMAIL_BODY : OUTLOOK_BODY}`;

/** Puts the caret at the very start of the body (before any signature), as a click on its first line would. */
export async function caretAtStart(page, bodySelector) {
  await page.click(bodySelector, { position: { x: 4, y: 4 } }).catch(() => undefined);
  await page.evaluate((sel) => {
    const body = document.querySelector(sel);
    body.focus();
    // Gmail's first line is bare text in the body; Outlook's is the first paragraph <div>.
    const first = body.firstElementChild?.matches('div, p') && body.firstChild === body.firstElementChild ? body.firstElementChild : body;
    const r = document.createRange();
    r.setStart(first.firstChild && first.firstChild.nodeType === 3 ? first.firstChild : first, 0);
    r.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(r);
  }, bodySelector);
}

/**
 * Types Japanese the way an IME does, through Chromium's own IME emulation (DevTools protocol): each step
 * shows an unconfirmed composition (compositionstart/update), then the text is committed (compositionend).
 * `pauseMs` between steps paces it like a person choosing conversions.
 */
export async function imeType(page, steps, commit, { pauseMs = 0, beforeCommit } = {}) {
  const cdp = await page.context().newCDPSession(page);
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    if (pauseMs) await page.waitForTimeout(pauseMs);
  }
  // Still composing here: the caller can look at the page mid-composition.
  if (beforeCommit) await beforeCommit();
  await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

/** Text of every range Nemawashi highlights, by severity, read from the page's CSS.highlights registry. */
export async function highlights(page) {
  return page.evaluate(() => {
    const out = {};
    for (const severity of ['error', 'warning', 'info']) {
      const h = CSS.highlights.get(`nemawashi-${severity}`);
      out[severity] = h ? [...h].map((r) => r.toString()) : [];
    }
    return out;
  });
}

export const allHighlighted = (h) => [...h.error, ...h.warning, ...h.info];

/** The badge drawn over a compose body: its text, count, state and how many checks ran. */
export async function badge(page, bodySelector) {
  return page.evaluate((sel) => {
    const body = document.querySelector(sel);
    const host = document.querySelector('nemawashi-ui');
    if (!body || !host?.shadowRoot) return null;
    const r = body.getBoundingClientRect();
    for (const b of host.shadowRoot.querySelectorAll('.badge')) {
      const br = b.getBoundingClientRect();
      const x = br.left + br.width / 2;
      const y = br.top + br.height / 2;
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
        return {
          text: b.textContent.trim(),
          count: Number(b.dataset.count),
          checks: Number(b.dataset.checks),
          state: ['issues', 'clean', 'loading'].find((s) => b.classList.contains(s)),
          japaneseReady: b.dataset.japaneseReady === 'true',
          title: b.getAttribute('title'),
          composeId: b.dataset.composeId,
        };
      }
    }
    return null;
  }, bodySelector);
}

/** Moves the mouse onto the highlighted text `flagged` (a range in CSS.highlights) and waits for its card. */
export async function hoverFinding(page, flagged) {
  const point = await waitFor(
    () =>
      page.evaluate((text) => {
        for (const name of ['nemawashi-error', 'nemawashi-warning', 'nemawashi-info']) {
          for (const r of CSS.highlights.get(name) ?? []) {
            if (r.toString() !== text) continue;
            const rect = r.getClientRects()[0];
            if (rect) return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
          }
        }
        return null;
      }, flagged),
    `a highlight on "${flagged}"`,
  );
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const card = page.locator('nemawashi-ui .card');
  await card.waitFor({ state: 'visible', timeout: 10000 });
  return card;
}

/** The body's text as the person sees it (innerText), plus where the caret is in its textContent. */
export async function bodyState(page, bodySelector) {
  return page.evaluate((sel) => {
    const body = document.querySelector(sel);
    const sel_ = getSelection();
    let caret = null;
    if (sel_.rangeCount && body.contains(sel_.focusNode)) {
      const r = document.createRange();
      r.setStart(body, 0);
      r.setEnd(sel_.focusNode, sel_.focusOffset);
      caret = { offset: r.toString().length, collapsed: sel_.isCollapsed };
    }
    return { innerText: body.innerText, textContent: body.textContent, html: body.innerHTML, caret };
  }, bodySelector);
}

/** Sets the org policy the way the options page stores it (sync storage), through the service worker. */
export async function setPolicy(worker, policy) {
  await worker.evaluate((p) => (p ? chrome.storage.sync.set({ policy: p }) : chrome.storage.sync.remove('policy')), policy ?? null);
}

/** Compose ids the background keeps findings for (what the popup lists), from its session storage. */
export async function composeIdsInBackground(worker) {
  const { tabFindings } = await worker.evaluate(() => chrome.storage.session.get('tabFindings'));
  return Object.values(tabFindings ?? {}).flatMap((drafts) => drafts.map((d) => d.composeId));
}

/** A Gmail-style button press: mousedown then mouseup on the element (what Gmail's buttons act on). */
export async function press(page, selector) {
  const box = await page.locator(selector).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}
