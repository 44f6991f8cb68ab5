// The compose UI's one layer: a fixed, zero-size host on <html> with an open shadow root. Each feature
// renders into its own slot (underlines, badges, recipient controls, the card, the Send question), in that
// stacking order. Nothing of it lives inside the mail client's DOM.
import { UI_CSS } from '../card/styles';

export const HOST_TAG = 'nemawashi-ui';

export const SLOTS = ['underlines', 'badges', 'recipients', 'card', 'confirm'] as const;
export type Slot = (typeof SLOTS)[number];

export interface UiRoot {
  host: HTMLElement;
  slot(name: Slot): HTMLElement;
  /** True when an event came from inside our UI (the card, a badge, the dialog). */
  owns(event: Event): boolean;
  dispose(): void;
}

export function mountUiRoot(doc: Document, data: Record<string, string> = {}): UiRoot {
  const host = doc.createElement(HOST_TAG);
  // The host takes no room and no clicks; its children are fixed-position and take their own.
  host.setAttribute('style', 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483000; display: block;');
  for (const [key, value] of Object.entries(data)) host.dataset[key] = value;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const slots = new Map<Slot, HTMLElement>();
  for (const name of SLOTS) {
    const el = doc.createElement('div');
    el.dataset.slot = name;
    slots.set(name, el);
    layer.append(el);
  }
  shadow.append(style, layer);
  doc.documentElement.appendChild(host);
  return {
    host,
    slot: (name) => slots.get(name)!,
    owns: (event) => event.composedPath().includes(host),
    dispose: () => host.remove(),
  };
}
