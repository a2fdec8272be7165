import { ApiException } from '@access/errors';

/** The audit events domain's refusals, worded once. */

export const auditEventNotFound = (): ApiException =>
  new ApiException('audit_event_not_found', {
    errors: [{ detail: 'is not an audit event of this tenant', pointer: '/id', location: 'path' }],
  });
