// The background's view of the effective policy, cached between messages. Chrome's first read of managed
// storage in a browser session can take seconds (measured 3.7 s in headless Chromium 156, then < 1 ms), so
// analysis never waits for it longer than `managedWaitMs`: a late managed policy replaces the cached one and
// `onLateChange` asks the mail tabs to check again.
import { effectivePolicy, type EffectivePolicy } from './effective-policy';

export interface PolicySourceOptions {
  readStored(): Promise<unknown>;
  readManaged(): Promise<Record<string, unknown> | undefined>;
  onLateChange(): void;
  managedWaitMs?: number;
}

const PENDING = Symbol('pending');

export class PolicySource {
  private cached: Promise<EffectivePolicy> | null = null;
  private managed: Promise<Record<string, unknown> | undefined> | null = null;
  private generation = 0;

  constructor(private readonly options: PolicySourceOptions) {}

  get(): Promise<EffectivePolicy> {
    this.cached ??= this.load(++this.generation);
    return this.cached;
  }

  /** The stored policy changed (or the managed one, with `managedToo`): read again on next use. */
  invalidate(managedToo = false): void {
    this.cached = null;
    if (managedToo) this.managed = null;
  }

  private async load(generation: number): Promise<EffectivePolicy> {
    this.managed ??= this.options.readManaged().catch(() => undefined);
    const managed = this.managed;
    const stored = await this.options.readStored();
    const wait = new Promise<typeof PENDING>((resolve) => setTimeout(() => resolve(PENDING), this.options.managedWaitMs ?? 250));
    const early = await Promise.race([managed, wait]);
    if (early !== PENDING) return effectivePolicy(stored, early);
    void managed.then((late) => {
      // Only if nothing newer was loaded meanwhile, and only if there is something to apply.
      if (generation !== this.generation || !late) return;
      this.cached = Promise.resolve(effectivePolicy(stored, late));
      this.options.onLateChange();
    });
    return effectivePolicy(stored, undefined);
  }
}
