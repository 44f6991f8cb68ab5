// What each calendar client's content script runs: one controller for the tab, living as long as the
// content script's context.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter } from '../../adapters/calendar';
import { CalendarController } from './controller';

export function startCalendarUi(ctx: ContentScriptContext, adapter: CalendarAdapter): CalendarController {
  const controller = new CalendarController({ adapter, lifetime: ctx });
  controller.start();
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.scanSoon());
  return controller;
}
