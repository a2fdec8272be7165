import { isDeepStrictEqual } from 'node:util';
import { listOperations, resolveRef } from '@access/contract';
import { renderEnvelope, type ApiException } from '@access/errors';
import * as apiKeys from '../../src/domains/api-keys/api-keys.errors';
import * as identities from '../../src/domains/identities/identities.errors';
import * as auditEvents from '../../src/domains/audit-events/audit-events.errors';
import * as webhooks from '../../src/domains/webhooks/webhooks.errors';
import * as identityProviders from '../../src/domains/identity-providers/identity-providers.errors';
import * as providerUsers from '../../src/domains/provider-users/provider-users.errors';
import * as roles from '../../src/domains/roles/roles.errors';
import * as tenants from '../../src/domains/tenants/tenants.errors';
import * as users from '../../src/domains/users/users.errors';

/** Every refusal the domains word (a sample of each, for the ones that take values), as the API answers it. */
const REFUSALS: ApiException[] = [
  users.userNotFound(),
  users.userExists(),
  users.ownerMustKeepAdmin(),
  users.ownerCannotBeDeleted(),
  identities.identityNotFound(),
  identities.identityAlreadyLinked(),
  identities.userAlreadyLinkedToProvider(),
  identityProviders.identityProviderNotFound(),
  identityProviders.identityProviderNotFound('/identity_provider_id', 'body'),
  identityProviders.identityProviderExists(),
  identityProviders.identityProviderInUse(),
  auditEvents.auditEventNotFound(),
  webhooks.webhookEndpointNotFound(),
  webhooks.webhookDeliveryNotFound(),
  webhooks.webhookEndpointDisabled(),
  webhooks.webhookUrlNotAllowed('resolves to a loopback, private or link-local address'),
  providerUsers.providerUserNotFound(),
  providerUsers.providerOrganizationNotFound(),
  providerUsers.providerUserExists(),
  providerUsers.providerNotConfigured(),
  tenants.tenantNotFound(),
  tenants.tenantHasUsers(),
  roles.roleNotFound(),
  roles.roleExists(),
  roles.roleProtected(),
  roles.roleInUse(),
  apiKeys.apiKeyNotFound(),
  apiKeys.apiKeyExpiryPassed(),
];

const answered = (exception: ApiException) => {
  const { code, message, errors } = renderEnvelope(exception, '');
  return { code, message, errors };
};

interface Example {
  value: { code: string; message: string; errors: unknown[] };
}

/** Every error example of the document, with the operation it documents. */
function documentedExamples(): Array<{ operationId: string; example: Example['value'] }> {
  return listOperations().flatMap(({ operationId, operation }) =>
    Object.values(operation['responses'] as Record<string, unknown>).flatMap((response) => {
      const content = resolveRef<{ content?: Record<string, { examples?: Record<string, Example> }> }>(response).content;
      return Object.values(content?.['application/json']?.examples ?? {}).map(({ value }) => ({ operationId, example: value }));
    }),
  );
}

/**
 * Each domain words its refusals once, in its errors file; the document's examples show the
 * very answers, so a caller reads in the reference what the API sends.
 */
describe("the domains' refusals", () => {
  const examples = documentedExamples();
  const codes = new Set(REFUSALS.map((refusal) => refusal.code));

  it('are each documented, word for word, by at least one example', () => {
    for (const refusal of REFUSALS) {
      const shown = examples
        .filter(({ example }) => example.code === refusal.code)
        .map(({ example: { code, message, errors } }) => ({ code, message, errors }));
      expect(shown).toContainEqual(answered(refusal));
    }
  });

  it('are the only answers the examples of their codes show', () => {
    const wordings = REFUSALS.map(answered);
    for (const { operationId, example } of examples.filter(({ example }) => codes.has(example.code as ApiException['code']))) {
      const { code, message, errors } = example;
      expect({ operationId, answer: wordings.find((wording) => isDeepStrictEqual(wording, { code, message, errors })) }).toEqual({
        operationId,
        answer: { code, message, errors },
      });
    }
  });
});
