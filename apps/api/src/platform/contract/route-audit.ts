import { Injectable, type OnApplicationBootstrap, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { ACTION_RESOURCE_TYPES, AUTHORIZATION_ACTIONS, Authorizer } from '@access/auth';
import { resolveRef } from '@access/contract';
import { declaredAuthorization, type AuthorizationDeclaration } from '../auth/authorize.decorator';
import type { ContractOperation } from './contract-operations';
import { ContractRegistry } from './contract-registry';
import { declaredBodyRules, type BodyRule } from './body-rules';
import { declaredBinding, type RouteBinding } from './route-binding';

/** One handler of a NestJS controller, with what it declares about itself. */
export interface RouteHandler {
  /** `UsersController.update`, for messages. */
  name: string;
  /** `PATCH /v1/users/{id}`, in the document's notation. */
  route: string;
  binding?: RouteBinding;
  authorization?: AuthorizationDeclaration;
  bodyRules?: readonly BodyRule[];
}

/** Every route handler of every controller the application has. */
export function listRouteHandlers(discovery: DiscoveryService, scanner: MetadataScanner): RouteHandler[] {
  const handlers: RouteHandler[] = [];
  for (const wrapper of discovery.getControllers()) {
    if (!wrapper.metatype || !wrapper.instance) continue;
    const instance = wrapper.instance as Record<string, unknown>;
    const prefix = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const handler = instance[name] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue; // a helper method, not a route
      const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const full = `/${[prefix, path].filter((p) => p && p !== '/').join('/')}`.replace(/:(\w+)/g, '{$1}');
      handlers.push({
        name: `${wrapper.metatype.name}.${name}`,
        route: `${RequestMethod[method]} ${full}`,
        binding: declaredBinding(handler),
        authorization: declaredAuthorization(handler),
        bodyRules: declaredBodyRules(handler),
      });
    }
  }
  return handlers;
}

/** The top-level properties of an operation's JSON request body, if it has one. */
function bodyFields(operation: ContractOperation): string[] {
  const pointer = `${operation.pointer}/requestBody/content/application~1json/schema`;
  const schema = resolveRef<{ properties?: Record<string, unknown> }>({ $ref: pointer });
  return Object.keys(schema.properties ?? {});
}

function authorizationProblems(handler: RouteHandler, operation: ContractOperation, authorizer: Authorizer): string[] {
  const declaration = handler.authorization;
  const where = `${handler.name} (${operation.operationId})`;
  if (operation.securitySchemes.length === 0) return declaration ? [`${where} is public in the document but declares @Authorize`] : [];
  if (!declaration) return [`${where} takes a credential but declares no @Authorize`];
  const { action, resource, context = {} } = declaration;
  if (!AUTHORIZATION_ACTIONS.includes(action)) return [`${where} names the unknown Cedar action ${action}`];
  const problems: string[] = [];
  if (ACTION_RESOURCE_TYPES[action] !== resource.type) {
    problems.push(`${where}: ${action} is asked about a ${ACTION_RESOURCE_TYPES[action]}, not a ${resource.type}`);
  }
  if ('idParam' in resource && !operation.parameters.some((p) => p.in === 'path' && p.name === resource.idParam)) {
    problems.push(`${where}: the resource id comes from path parameter ${resource.idParam}, which ${operation.path} does not have`);
  }
  const expected = [...authorizer.contextAttributes(action)].sort();
  if (JSON.stringify(Object.keys(context).sort()) !== JSON.stringify(expected)) {
    problems.push(`${where}: the context must fill exactly [${expected.join(', ')}] for ${action}`);
  }
  const fields = operation.hasJsonBody ? bodyFields(operation) : [];
  for (const [attribute, field] of Object.entries(context)) {
    if (!fields.includes(field))
      problems.push(`${where}: context ${attribute} is read from body field ${field}, which the body does not have`);
  }
  return problems;
}

/**
 * Everything wrong with how handlers are bound: a handler with no operation that is not
 * marked public (it would run unauthenticated and unvalidated), an operation with no
 * handler or several, a method or path that differs from the document, and an
 * authorization declaration that does not fit the operation or the Cedar schema.
 */
export function routeProblems(handlers: RouteHandler[], contract: ContractRegistry, authorizer: Authorizer): string[] {
  const problems: string[] = [];
  const byOperation = new Map<string, RouteHandler[]>();
  for (const handler of handlers) {
    if (!handler.binding) {
      problems.push(`${handler.name} (${handler.route}) is bound to no operation (@Operation) and not marked @PublicRoute`);
    } else if (handler.binding.kind === 'public') {
      if (handler.authorization) problems.push(`${handler.name} is a public route but declares @Authorize`);
    } else {
      byOperation.set(handler.binding.operationId, [...(byOperation.get(handler.binding.operationId) ?? []), handler]);
    }
  }
  const documented = new Set(contract.all().map((op) => op.operationId));
  for (const [operationId, bound] of byOperation) {
    if (!documented.has(operationId))
      problems.push(`${bound.map((h) => h.name).join(', ')} bound to ${operationId}, which the document does not have`);
  }
  for (const operation of contract.all()) {
    const bound = byOperation.get(operation.operationId) ?? [];
    const route = `${operation.method} ${operation.path}`;
    if (bound.length !== 1) {
      problems.push(`${operation.operationId} (${route}) is served by ${bound.length} handlers, not one`);
      continue;
    }
    const [handler] = bound as [RouteHandler];
    if (handler.route !== route) problems.push(`${handler.name} serves ${handler.route}, but ${operation.operationId} is ${route}`);
    if ((handler.bodyRules?.length ?? 0) > 0 && !operation.hasJsonBody) {
      problems.push(`${handler.name} (${operation.operationId}) declares @BodyRules, but the operation takes no JSON body`);
    }
    problems.push(...authorizationProblems(handler, operation, authorizer));
  }
  return problems;
}

/** Refuses to start an application whose routes are not all bound (fail closed). */
@Injectable()
export class RouteAudit implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly contract: ContractRegistry,
    private readonly authorizer: Authorizer,
  ) {}

  onApplicationBootstrap(): void {
    const problems = routeProblems(listRouteHandlers(this.discovery, this.scanner), this.contract, this.authorizer);
    if (problems.length > 0) throw new Error(`The routes do not match the contract:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
