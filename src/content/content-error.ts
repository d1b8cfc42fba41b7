// The one error a content file can cause: it says what is wrong with the file and what to do,
// so the library can report it and keep serving every other article.

/** A content file that cannot become an article; the message names the file, the fault and the fix. */
export class ContentError extends Error {
  /** File name the problem was found in. */
  readonly file: string;
  /** The fault and the fix, without the file name. */
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ContentError';
    this.file = file;
    this.reason = reason;
  }
}
