export function parseCsv(text: string): string[][];
