import { SetMetadata } from '@nestjs/common';
import type { FieldError } from '@access/errors';

/**
 * A rule about a request body that JSON Schema in the document cannot state (e.g. a field
 * allowed only for some value of another). It gets the body as sent (defaults filled), which
 * may not match the schema, and returns one entry per problem.
 */
export type BodyRule = (body: unknown) => FieldError[];

export const BODY_RULES = 'contract:bodyRules';

/**
 * Declares on a handler the rules its request body must meet beyond the document's schema.
 * The contract validation guard checks them with the schema and reports every problem in the
 * same 400; a value the schema already refuses is reported once, in the schema's words.
 * Start-up (RouteAudit) refuses rules on an operation that takes no JSON body.
 */
export const BodyRules = (...rules: BodyRule[]) => SetMetadata(BODY_RULES, rules);

export function declaredBodyRules(handler: object): BodyRule[] {
  return (Reflect.getMetadata(BODY_RULES, handler) as BodyRule[] | undefined) ?? [];
}
