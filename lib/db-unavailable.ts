// Whether a thrown error means the database could not be reached (as opposed to a bug or a refused query), so the
// person can be told "the database is unreachable, try again" instead of a generic failure.

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EPIPE',
  'P1001', // Prisma: can't reach database server
  'P1002', // Prisma: database server timed out
  'P1017', // Prisma: server closed the connection
  '08000', // PostgreSQL connection_exception …
  '08001',
  '08003',
  '08006',
  '53300', // too_many_connections
  '55000', // object_not_in_prerequisite_state: the database does not accept connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
]);

// the driver adapter's kinds of a lost database: a raw statement's failure (P2010) carries them only there, and its
// message ("Server has closed the connection.") names no code
const CONNECTION_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

const CONNECTION_TEXT =
  /connection terminated|can't reach database|not currently accepting connections|connect ECONNREFUSED|timeout exceeded when trying to connect|server closed the connection|connection refused/i;

type Inspectable = {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  meta?: { driverAdapterError?: unknown };
};

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as Inspectable;
    if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true;
    if (typeof e.originalCode === 'string' && CONNECTION_CODES.has(e.originalCode)) return true;
    if (typeof e.kind === 'string' && CONNECTION_KINDS.has(e.kind)) return true;
    if (e.name === 'PrismaClientInitializationError') return true;
    if (typeof e.message === 'string' && CONNECTION_TEXT.test(e.message)) return true;
    current = e.cause ?? e.meta?.driverAdapterError;
  }
  return false;
}

/** Thrown where an outage was noticed but its original error was consumed (the session check inside next-auth). */
export class DatabaseUnavailableError extends Error {
  readonly code = 'P1001';
  constructor() {
    super("Can't reach database server");
    this.name = 'DatabaseUnavailableError';
  }
}
