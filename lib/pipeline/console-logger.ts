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
