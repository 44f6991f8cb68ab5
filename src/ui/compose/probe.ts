// Debug-only timing of what runs on every keystroke (the mutation and input handlers) and of reading the
// draft before a check. Switched on per page with localStorage "nemawashi:debug" = "1"; the summary is
// written on the UI host element as
// data-keystroke-ms so a test (or a curious developer) can read it. Recording is a push; nothing is computed
// until the summary is asked for.

export interface ProbeSummary {
  count: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
}

export class KeystrokeProbe {
  private samples = new Map<string, number[]>();

  record(kind: string, ms: number): void {
    let list = this.samples.get(kind);
    if (!list) this.samples.set(kind, (list = []));
    list.push(ms);
  }

  summary(): Record<string, ProbeSummary> {
    const out: Record<string, ProbeSummary> = {};
    for (const [kind, list] of this.samples) {
      const sorted = [...list].sort((a, b) => a - b);
      const sum = sorted.reduce((a, b) => a + b, 0);
      out[kind] = {
        count: sorted.length,
        meanMs: round(sum / sorted.length),
        p95Ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!),
        maxMs: round(sorted[sorted.length - 1]!),
      };
    }
    return out;
  }

  reset(): void {
    this.samples.clear();
  }
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** A developer switch in the page's localStorage ("nemawashi:debug", "nemawashi:highlights"); null when unset. */
export function debugSetting(win: Window, key: string): string | null {
  try {
    return win.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function probeEnabled(win: Window): boolean {
  return debugSetting(win, 'nemawashi:debug') === '1';
}
