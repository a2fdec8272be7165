import type { EntityJson, EntityUidJson } from '@cedar-policy/cedar-wasm/nodejs';
import { CEDAR_NAMESPACE } from './actions';
import type { AuthorizationPrincipal, AuthorizationResource } from './authorization-request';

export function uid(type: string, id: string): { type: string; id: string } {
  return { type: `${CEDAR_NAMESPACE}::${type}`, id };
}

const ref = (type: string, id: string): { __entity: { type: string; id: string } } => ({ __entity: uid(type, id) });

// Tenant ids are uuids compared case-insensitively elsewhere; Cedar compares exactly.
const tenantKey = (tenantId: string): string => tenantId.toLowerCase();

/** The tenant entity; only a principal's tenant carries a known state, any other counts as active. */
function tenantEntity(tenantId: string, suspended = false): EntityJson {
  return { uid: uid('Tenant', tenantKey(tenantId)), attrs: { suspended }, parents: [] };
}

export function principalEntity(principal: AuthorizationPrincipal): { uid: EntityUidJson; entities: EntityJson[] } {
  switch (principal.kind) {
    case 'user': {
      const self = uid('TenantUser', principal.subject);
      const attrs = { tenant: ref('Tenant', tenantKey(principal.tenantId)), roles: [...principal.roles], isOwner: principal.isOwner };
      return { uid: self, entities: [{ uid: self, attrs, parents: [] }, tenantEntity(principal.tenantId, principal.tenantSuspended)] };
    }
    case 'api_key': {
      const self = uid('ApiKey', principal.keyId);
      const attrs = { tenant: ref('Tenant', tenantKey(principal.tenantId)), keyKind: principal.keyKind };
      return { uid: self, entities: [{ uid: self, attrs, parents: [] }, tenantEntity(principal.tenantId, principal.tenantSuspended)] };
    }
    case 'service': {
      const self = uid('Service', principal.subject);
      return { uid: self, entities: [{ uid: self, attrs: { scopes: [...principal.scopes] }, parents: [] }] };
    }
  }
}

export function resourceEntity(resource: AuthorizationResource): { uid: EntityUidJson; entities: EntityJson[] } {
  switch (resource.type) {
    case 'Tenant':
      return { uid: uid('Tenant', tenantKey(resource.id)), entities: [tenantEntity(resource.id)] };
    case 'ProviderDirectory': {
      const self = uid('ProviderDirectory', resource.id ?? 'default');
      return { uid: self, entities: [{ uid: self, attrs: {}, parents: [] }] };
    }
    case 'TenantDirectory': {
      const self = uid('TenantDirectory', 'default');
      return { uid: self, entities: [{ uid: self, attrs: {}, parents: [] }] };
    }
    default: {
      // Tenant-scoped resources: the tenant is both an attribute and the parent, so
      // policies may use `resource.tenant` or `resource in principal.tenant`.
      const self = uid(resource.type, resource.id);
      const attrs = { tenant: ref('Tenant', tenantKey(resource.tenantId)) };
      const entity = { uid: self, attrs, parents: [uid('Tenant', tenantKey(resource.tenantId))] } as EntityJson;
      return { uid: self, entities: [entity, tenantEntity(resource.tenantId)] };
    }
  }
}

/** Merges entity lists, keeping the first of each uid (both sides may add the same Tenant). */
export function uniqueEntities(...lists: EntityJson[][]): EntityJson[] {
  const seen = new Set<string>();
  const result: EntityJson[] = [];
  for (const entity of lists.flat()) {
    const key = JSON.stringify(entity.uid);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(entity);
  }
  return result;
}
