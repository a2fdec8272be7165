/**
 * An app outside the workspace that installed @access/client from its tarball. The consumer
 * test copies this file to consumer.mts (ESM) and consumer.cts (CommonJS), typechecks both
 * with nothing but TypeScript and the package, and runs them against a running API.
 * Arguments: base URL, owner token, tenant id. Prints one JSON line of what it saw.
 */
import {
  AccessApiError,
  createAccessClient,
  etagOf,
  ifMatch,
  newIdempotencyKey,
  paginate,
  unwrap,
  type ErrorCode,
  type User,
} from '@access/client';

// Only TypeScript is installed (no @types/node): the little of Node this uses is declared here.
declare const process: { argv: string[]; exitCode?: number };

async function main(): Promise<void> {
  const [baseUrl = '', bearerToken = '', tenantId = '', tag = ''] = process.argv.slice(2);
  const client = createAccessClient({ baseUrl, bearerToken, tenantId });

  const created: User[] = [];
  for (const n of [1, 2, 3]) {
    const body = { email: `consumer-${tag}-${n}@example.com`, name: `Consumer ${n}`, auth_provider: 'oidc' as const };
    created.push(unwrap(await client.POST('/v1/users', { body })));
  }

  const walked: string[] = [];
  let pages = 0;
  for await (const user of paginate((after) => {
    pages += 1;
    return client.GET('/v1/users', { params: { query: { after, limit: 2 } } });
  })) {
    walked.push(user.email);
  }

  let refusal: { code: ErrorCode; errorCode: string; status: number; pointer: string | undefined } | undefined;
  try {
    unwrap(await client.POST('/v1/users', { body: { email: created[0]?.email ?? '', name: 'Again', auth_provider: 'oidc' } }));
  } catch (error) {
    // @ts-expect-error: the code is typed, so a misspelt code does not compile.
    if (error instanceof AccessApiError && error.code === 'user_exist') throw error;
    if (error instanceof AccessApiError && error.code === 'user_exists') {
      const code: 'user_exists' = error.code;
      refusal = { code, errorCode: error.errorCode ?? '', status: error.status, pointer: error.envelope?.errors[0]?.pointer };
    } else {
      throw error;
    }
  }

  // A create retried with its key is answered with the first outcome; a write with a stale ETag is refused.
  const key = newIdempotencyKey();
  const retriedBody = { email: `consumer-${tag}-retried@example.com`, name: 'Retried', auth_provider: 'oidc' as const };
  const first = await client.POST('/v1/users', { body: retriedBody, headers: { 'Idempotency-Key': key } });
  const again = await client.POST('/v1/users', { body: retriedBody, headers: { 'Idempotency-Key': key } });
  const retried = {
    sameUser: unwrap(first).id === unwrap(again).id,
    replayed: again.response.headers.get('idempotency-replayed'),
  };
  const etag = etagOf(first) ?? '';
  const path = { params: { path: { id: unwrap(first).id } } };
  const updated = await client.PATCH('/v1/users/{id}', { ...path, body: { name: 'Renamed' }, headers: ifMatch(etag) });
  const stale = await client.PATCH('/v1/users/{id}', { ...path, body: { name: 'Lost' }, headers: ifMatch(etag) });
  const conditional = { etag, updated: updated.response.status, newEtag: etagOf(updated), stale: stale.error?.code };

  console.log(JSON.stringify({ created: created.map((u) => u.email), walked, pages, refusal, retried, conditional }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
