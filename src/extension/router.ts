// The background's answers to the protocol's requests, with its collaborators injected so that the same logic
// runs on Chrome (engine in the offscreen document), on Firefox (engine in the background page) and in tests.
import type { Policy } from '../policy/schema';
import { dispatcher, type Handlers, type MessageHandler } from './messaging';
import { BACKGROUND, type AnalyzeRequest, type AnalyzeResponse, type Status } from './protocol';
import type { EffectivePolicy } from './effective-policy';
import type { TabFindingsStore } from './tab-findings';

/** Where the analysis runs: the offscreen document, or an engine in this very page. */
export interface EngineClient {
  analyze(request: AnalyzeRequest, policy: Policy): Promise<AnalyzeResponse>;
  status(): Promise<Status>;
  /** Starts loading the dictionary ahead of the first mail tab. */
  warmUp(): Promise<void>;
}

export interface RouterDeps {
  engine: EngineClient;
  policy(): Promise<EffectivePolicy>;
  store: TabFindingsStore;
}

/** One handler per message of the BACKGROUND map (the type makes a missing one a compile error). */
export function backgroundHandlers(deps: RouterDeps): Handlers<typeof BACKGROUND> {
  return {
    async analyze(request, sender) {
      const { policy } = await deps.policy();
      const response = await deps.engine.analyze(request, policy);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) deps.store.record(tabId, request, response);
      return response;
    },
    'compose-closed'(request, sender) {
      if (sender.tab?.id !== undefined) deps.store.forgetCompose(sender.tab.id, request.composeId);
      return null;
    },
    'compose-focus'(request, sender) {
      if (sender.tab?.id !== undefined) deps.store.focus(sender.tab.id, request.composeId);
      return null;
    },
    status: () => deps.engine.status(),
    'tab-findings': (request) => deps.store.findings(request.tabId),
    'all-drafts': () => deps.store.all(),
    policy: () => deps.policy(),
    async 'check-text'(request) {
      const { policy } = await deps.policy();
      // A pasted text is nobody's compose window: it is checked and forgotten, never recorded for a tab.
      const analyze: AnalyzeRequest = {
        type: 'analyze', composeId: 'pasted', client: 'gmail', revision: 0,
        draft: { subject: request.subject, body: request.body, kind: 'email', context: { recipient: request.recipient, firstContact: request.firstContact } },
      };
      return deps.engine.analyze(analyze, policy);
    },
  };
}

/** Returns the reply for a protocol request, or undefined for a message that is not one (not ours to answer). */
export function createRouter(deps: RouterDeps): MessageHandler {
  const route = dispatcher(BACKGROUND, backgroundHandlers(deps));
  return (message, sender) => {
    // Cheap check first: every runtime message in the extension passes through here, and the engine's own
    // (offscreen ↔ worker) carry a target.
    if (!message || typeof message !== 'object' || 'target' in message) return undefined;
    return route(message, sender);
  };
}
