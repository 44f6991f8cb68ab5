import { useState } from 'preact/hooks';
import type { PolicyResult } from '../../policy/parse';
import type { SectionProps } from './Options';

interface Props extends SectionProps {
  /** Validates and saves; false when the JSON was refused (the page shows why). */
  onImport(text: string): Promise<boolean>;
  exportPolicy(): PolicyResult;
}

/** Saves a file without any network: a blob URL clicked on this page. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ImportExportSection({ t, onImport, exportPolicy }: Props) {
  const [text, setText] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);
  return (
    <section class="nw-section">
      <h2>{t('importExport')}</h2>
      <p class="nw-muted nw-help">{t('importHelp')}</p>
      <textarea
        rows={5}
        class="nw-mono"
        spellcheck={false}
        data-testid="import-text"
        placeholder={t('placeholderImport')}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="nw-row">
        <label class="nw-file">
          {t('chooseFile')}
          <input type="file" accept="application/json,.json" onChange={async (e) => setText((await e.currentTarget.files?.[0]?.text()) ?? text)} />
        </label>
        <button type="button" data-testid="import-apply" disabled={!text.trim()} onClick={async () => (await onImport(text)) && setText('')}>
          {t('import')}
        </button>
        <span class="nw-spacer" />
        <button
          type="button"
          data-testid="export"
          onClick={() => {
            const result = exportPolicy();
            if (!result.ok) return setExportError(t('invalid', { error: result.error }));
            setExportError(null);
            download('nemawashi-policy.json', `${JSON.stringify(result.policy, null, 2)}\n`);
          }}
        >
          {t('export')}
        </button>
      </div>
      <p class="nw-muted nw-help">{t('exportHelp')}</p>
      {exportError ? <p class="nw-error-text" role="alert">{exportError}</p> : null}
    </section>
  );
}
