import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/request-auth';
import { HEADER } from '../http/headers';
import { parseEntityTags, strongVersions } from './entity-tags';

/**
 * What If-Match asks of a write: any current version (`*`), or one of these. A repository
 * makes it a condition of its UPDATE or DELETE statement (versionCondition), so the check
 * and the write are one step: of two writes naming the same version, one finds it changed.
 */
export type VersionCondition = { anyVersion: true } | { versions: number[] };

/** The request's If-Match, or undefined when it has none (the write applies to any version). */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): VersionCondition | undefined => {
  const header = context.switchToHttp().getRequest<AuthenticatedRequest>().headers[HEADER.ifMatch];
  if (typeof header !== 'string') return undefined;
  const tags = parseEntityTags(header);
  return tags === '*' ? { anyVersion: true } : { versions: strongVersions(tags) };
});

/** The WHERE condition on the version column (`*` is the row's existence, which the statement's other conditions already require). */
export function versionCondition(condition: VersionCondition | undefined): { version?: { in: number[] } } {
  return condition === undefined || 'anyVersion' in condition ? {} : { version: { in: condition.versions } };
}
