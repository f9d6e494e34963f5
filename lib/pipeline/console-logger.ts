import { isThenable } from './listeners';
import type { CallbackLogger } from './options';

/**
 * The default logger: console's warn and error only. console.debug would print every refused
 * request, which under a flood of bad requests is a flood of log lines. The console methods are
 * looked up on each call, so spies and later replacements of them are honoured.
 */
export const consoleLogger: CallbackLogger = {
  warn: (message) => {
    console.warn(message);
  },
  error: (message, error) => {
    console.error(message, error);
  },
};

/**
 * The app's logger, made unable to break a request: a logger that throws (a full disk, a bug),
 * or whose methods are async and reject (a log shipper whose sink is down), must not turn a
 * reply into a crash. Its first failure is reported once on the console, its later ones
 * dropped, and the log line that failed is lost.
 *
 * @param logger - the app's logger, checked to have warn and error
 */
export function guardedLogger(logger: CallbackLogger): CallbackLogger {
  let reported = false;
  const report = (failure: unknown): void => {
    if (reported) return;
    reported = true;
    try {
      console.error('tencent-im-callback: the logger failed; this and later failures of it are ignored', failure);
    } catch {
      // Not even the console: nothing is left to tell.
    }
  };
  const guard =
    <Args extends unknown[]>(write: (...args: Args) => unknown) =>
    (...args: Args): void => {
      try {
        const written = write(...args);
        // An unhandled rejection would end the process: a returned promise gets a handler.
        if (isThenable(written)) written.then(undefined, report);
      } catch (failure) {
        report(failure);
      }
    };
  const debug = logger.debug?.bind(logger);
  return {
    warn: guard((message: string) => logger.warn(message)),
    error: guard((message: string, error?: unknown) => logger.error(message, error)),
    ...(debug !== undefined && { debug: guard((message: string) => debug(message)) }),
  };
}
