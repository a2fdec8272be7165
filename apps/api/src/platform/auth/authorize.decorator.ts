import { SetMetadata } from '@nestjs/common';
import type { AuthorizationAction, ResourceType } from '@access/auth';

/** The resource a request is about: the tenant of the request, the provider's directory, or one named by a path parameter. */
export type ResourceDeclaration =
  | { readonly type: Extract<ResourceType, 'Tenant' | 'ProviderDirectory' | 'TenantDirectory'> }
  | { readonly type: Exclude<ResourceType, 'Tenant' | 'ProviderDirectory' | 'TenantDirectory'>; readonly idParam: string };

/**
 * What the Cedar request of an operation is made of, declared once on its handler:
 *
 * ```ts
 * @Authorize({ action: 'updateUser', resource: { type: 'User', idParam: 'id' }, context: { requestedRoles: 'roles' } })
 * ```
 *
 * `context` maps each context attribute the schema declares for the action to the body
 * field it is read from (a list of strings). The authorization guard reads only this; it
 * knows no operation by name. Start-up (RouteAudit) checks every declaration against the
 * document and the Cedar schema.
 */
export interface AuthorizationDeclaration {
  readonly action: AuthorizationAction;
  readonly resource: ResourceDeclaration;
  readonly context?: Readonly<Record<string, string>>;
}

export const AUTHORIZATION = 'auth:authorization';

export const Authorize = (declaration: AuthorizationDeclaration) => SetMetadata(AUTHORIZATION, declaration);

export function declaredAuthorization(handler: object): AuthorizationDeclaration | undefined {
  return Reflect.getMetadata(AUTHORIZATION, handler) as AuthorizationDeclaration | undefined;
}
