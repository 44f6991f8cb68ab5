// Types of scripts/lib/contract-audit.mjs for the TypeScript that imports it (the audit script and its test).
export const MAX_PATTERN: number;
export const MIN_LIST: number;
export function auditDictionary(name: string, data: unknown): { bareLists: string[]; unexampled: string[]; longPatterns: string[] };
export function auditSource(name: string, source: string): { codeLists: string[]; codeTables: string[]; codeLongRegex: string[] };
export function auditCrossRule(name: string, source: string): string[];
export function auditTree(root: string): Record<string, string[]>;
