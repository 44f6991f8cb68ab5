// What each mail client's content script runs: one controller for the tab, living as long as the
// content script's context (an extension reload or update stops everything it started).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MailClientAdapter } from '../../adapters/adapter';
import { ComposeController } from './controller';

export function startComposeUi(ctx: ContentScriptContext, adapter: MailClientAdapter): ComposeController {
  const controller = new ComposeController({ adapter, lifetime: ctx });
  controller.start();
  // Single-page apps: a new view can bring compose windows with it.
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.scanSoon());
  return controller;
}
