// The `rapporteur/internals` request: how many entries the server keeps per
// kind (open documents, parsed drafts, timers, caches) and its memory use. For
// tests and for diagnosing a server that grows: after every document is closed,
// every count but the drafts read from the workspace folders is zero.
import { RequestType, type Connection } from 'vscode-languageserver';
import { register, type Log } from './safeHandler';

export interface Internals {
  /** Entries kept, by the name of the map that keeps them. */
  tracked: Record<string, number>;
  /** Resident set size and V8 heap in use, in bytes. */
  rss: number;
  heapUsed: number;
}

export const InternalsRequest = new RequestType<unknown, Internals, void>('rapporteur/internals');

export function registerInternals(connection: Connection, log: Log, tracked: () => Record<string, number>): void {
  const empty: Internals = { tracked: {}, rss: 0, heapUsed: 0 };
  register(connection, log, InternalsRequest, () => {
    const { rss, heapUsed } = process.memoryUsage();
    return { tracked: tracked(), rss, heapUsed };
  }, empty);
}
