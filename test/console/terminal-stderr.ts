// Preload for the console log test: makes the process believe its stderr is a terminal, so the
// console door's plain log lines can be checked without a pseudo-terminal.
process.stderr.isTTY = true;
