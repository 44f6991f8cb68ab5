// What each calendar client's content script runs: the compose features over one store for the tab, plus
// the invitation's date findings. The UI mounts with the first editor: Outlook's calendar shares its pages
// with the mail client's UI.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter } from '../../adapters/calendar';
import { CORE_FEATURES } from '../compose/features';
import { startFeatures } from '../compose/features/feature';
import { createStore, type ComposeStore } from '../compose/store';
import whenFindings from './when-findings';

export function startCalendarUi(ctx: ContentScriptContext, adapter: CalendarAdapter): ComposeStore {
  const store = createStore({ adapter, lazyUi: true, hostData: { calendar: adapter.client }, sendShortcut: false, internalSkipsSendCheck: false }, ctx);
  startFeatures(store, [whenFindings, ...CORE_FEATURES], ctx.signal);
  ctx.addEventListener(window, 'wxt:locationchange', () => store.rescan.value++);
  return store;
}
