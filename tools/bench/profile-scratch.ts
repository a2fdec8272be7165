import autocannon from 'autocannon';
import pg from 'pg';
import { openWorkbench } from './support/production-service';

async function main() {
  const bench = await openWorkbench('prof');
  try {
    const tenant = await bench.createTenant('Prof', 'owner@prof.example.com');
    const c = new pg.Client({ connectionString: bench.databaseUrl });
    await c.connect();
    await c.query(
      `INSERT INTO tenant_users (tenant_id, email, name, auth_provider, created_at, updated_at) SELECT $1::uuid, 'p-'||g||'@example.com', 'P', 'oidc', now(), now() FROM generate_series(1,1000) g`,
      [tenant.tenantId],
    );
    await c.end();
    const api = await bench.startApi({
      logLevel: process.env['LL'] ?? 'info',
      nodeOptions: process.env['PROF'] ? '--cpu-prof --cpu-prof-dir=/tmp/prof' : undefined,
    });
    const bearer = { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': tenant.tenantId };
    const path = process.env['P'] ?? `/v1/users/${tenant.ownerId}`;
    for (let i = 0; i < Number(process.env['N'] ?? 2); i++) {
      const r = await autocannon({ url: api.baseUrl + path, headers: bearer, connections: 10, duration: 8 });
      console.log(`${path}: ${r.requests.average} req/s p50 ${r.latency.p50} p99 ${r.latency.p99} non2xx ${r.non2xx}`);
    }
    await api.stop();
  } finally {
    await bench.close();
  }
}
void main();
