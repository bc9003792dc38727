/**
 * One line that updates in place on a terminal; plain lines, and fewer of
 * them, in CI or when output goes to a file: a counter (`update`) at most
 * every 5 seconds, each new step of a build (`step`) always.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): { update(text: string): void; step(text: string): void; done(): void } {
  const live = stream.isTTY && !process.env.CI;
  let last = 0;
  return {
    update(text) {
      if (live) {
        stream.write(`\r\x1b[2K${text}`);
      } else if (Date.now() - last > 5000) {
        last = Date.now();
        stream.write(`${text}\n`);
      }
    },
    step(text) {
      if (live) stream.write(`\r\x1b[2K${text}`);
      else stream.write(`${text}\n`);
    },
    done() {
      if (live) stream.write('\r\x1b[2K');
    },
  };
}
