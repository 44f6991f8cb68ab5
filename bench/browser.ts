// Placeholder replaced below once the extension build and the e2e harness are examined.
export interface BrowserFigures {
  rows: string[][];
}
export async function browserFigures(): Promise<BrowserFigures> {
  throw new Error('the in-browser harness is not written yet');
}
