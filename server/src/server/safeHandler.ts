// The one place where requests meet the server's code: every handler is
// wrapped so that an exception is logged and answered with a fallback, and a
// cancelled request is answered as cancelled instead of being computed.
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type RequestType } from 'vscode-languageserver';
import { paramsProblem } from './params';

export interface Log {
  error(message: string): void;
  info(message: string): void;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/**
 * Registers `handler` for `type.method`. Malformed parameters are answered with InvalidParams
 * (params.ts); an exception is logged and answered with `fallback`
 * (a `ResponseError` the handler throws on purpose is passed on); cancellation is honoured
 * before and after the handler runs.
 */
export function register<P, R>(
  connection: Connection,
  log: Log,
  type: RequestType<P, R, unknown>,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
  fallback: R,
): void {
  connection.onRequest(type.method, async (params: P, token: CancellationToken) => {
    if (token.isCancellationRequested) return cancelled();
    const problem = paramsProblem(type.method, params);
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, `${type.method}: ${problem}.`);
    try {
      const result = await handler(params, token);
      return token.isCancellationRequested ? cancelled() : result;
    } catch (error) {
      if (error instanceof ResponseError) return error;
      log.error(`${type.method} failed: ${describeError(error)}`);
      return fallback;
    }
  });
}

/** Wraps a notification or event handler: an exception is logged, never thrown into the connection. */
export function guard<A extends unknown[]>(log: Log, what: string, handler: (...args: A) => void | Promise<void>): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) result.catch((error: unknown) => log.error(`${what} failed: ${describeError(error)}`));
    } catch (error) {
      log.error(`${what} failed: ${describeError(error)}`);
    }
  };
}
