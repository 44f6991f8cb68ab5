export function jsonlFiles(dir: string, deep: boolean): string[];
export function developmentCorpora(root: string): string[];
