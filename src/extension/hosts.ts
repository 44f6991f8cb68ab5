/** The hosts Nemawashi reads drafts on, and nothing else: every client's pages (the content scripts' matches). */
import { CLIENT_MATCHES } from '../adapters/registry';

export const MAIL_HOSTS = CLIENT_MATCHES;

/**
 * The extension pages' content security policy (popup, options, offscreen document, background, engine Worker):
 * code, styles, images and connections from the extension's own package only, so no page of ours can reach
 * a server even if a bug let it try. The engine Worker fetches the dictionary by its runtime URL ('self');
 * nothing uses WebAssembly, so no 'wasm-unsafe-eval'. Form submissions and <base> are refused outright.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
