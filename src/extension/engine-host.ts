// The one place an Engine lives in the extension: the offscreen document on Chrome, the background page on
// Firefox. It answers at once without Japanese morphology while the dictionary loads, then reports "settled".
import { createEngine } from '../engine';
import type { Engine } from '../engine/engine';
import { buildTokenizer, type ReadDictionaryFile } from '../engine/tokenizer';
import type { Policy } from '../policy/schema';
import type { AnalyzeRequest, AnalyzeResponse, Status } from './protocol';
import { resolveRecipient } from './recipient';

export interface EngineHostOptions {
  readDictionary: ReadDictionaryFile;
  /** Called once when the dictionary has loaded or failed: content scripts should check again. */
  onSettled?: () => void;
  now?: () => number;
}

export class EngineHost {
  readonly engine: Engine = createEngine(null);
  private dictionaryError: string | null = null;
  private dictionaryLoadMs: number | null = null;
  private loading: Promise<void> | null = null;

  constructor(private readonly options: EngineHostOptions) {}

  /** Starts loading the dictionary (once); analysis never waits for it. */
  start(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    const now = this.options.now ?? (() => performance.now());
    const started = now();
    try {
      const tokenizer = await buildTokenizer(this.options.readDictionary);
      this.engine.setTokenizer(tokenizer);
      this.dictionaryLoadMs = Math.round(now() - started);
    } catch (error) {
      // Degrade to English and phrase checks; the popup and the card show this message.
      this.dictionaryError = error instanceof Error ? error.message : String(error);
    }
    this.options.onSettled?.();
  }

  status(): Status {
    return {
      japaneseReady: this.engine.japaneseReady,
      dictionaryError: this.dictionaryError,
      dictionaryLoadMs: this.dictionaryLoadMs,
    };
  }

  analyze(request: AnalyzeRequest, policy: Policy): AnalyzeResponse {
    const recipient = resolveRecipient(request, policy);
    const draft = recipient ? { ...request.draft, context: { ...request.draft.context, recipient } } : request.draft;
    const analysis = this.engine.analyzeWithStatus(draft, policy);
    return {
      composeId: request.composeId,
      revision: request.revision,
      findings: analysis.findings,
      japaneseReady: analysis.japaneseReady,
      dictionaryError: this.dictionaryError,
    };
  }
}
