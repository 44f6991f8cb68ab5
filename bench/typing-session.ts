// What bench/edit-threads.ts and bench/long-typing.ts share: the draft around a bench text, the keys a typist presses in
// its language, and two clocks — the process's CPU (every thread: V8's background compiler and GC count) and the main
// thread's alone (Linux's schedstat).
import { readFileSync } from 'node:fs';
import { benchTexts } from './texts';

export const draftOf = (text: string) => ({ subject: 'お見積りの件 / Quotation', body: text, kind: 'email' as const, context: { recipient: 'client' as const, firstContact: false, now: '2025-12-01' } });
export const benchText = (mix: string, kb: string) => benchTexts().find((x) => x.mix === mix && x.kb === Number(kb))!.text;
export const keysFor = (mix: string) => (mix === 'en' ? 'etaoinshrdlu ,.' : 'あいうえおかきくけこのをにはがでした会社様弊御。、');
/** CPU of the whole process, ms. */
export const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
/** CPU of the main thread alone, ms. */
export const mainMs = () => Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
