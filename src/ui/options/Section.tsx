import type { ComponentChildren } from 'preact';
import { Locked } from './Locked';
import type { OptionsT } from './Options';

/** One titled block of the options page; its id is the table of contents' anchor. */
export function Section(props: { id: string; title: string; help?: string; locked?: boolean; t: OptionsT; class?: string; children: ComponentChildren }) {
  return (
    <section class={`nw-section ${props.class ?? ''}`} id={`nw-${props.id}`} data-section={props.id}>
      <h2>
        {props.title} <Locked locked={!!props.locked} t={props.t} />
      </h2>
      {props.help ? <p class="nw-muted nw-help">{props.help}</p> : null}
      {props.children}
    </section>
  );
}
