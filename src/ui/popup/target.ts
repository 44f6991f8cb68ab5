// Which tab the popup is about: the active tab of its window. When the popup page is itself open in a tab
// (a pinned review tab, or a test), the tab the person used just before it.
import { browser } from 'wxt/browser';
import { MAIL_HOSTS } from '../../extension/hosts';
import { askTab } from '../../extension/messaging';
import { CONTENT, type AllDrafts } from '../../extension/protocol';

export interface TargetTab {
  tabId: number | undefined;
  /** A mail client Nemawashi reads: its URL says so, or (URL hidden: no host permissions) its content script does. */
  supported: boolean;
}

/** True when `url` matches one of the manifest's match patterns ("https://mail.google.com/*"). */
export function isMailUrl(url: string | undefined, patterns: readonly string[] = MAIL_HOSTS): boolean {
  if (!url) return false;
  return patterns.some((p) => (p.endsWith('*') ? url.startsWith(p.slice(0, -1)) : url === p));
}

type TabLike = { id?: number; active?: boolean; url?: string; lastAccessed?: number };

/** Picks the target among the window's tabs; `self` is the popup's own tab when it is open as a page. */
export function pickTarget(tabs: readonly TabLike[], self: TabLike | undefined): TargetTab {
  const candidates = self ? tabs.filter((t) => t.id !== self.id) : tabs;
  const tab = self ? [...candidates].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] : candidates.find((t) => t.active);
  return { tabId: tab?.id, supported: isMailUrl(tab?.url) };
}

export async function targetTab(): Promise<TargetTab> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const tabs = await browser.tabs.query({ currentWindow: true });
  const target = pickTarget(tabs, self);
  if (target.supported || target.tabId === undefined) return target;
  return { ...target, supported: await isReadByNemawashi(target.tabId) };
}

/** Asks the tab's content script; a tab without one (any other site) has nobody to answer. */
async function isReadByNemawashi(tabId: number): Promise<boolean> {
  return askTab(CONTENT, tabId, { type: 'presence' }).then(() => true, () => false);
}

type Draft = AllDrafts['drafts'][number];

/** Drafts of the target tab first (most recently focused first), then the other tabs'. */
export function orderDrafts(drafts: readonly Draft[], tabId: number | undefined): { here: Draft[]; elsewhere: Draft[] } {
  const byFocus = [...drafts].sort((a, b) => b.focusedAt - a.focusedAt);
  return { here: byFocus.filter((d) => d.tabId === tabId), elsewhere: byFocus.filter((d) => d.tabId !== tabId) };
}
