import { placeholder } from '../gate/embeds';
import type { GatingOptions } from '../gate/gating-options';
import type { Handoff } from './handoff';

/**
 * A refused frame on a page the boot file runs (a first visit's, or a plan's that refused its
 * service), before the core: behind its placeholder, from this chunk alone. "Load it once"
 * loads it here; "Always allow" is a decision, which the facade fetches the core for. The
 * core's gate takes the frames over as they are (`handoff.held`): each with what takes its
 * placeholder away, or `0` once loaded; from then on their buttons load with its `load`.
 */
export function holdFrame(handoff: Handoff, frame: HTMLIFrameElement, texts: GatingOptions['texts']): void {
  const held = (handoff.held ??= new Map());
  const show = () => {
    if (handoff.loadFrame) return handoff.loadFrame(frame);
    const remove = held.get(frame);
    if (remove) remove();
    held.set(frame, 0);
    frame.src = frame.getAttribute('data-src')!;
  };
  held.set(frame, placeholder(handoff.facade.consent, frame, texts, show));
}
