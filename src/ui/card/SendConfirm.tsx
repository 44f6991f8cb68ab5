// Asked before Send while an error-level finding remains. "Send anyway" always sends: this dialog may
// delay a send by one click, never lose or block it.
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../i18n';

export interface SendConfirmProps {
  errors: number;
  t: Translate<'card'>;
  onReview(): void;
  onSendAnyway(): void;
}

export function SendConfirm({ errors, t, onReview, onSendAnyway }: SendConfirmProps) {
  const review = useRef<HTMLButtonElement>(null);
  useEffect(() => review.current?.focus(), []);
  return (
    <div
      class="backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onReview();
      }}
    >
      <div class="confirm" role="alertdialog" aria-modal="true" aria-labelledby="nemawashi-confirm-title">
        <h2 id="nemawashi-confirm-title">{t('confirmTitle')}</h2>
        <p>{t('confirmBody', { n: errors })}</p>
        <div class="actions">
          <button type="button" class="send-anyway" onClick={onSendAnyway}>{t('sendAnyway')}</button>
          <button type="button" class="primary review" ref={review} onClick={onReview}>{t('review')}</button>
        </div>
      </div>
    </div>
  );
}
