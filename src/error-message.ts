// What a thrown value says, for logs and user-facing messages: anything may be thrown in
// JavaScript, so every place that reports a failure reads it the same way.

/** An error's message, or the thrown value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
