// Loaded into a child bot with --import: moves its wall clock forward by SUMMIT_TEST_CLOCK_SHIFT_MS,
// as if the process had been restarted that much later (a supervisor's back-off). Timers are
// untouched; only what Date reports changes.
const shift = Number(process.env.SUMMIT_TEST_CLOCK_SHIFT_MS ?? 0);

if (shift) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return RealDate.now() + shift;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}
