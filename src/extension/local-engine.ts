// Firefox: no offscreen documents, so the background page owns the analyzer (and its Worker) itself.
import { createPageAnalyzer } from './page-analyzer';
import type { EngineClient } from './router';

export function createLocalEngine(onSettled: () => void): EngineClient {
  const analyzer = createPageAnalyzer(onSettled);
  return {
    analyze: (request, policy) => analyzer.analyze(request, policy),
    status: async () => {
      analyzer.start();
      return analyzer.status();
    },
    warmUp: async () => analyzer.start(),
  };
}
