// The table behind the shared rate limits, as a Kysely type (joined to Database in schema.ts).

/** One shared budget: when its next request is theoretically due (GCRA's TAT). */
export interface RateLimitsTable {
  /** `${platform}:${who}:${budget}`, e.g. `discord:<token hash>:global`. */
  key: string;
  /** Theoretical arrival time of the next request, epoch ms (double precision on both engines). */
  tat: number;
}
