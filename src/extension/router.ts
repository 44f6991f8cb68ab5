// The background's answers to the protocol's requests, with its collaborators injected so that the same logic
// runs on Chrome (engine in the offscreen document), on Firefox (engine in the background page) and in tests.
import type { Policy } from '../policy/schema';
import type { Sender } from './messaging';
import {
  RequestSchema, type AllDrafts, type AnalyzeRequest, type AnalyzeResponse, type PolicyResponse, type Status, type TabFindings,
} from './protocol';
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

type Reply = AnalyzeResponse | Status | TabFindings | PolicyResponse | AllDrafts | null;

/** Returns the reply for a protocol request, or undefined for a message that is not one (not ours to answer). */
export function createRouter(deps: RouterDeps): (message: unknown, sender: Sender) => Promise<Reply> | undefined {
  return (message, sender) => {
    // Cheap check first: every runtime message in the extension passes through here.
    if (!message || typeof message !== 'object' || 'target' in message) return undefined;
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    const tabId = sender.tab?.id;
    switch (request.type) {
      case 'analyze':
        return (async () => {
          const { policy } = await deps.policy();
          const response = await deps.engine.analyze(request, policy);
          if (tabId !== undefined) deps.store.record(tabId, request, response);
          return response;
        })();
      case 'compose-closed':
        if (tabId !== undefined) deps.store.forgetCompose(tabId, request.composeId);
        return Promise.resolve(null);
      case 'status':
        return deps.engine.status();
      case 'tab-findings':
        return deps.store.findings(request.tabId);
      case 'policy':
        return deps.policy();
      case 'compose-focus':
        if (tabId !== undefined) deps.store.focus(tabId, request.composeId);
        return Promise.resolve(null);
      case 'all-drafts':
        return deps.store.all();
      case 'check-text':
        return (async () => {
          const { policy } = await deps.policy();
          // A pasted text is nobody's compose window: it is checked and forgotten, never recorded for a tab.
          const analyze: AnalyzeRequest = {
            type: 'analyze', composeId: 'pasted', client: 'gmail', revision: 0,
            draft: { subject: request.subject, body: request.body, kind: 'email', context: { recipient: request.recipient, firstContact: request.firstContact } },
          };
          return deps.engine.analyze(analyze, policy);
        })();
    }
  };
}
