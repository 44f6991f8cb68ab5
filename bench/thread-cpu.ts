// CPU time of the extension process's threads over a cold start, sampled every few milliseconds from
// /proc/PID/task/TID/schedstat (nanoseconds on CPU: finer than stat's 10 ms ticks). On a shared machine a
// thread's CPU is far steadier than the wall clock: what the engine worker itself spent by a given moment.
import { readdirSync, readFileSync } from 'node:fs';
import { extensionPids } from './browser';

/** One reading: wall time (Date.now()) and CPU milliseconds by thread kind. */
export interface CpuSample {
  at: number;
  /** The engine's dedicated Worker thread(s). */
  worker: number;
  /** The renderer's main thread: the offscreen document (and the popup/options pages, when open). */
  main: number;
  /** The extension's service worker thread. */
  serviceWorker: number;
  /** Every thread of the extension process(es). */
  total: number;
}

function read(pids: string[]): Omit<CpuSample, 'at'> {
  const s = { worker: 0, main: 0, serviceWorker: 0, total: 0 };
  for (const pid of pids) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const ms = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
        // comm is 15 characters at most: "DedicatedWorker thread" → "DedicatedWorker".
        const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        s.total += ms;
        if (comm.startsWith('DedicatedWorker')) s.worker += ms;
        else if (comm.startsWith('ServiceWorker')) s.serviceWorker += ms;
        else if (tid === pid) s.main += ms;
      } catch {
        // The thread ended between listing and reading.
      }
    }
  }
  return s;
}

/** Samples the extension process of the browser that loaded `extensionDir` every `everyMs` until stopped. */
export function sampleThreadCpu(extensionDir: string, everyMs = 4): { stop(): CpuSample[] } {
  const samples: CpuSample[] = [];
  let pids: string[] | null = null;
  const timer = setInterval(() => {
    // The renderer appears once the offscreen document is created; look again until it does.
    if (!pids?.length) pids = extensionPids(extensionDir);
    if (pids?.length) samples.push({ at: Date.now(), ...read(pids) });
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** The last sample taken at or before `at` (wall time), or null. */
export function sampleAt(samples: CpuSample[], at: number): CpuSample | null {
  let found: CpuSample | null = null;
  for (const s of samples) {
    if (s.at > at) break;
    found = s;
  }
  return found;
}
