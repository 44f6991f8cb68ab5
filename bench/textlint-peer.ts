// The peer: textlint with kuromoji-based Japanese rules (textlint-rule-preset-japanese and
// textlint-rule-no-mix-dearu-desumasu, configured in bench/.textlintrc.json), linting the same drafts.
import { fileURLToPath } from 'node:url';
import { createLinter, loadTextlintrc } from 'textlint';

export interface Peer {
  lint(text: string): Promise<number>;
}

export async function createPeer(): Promise<Peer> {
  const descriptor = await loadTextlintrc({ configFilePath: fileURLToPath(new URL('./.textlintrc.json', import.meta.url)) });
  const linter = createLinter({ descriptor });
  return {
    async lint(text) {
      const result = await linter.lintText(text, 'draft.txt');
      return result.messages.length;
    },
  };
}
