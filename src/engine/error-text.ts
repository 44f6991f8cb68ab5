// An error's message short enough to carry in a message or show an admin: V8 quotes a refused regular
// expression whole ("Invalid regular expression: /<source>/<flags>: <reason>"), which for an organisation's
// 40,000-character phrase is 40 KB on every check.

const LIMIT = 200;

export function briefError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The reason is what follows the last ": " (indexOf, not a pattern: the source may be any text).
  const short = message.startsWith('Invalid regular expression: ') ? message.slice(message.lastIndexOf(': ') + 2) : message;
  return short.length > LIMIT ? `${short.slice(0, LIMIT - 1)}…` : short;
}
