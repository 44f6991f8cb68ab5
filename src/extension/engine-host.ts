// The one place an Engine lives in the extension: the offscreen document on Chrome, the background page on
// Firefox. It answers at once without Japanese morphology while the dictionary loads, then reports "settled".
// Its first answer waits only for wink-nlp's English model (a 3.6 MB data file: one fetch and a parse).
import { createEngine } from '../engine';
import type { EnglishModelData } from '../engine/analysis/en-model-file';
import { setEnglishModelSource, tokenize as parseEnglish } from '../engine/analysis/en-parse';
import type { Engine } from '../engine/engine';
import { buildTokenizer, type ReadDictionaryFile } from '../engine/tokenizer';
import type { Policy } from '../policy/schema';
import type { AnalyzeRequest, AnalyzeResponse, Status } from './protocol';
import { resolveRecipient } from './recipient';
import { namedFailures } from './rule-titles';

export interface EngineHostOptions {
  readDictionary: ReadDictionaryFile;
  /**
   * wink-nlp's English model (dictionary-loader's englishModelReader in the extension), read before the first
   * analysis. Omitted where the process already has it (Node: useNodeEnglishModel).
   */
  readEnglishModel?: () => Promise<EnglishModelData>;
  /** Called once when the dictionary has loaded or failed: content scripts should check again. */
  onSettled?: () => void;
  now?: () => number;
}

export class EngineHost {
  readonly engine: Engine = createEngine(null);
  private dictionaryError: string | null = null;
  private dictionaryLoadMs: number | null = null;
  private loading: Promise<void> | null = null;
  private english: Promise<void> | null = null;
  private englishError: string | null = null;

  constructor(private readonly options: EngineHostOptions) {}

  /** Starts loading the English model and the dictionary (once); analysis never waits for the dictionary. */
  start(): Promise<void> {
    void this.englishModel();
    this.loading ??= this.load();
    return this.loading;
  }

  /** The English model in place (or its failure recorded): what an analysis waits for. */
  private englishModel(): Promise<void> {
    const read = this.options.readEnglishModel;
    if (!read) return Promise.resolve();
    this.english ??= read().then(
      (data) => {
        // Handed over once: the parser keeps what it needs, and the parsed JSON can then be collected.
        let pending: EnglishModelData | null = data;
        setEnglishModelSource(() => {
          const once = pending;
          pending = null;
          return once;
        });
      },
      (error: unknown) => {
        // Degrade: English sentences get no parse (the parse-based English rules stay silent), with a notice.
        this.englishError = `English model: ${error instanceof Error ? error.message : String(error)}`;
        setEnglishModelSource(() => null);
      },
    );
    return this.english;
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
    // The English parser is built from the fetched model on first use; with the Japanese dictionary in (the
    // readiness that is waited for), build it now rather than inside the next analysis.
    if (this.options.readEnglishModel) {
      await this.englishModel();
      parseEnglish('Thank you.');
    }
  }

  status(): Status {
    return {
      japaneseReady: this.engine.japaneseReady,
      dictionaryError: this.error(),
      dictionaryLoadMs: this.dictionaryLoadMs,
    };
  }

  private error(): string | null {
    return [this.dictionaryError, this.englishError].filter(Boolean).join('; ') || null;
  }

  async analyze(request: AnalyzeRequest, policy: Policy): Promise<AnalyzeResponse> {
    await this.englishModel();
    const recipient = resolveRecipient(request, policy);
    const draft = recipient ? { ...request.draft, context: { ...request.draft.context, recipient } } : request.draft;
    const analysis = this.engine.analyzeWithStatus(draft, policy);
    return {
      composeId: request.composeId,
      revision: request.revision,
      findings: analysis.findings,
      japaneseReady: analysis.japaneseReady,
      dictionaryError: this.error(),
      ...(analysis.failedRules.length > 0 ? { failedRules: namedFailures(analysis.failedRules, policy) } : {}),
    };
  }
}
