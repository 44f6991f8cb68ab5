// Preact's renderer carries one raw-HTML path: the `dangerouslySetInnerHTML` prop, the only `innerHTML`
// assignment in our bundles (Mozilla's linter flags it in every content script and UI chunk). Nemawashi
// never renders HTML from a string — drafts come from the mail page and must stay text — so the build
// replaces that assignment with an error: the path is gone from what ships, and a future use of the prop
// fails loudly instead of injecting markup. Preact's own test of the prop is not ours to run.
import type { Plugin } from 'vite';

/** `dom.innerHTML = newHtml.__html` as Preact's minified build writes it (any variable names). */
const RAW_HTML_ASSIGNMENT = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
const PREACT_BUILD = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;

export const RAW_HTML_ERROR = 'Nemawashi renders no raw HTML: dangerouslySetInnerHTML is disabled in this build';

/** Rewrites Preact's one raw-HTML assignment; `code` is preact/dist/preact.mjs. Throws if the shape changed. */
export function withoutRawHtml(code: string): string {
  const found = code.match(RAW_HTML_ASSIGNMENT)?.length ?? 0;
  // A new Preact that writes it differently must stop the build, not ship the assignment unnoticed.
  if (found !== 1) throw new Error(`no-raw-html: expected one innerHTML assignment in Preact, found ${found}`);
  return code.replace(RAW_HTML_ASSIGNMENT, () => `(()=>{throw new Error(${JSON.stringify(RAW_HTML_ERROR)})})()`);
}

export function noRawHtml(): Plugin {
  return {
    name: 'nemawashi:no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_BUILD.test(id.split('?')[0] ?? id)) return null;
      return { code: withoutRawHtml(code), map: null };
    },
  };
}
