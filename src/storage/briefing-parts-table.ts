// The ledger of a multi-part digest's posted parts, as a Kysely table type (migration 0005).

/** One posted part of a slot's digest: written right after the platform accepted it. */
export interface BriefingPartsTable {
  /** The slot, `${subscriptionId}@${localDate}`. */
  slot_key: string;
  /** 0-based part number (0: the first post; in a thread digest, the thread's root). */
  part: number;
  /** Platform id of the posted message. */
  message_id: string;
  posted_at: string;
}
