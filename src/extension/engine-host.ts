// The one place an Engine lives in the extension: the offscreen document on Chrome, the background page on
// Firefox. It answers at once without Japanese morphology while the dictionary loads, then reports "settled".
// Its first answer waits only for wink-nlp's English model (a 3.1 MB data file: one fetch); the English parser
// is built from it by the first sentence that needs it.
import { createEngine } from '../engine';
import type { EnglishModelData } from '../engine/analysis/en-model-file';
import { setEnglishModelSource } from '../engine/analysis/en-parse';
import type { Engine } from '../engine/engine';
import { buildTokenizer, type ReadDictionaryFile } from '../engine/tokenizer';
import type { Policy } from '../policy/schema';
import type { AnalyzeRequest, AnalyzeResponse, Status } from './protocol';
import { resolveRecipient } from './recipient';
import { namedFailures } from './rule-titles';

/**
 * Drafts answered without the dictionary that are analysed again the moment it is in (see prepareRechecks): the
 * newest composes only, since every recheck that arrives meanwhile waits for all of them.
 */
const RECHECKS_PREPARED = 2;

export interface EngineHostOptions {
  readDictionary: ReadDictionaryFile;
  /**
   * wink-nlp's English model (dictionary-loader's englishModelReader in the extension): the file is read before
   * the first analysis, and resolves to a function that parses it, called once, when the English parser is
   * built. Omitted where the process already has it (Node: useNodeEnglishModel).
   */
  readEnglishModel?: () => Promise<() => EnglishModelData>;
  /** Called once when the dictionary has loaded or failed: content scripts should check again. */
  onSettled?: () => void;
  now?: () => number;
}

export class EngineHost {
  readonly engine: Engine = createEngine(null);
  private dictionaryError: string | null = null;
  private dictionaryLoadMs: number | null = null;
  /** The dictionary has loaded or failed ("settled" was sent). */
  private settled = false;
  private loading: Promise<void> | null = null;
  private english: Promise<void> | null = null;
  private englishError: string | null = null;
  /** The last draft of each compose answered without the dictionary, oldest first (see prepareRechecks). */
  private answeredWithout = new Map<string, { request: AnalyzeRequest; policy: Policy }>();

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
      (parse) => {
        // Parsed and handed over once, when the parser is built: it keeps what it needs, and the file's bytes and
        // the parsed JSON can then be collected.
        let pending: (() => EnglishModelData) | null = parse;
        setEnglishModelSource(() => {
          const once = pending;
          pending = null;
          if (!once) return null;
          try {
            return once();
          } catch (error) {
            // Degrade as for a file that could not be read (below); this answer and later ones say why.
            this.englishError = `English model: ${error instanceof Error ? error.message : String(error)}`;
            return null;
          }
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
    this.settled = true;
    this.options.onSettled?.();
    this.prepareRechecks();
    // The English parser is built from the fetched model by the first English sentence analysed (~0.1–0.3 s:
    // wink's tables), not ahead of it. Built here, it delayed a Japanese draft's first finding; built right after
    // that answer (round 30), its garbage (~15 MB until V8 returns it) was the extension's memory in the seconds
    // after the analyzer was ready, and a compose in Japanese only never uses it: the 3.1 MB file stays read
    // instead, with the parsed model's ~3–4 MB of tables and wink's code never made.
  }

  /**
   * "Settled" makes every compose answered without the dictionary ask again: the owning page tells the
   * background, which tells each tab, whose request comes back the same way — hops through three processes
   * during which this thread would be idle. The drafts it answered are analysed here meanwhile, so that the
   * first Japanese analysis (cold code: the rules' and readers' first run) is done, and its sentences are in the
   * engine's memos, when the recheck arrives: that answer is then read from them. Answers do not depend on it
   * (the memos give what a run gives); a draft edited since costs only its changed sentences again.
   */
  private prepareRechecks(): void {
    // Newest first: the compose written in last is likeliest the one in view.
    const drafts = [...this.answeredWithout.values()].reverse();
    this.answeredWithout.clear();
    if (!this.engine.japaneseReady) return;
    for (const { request, policy } of drafts) {
      try {
        this.engine.analyzeWithStatus(this.draftOf(request, policy), policy);
      } catch {
        // The recheck's own analysis reports the error, if it recurs.
      }
    }
  }

  /** Remembers a draft answered without the dictionary, for prepareRechecks (the newest few composes). */
  private rememberAnsweredWithout(request: AnalyzeRequest, policy: Policy): void {
    this.answeredWithout.delete(request.composeId);
    this.answeredWithout.set(request.composeId, { request, policy });
    if (this.answeredWithout.size > RECHECKS_PREPARED) this.answeredWithout.delete(this.answeredWithout.keys().next().value!);
  }

  private draftOf(request: AnalyzeRequest, policy: Policy): AnalyzeRequest['draft'] {
    const recipient = resolveRecipient(request, policy);
    return recipient ? { ...request.draft, context: { ...request.draft.context, recipient } } : request.draft;
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
    const analysis = this.engine.analyzeWithStatus(this.draftOf(request, policy), policy);
    // Still loading (and no failure yet): this draft is analysed again the moment the dictionary is in.
    if (!analysis.japaneseReady && this.loading !== null && !this.settled) this.rememberAnsweredWithout(request, policy);
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
