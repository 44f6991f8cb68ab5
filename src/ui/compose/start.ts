// What each mail client's content script runs: one store for the tab and the mail features over it, living
// as long as the content script's context (an extension reload or update stops everything they started).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MailClientAdapter } from '../../adapters/adapter';
import { MAIL_FEATURES } from './features';
import { startFeatures } from './features/feature';
import { createStore, type ComposeStore } from './store';

export function startComposeUi(ctx: ContentScriptContext, adapter: MailClientAdapter): ComposeStore {
  const store = createStore({ adapter, sendShortcut: true, internalSkipsSendCheck: true }, ctx);
  startFeatures(store, MAIL_FEATURES, ctx.signal);
  // Single-page apps: a new view can bring compose windows with it.
  ctx.addEventListener(window, 'wxt:locationchange', () => store.rescan.value++);
  return store;
}
