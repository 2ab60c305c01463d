import type { EventMessage } from '../../shared/contract/index.ts';

/** `session` undefined: every screen (a badge read by the counter's scanner). */
export type EventListener = (message: EventMessage, session: string | undefined) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  publish(message: EventMessage, session?: string): void {
    for (const listener of this.listeners) {
      try {
        listener(message, session);
      } catch {
        // A broken screen connection must not stop the others hearing the event.
      }
    }
  }
}
