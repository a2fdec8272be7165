import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listOperations, resolveRef } from '@access/contract';

/**
 * The plan test (describeKeysetList) of every list operation of the document, and the variant of
 * it that plans each of the operation's filters from its own index. A list or filter added to
 * the document without one fails here.
 */
const PLAN_TESTS: Record<string, { spec: string; filters?: Record<string, string> }> = {
  listUsers: { spec: 'domains/users/users-list.db.spec.ts', filters: { email: 'by email', role: 'by role' } },
  listUserIdentities: { spec: 'domains/identities/identities-list.db.spec.ts' },
  listIdentityProviders: { spec: 'domains/identity-providers/identity-providers-list.db.spec.ts' },
  listRoles: { spec: 'domains/roles/roles-list.db.spec.ts' },
  listApiKeys: { spec: 'domains/api-keys/api-keys-list.db.spec.ts' },
  listTenants: { spec: 'domains/tenants/tenants-list.db.spec.ts' },
  listProviderOrganizationUsers: { spec: 'domains/provider-users/organization-members-list.db.spec.ts' },
  listAuditEvents: {
    spec: 'domains/audit-events/audit-events-list.db.spec.ts',
    filters: {
      type: 'by type',
      actor_id: 'by actor',
      resource_type: 'by resource type',
      resource_id: 'by resource',
      occurred_after: 'occurred after',
      occurred_before: 'occurred before',
    },
  },
  listWebhookEndpoints: { spec: 'domains/webhooks/webhook-endpoints-list.db.spec.ts' },
  listWebhookDeliveries: { spec: 'domains/webhooks/webhook-deliveries-list.db.spec.ts' },
};

/** apps/api/test. */
const TESTS = path.resolve(__dirname, '../..');
const PAGING = new Set(['limit', 'after', 'before']);

const lists = listOperations()
  .map((operation) => ({
    operationId: operation.operationId,
    query: operation.parameters.map((p) => resolveRef<{ in: string; name: string }>(p)).filter((p) => p.in === 'query'),
  }))
  .filter(({ query }) => query.some((p) => p.name === 'limit'));

describe('every list of the document', () => {
  it('has a plan test', () => {
    expect(lists.map((list) => list.operationId).sort()).toEqual(Object.keys(PLAN_TESTS).sort());
  });

  it.each(lists.map((list) => [list.operationId, list] as const))(
    '%s: the test plans the list and each of its filters',
    (operationId, list) => {
      const planned = PLAN_TESTS[operationId]!;
      const source = readFileSync(path.join(TESTS, planned.spec), 'utf8');
      expect(source).toContain('describeKeysetList(');
      const filters = list.query.map((p) => p.name).filter((name) => !PAGING.has(name));
      expect(Object.keys(planned.filters ?? {}).sort()).toEqual(filters.sort());
      // Each filter's variant names the index it must be read from (variantIndexes).
      const indexes = source.slice(source.indexOf('variantIndexes:'));
      for (const label of Object.values(planned.filters ?? {})) expect(indexes).toContain(`'${label}':`);
    },
  );
});
