// Who the mail is for, per compose window: recipient kind (client, prospect, internal) and first contact.
// Defaults come from the policy's internal domains and the thread (a reply is not a first contact); the
// person's choice is remembered for the thread and fed to the engine. Escape closes the menu (the
// keyboard feature).
import { useEffect, useRef } from 'preact/hooks';
import type { Recipient } from '../../engine/types';
import type { Translate } from '../i18n';

export interface RecipientControlProps {
  composeId: string;
  /** Where the control's bottom-right corner goes; it is drawn up and left of this point. */
  left: number;
  top: number;
  recipient: Recipient;
  firstContact: boolean;
  /** True when the person chose it (else the defaults apply). */
  chosen: boolean;
  open: boolean;
  t: Translate<'card'>;
  onToggle(): void;
  onChoose(choice: { recipient?: Recipient; firstContact?: boolean }): void;
}

const KINDS: Recipient[] = ['client', 'prospect', 'internal'];

export function RecipientControl(props: RecipientControlProps) {
  const { t } = props;
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.open) menu.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [props.open]);
  const summary = `${t(`recipient.${props.recipient}`)}${props.recipient !== 'internal' && props.firstContact ? ` · ${t('firstContactShort')}` : ''}`;
  return (
    <div class="relationship" style={{ left: `${props.left}px`, top: `${props.top}px` }} data-compose-id={props.composeId}>
      {props.open && (
        <div
          class="relationship-menu"
          role="dialog"
          aria-label={t('recipientTitle')}
          ref={menu}
        >
          <fieldset>
            <legend>{t('recipientTitle')}</legend>
            {KINDS.map((kind) => (
              <label key={kind}>
                <input
                  type="radio"
                  name={`nw-recipient-${props.composeId}`}
                  value={kind}
                  checked={props.recipient === kind}
                  onChange={() => props.onChoose({ recipient: kind })}
                />
                {t(`recipient.${kind}`)}
              </label>
            ))}
          </fieldset>
          <label class="first-contact">
            <input type="checkbox" checked={props.firstContact} onChange={(e) => props.onChoose({ firstContact: (e.target as HTMLInputElement).checked })} />
            {t('firstContact')}
          </label>
          <p class="hint">{props.chosen ? t('recipientRemembered') : t('recipientDefault')}</p>
        </div>
      )}
      <button
        type="button"
        class={`relationship-button${props.chosen ? ' chosen' : ''}`}
        aria-expanded={props.open}
        aria-haspopup="dialog"
        title={t('recipientTitle')}
        data-recipient={props.recipient}
        data-first-contact={String(props.firstContact)}
        onMouseDown={(e) => e.preventDefault()}
        onClick={props.onToggle}
      >
        <span class="relationship-icon" aria-hidden="true">◎</span>
        {summary}
      </button>
    </div>
  );
}
