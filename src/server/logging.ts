import pretty from 'pino-pretty';

/**
 * What a log line may say about a request and an error. The query string carries what users typed
 * (searches, names), so a request is logged by its path; an error's detail and parameters can quote the
 * values refused (PostgreSQL's "Key (name)=(…)"), so an error keeps its kind, code, message and stack.
 */
export const logSerializers = {
  req: (request: { method: string; url: string; ip?: string }) => ({
    method: request.method,
    path: request.url.split('?')[0] ?? '',
    remoteAddress: request.ip,
  }),
  err: (error: Error & { code?: string }) => ({
    type: error.name,
    code: error.code ?? '',
    message: error.message,
    stack: error.stack ?? '',
  }),
};

/** Log lines for a person at a terminal: time, level and message, the fields after them. */
export function prettyLogStream() {
  return pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true });
}
