// Apply fuzz: generated drafts in both clients' compose windows, each given a finding's suggestion (one
// edit, then several) through the extension's apply code, with a real Ctrl+Z after each. Asserts the text
// equals the engine's (src/engine/apply.ts), every character and line break outside the edits is as it
// was (no-break spaces and the elements around it included), and Undo restores the whole draft, undoing
// nothing before the suggestion. Drafts are batched in one page per client (no browser per draft).
//   NEMAWASHI_FUZZ_SEED (default 20261202) and NEMAWASHI_FUZZ_DRAFTS (per client, default 200) reproduce a run;
//   NEMAWASHI_FUZZ_ONLY=<index> runs one draft of it (its HTML before and after is printed on failure).
import { build } from 'esbuild';
import { join } from 'node:path';
import { draft } from './apply-fuzz/drafts.mjs';
import { ROOT } from './lib/build.mjs';
import { assert, waitFor } from './lib/expect.mjs';
import { openGmail, openOutlook } from './lib/mail.mjs';
import { test } from './lib/runner.mjs';

const SEED = Number(process.env.NEMAWASHI_FUZZ_SEED ?? 20261202);
const DRAFTS = Number(process.env.NEMAWASHI_FUZZ_DRAFTS ?? 200);
const ONLY = process.env.NEMAWASHI_FUZZ_ONLY === undefined ? null : Number(process.env.NEMAWASHI_FUZZ_ONLY);

let bundle;
/** The in-page half, bundled from the extension's sources (the same apply code the content script runs). */
async function pageScript() {
  bundle ??= build({
    entryPoints: [join(ROOT, 'tests', 'e2e', 'apply-fuzz', 'page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return bundle;
}

async function composeWindow(t, client) {
  if (client === 'gmail') {
    const page = await openGmail(t);
    await page.evaluate(() => window.fakeGmail.compose({ subject: 'Fuzz', html: '' }));
    return page;
  }
  const page = await openOutlook(t);
  await page.evaluate(() => window.fakeOutlook.newMail({ subject: 'Fuzz' }));
  return page;
}

async function fuzz(t, client) {
  const page = await composeWindow(t, client);
  await page.addScriptTag({ content: await pageScript() });
  await waitFor(() => page.evaluate(() => !!window.applyFuzz), 'the fuzz harness in the page');
  const failures = [];
  const stats = { applies: 0, en: 0, nbspNeighbour: 0, nbspNeighbourEn: 0 };
  const started = Date.now();
  for (let index = ONLY ?? 0; index < (ONLY === null ? DRAFTS : ONLY + 1); index++) {
    const { lang, html } = draft(SEED, index, client);
    for (const multi of [false, true]) {
      const seed = SEED ^ (index * 2 + (multi ? 1 : 0));
      const outcome = await page.evaluate((c) => window.applyFuzz.applyCase(c), { client, html, seed, multi });
      if (outcome.edits.length === 0) continue;
      stats.applies++;
      if (lang === 'en') stats.en++;
      if (outcome.nbspNeighbour) {
        stats.nbspNeighbour++;
        if (lang === 'en') stats.nbspNeighbourEn++;
      }
      // Undo as a person does it: the keyboard, in the focused compose body.
      await page.keyboard.press('Control+z');
      const undo = await page.evaluate(() => window.applyFuzz.afterUndo());
      const problems = [...outcome.problems, ...undo.map((p) => `after Undo: ${p}`)];
      if (problems.length > 0) failures.push({ index, lang, multi, edits: outcome.edits, text: outcome.text, problems });
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  t.log(
    `${client}: ${DRAFTS} drafts, ${stats.applies} applies in ${seconds} s; a plain space next to an edit became a no-break space in ` +
      `${stats.nbspNeighbour}/${stats.applies} (English drafts ${stats.nbspNeighbourEn}/${stats.en}); ${failures.length} applies failed`,
  );
  for (const f of failures.slice(0, 5)) {
    t.log(`draft ${f.index} (${f.lang}, ${f.multi ? 'multi-edit' : 'one edit'}, seed ${SEED}) ${JSON.stringify(f.text)} edits ${JSON.stringify(f.edits)}`);
    for (const p of f.problems.slice(0, ONLY === null ? 2 : 8)) t.log(`  ${p}`);
  }
  assert.equal(failures.length, 0, `${failures.length} of ${stats.applies} applies changed more than their edits or did not undo`);
}

for (const client of ['gmail', 'outlook']) {
  test(`apply fuzz (${client}): ${DRAFTS} generated drafts, one-edit and multi-edit suggestions, exact text, neighbours byte-identical, one Undo restores the draft`, (t) => fuzz(t, client), {
    timeoutMs: 600000,
  });
}
