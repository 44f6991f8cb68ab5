// Types of bin/cli-bundle.mjs (plain JavaScript: it runs before anything can compile TypeScript).
export interface Stamp {
  format: number;
  entry: string;
  /** [path relative to the root, size, mtimeMs] of every file esbuild read. */
  inputs: [string, number, number][];
}
export const ROOT: string;
export const ENTRY: string;
export function defaultBundlePath(root?: string): string;
export function readStamp(path: string): Stamp | null;
export function isCurrent(stamp: Stamp | null, root?: string, entry?: string): boolean;
export function buildBundle(root?: string, entry?: string, out?: string): Promise<boolean>;
export function ensureBundle(root?: string, entry?: string, out?: string): Promise<{ path: string; built: boolean }>;
export function loadMain(): Promise<(argv: string[]) => Promise<number>>;
