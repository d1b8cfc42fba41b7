// The briefing service as the /summit briefing commands reach it. The commands exist from the
// start, but the service arrives later: its storage loads only after the doors answer, and may
// never arrive when the database cannot be opened (the commands then say the briefing is off).
import type { BriefingService } from './service.ts';

/** Where the briefing commands find the running service. */
export interface BriefingPort {
  /** The running service, or undefined while it starts or when it could not. */
  current(): BriefingService | undefined;
}

/** A port the composition root fills in once the briefing has started. */
export interface LateBriefingPort extends BriefingPort {
  /** Hands in the running service. */
  attach(service: BriefingService): void;
}

/** A port holding `service` from the start, or nothing until `attach` is called. */
export function createBriefingPort(service?: BriefingService): LateBriefingPort {
  let running = service;
  return {
    current: () => running,
    attach(next) {
      running = next;
    },
  };
}
