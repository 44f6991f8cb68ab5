import type { ComponentChildren } from 'preact';

/** A visible notice; errors are announced to screen readers at once. */
export function Notice({ kind, children }: { kind: 'error' | 'warning' | 'info' | 'success'; children: ComponentChildren }) {
  return (
    <div class={`nw-notice nw-notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
