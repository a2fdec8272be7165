import { Prisma } from '../generated/prisma/client';

interface DriverAdapterCause {
  kind?: string;
  constraint?: { index?: string; fields?: string[] };
}

function causeOf(error: unknown): DriverAdapterCause | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const meta = error.meta as { driverAdapterError?: { cause?: DriverAdapterCause } } | undefined;
  return meta?.driverAdapterError?.cause;
}

/**
 * The name of the unique index a write violated, or undefined for any other error.
 * Decisions such as "this email is taken" are left to the database's constraints,
 * which hold under concurrent requests; callers map the index to their own error.
 */
export function violatedUniqueIndex(error: unknown): string | undefined {
  // node-postgres's own error, for statements run on the pool under Prisma: 23505 unique_violation.
  const raw = error as { code?: unknown; constraint?: unknown } | null;
  if (error instanceof Error && raw?.code === '23505') return typeof raw.constraint === 'string' ? raw.constraint : 'unknown';
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return undefined;
  return causeOf(error)?.constraint?.index ?? 'unknown';
}

/** True when a write referenced a row that does not exist (a foreign key). */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003';
}

/** True when an update or delete found no row to change. */
export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025';
}
