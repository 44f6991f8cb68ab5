export const CASUAL_CLASSES: readonly string[];
export function tokenizer(root?: string): Promise<unknown>;
export function sentences(text: string): string[];
export function sentenceClasses(tokens: readonly unknown[]): Set<string>;
export function segmentClasses(text: string, root?: string): Promise<string[]>;
export function clearlyCasual(classes: readonly string[]): boolean;
