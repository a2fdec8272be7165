import { openWorkbench } from './support/production-service';

async function main() {
  const bench = await openWorkbench('count');
  try {
    const tenant = await bench.createTenant('C', 'owner@c.example.com');
    const api = await bench.startApi({ logLevel: 'warn', nodeOptions: '--require /tmp/pgcount.cjs' });
    const bearer = { authorization: `Bearer ${tenant.ownerToken}`, 'x-tenant-id': tenant.tenantId };
    for (const [label, path, headers] of [['getUser bearer', `/v1/users/${tenant.ownerId}`, bearer], ['getUser key', `/v1/users/${tenant.ownerId}`, { 'x-api-key': tenant.integrationKey, 'x-tenant-id': tenant.tenantId }], ['list', '/v1/users?limit=100', bearer]] as const) {
      await fetch(api.baseUrl + path, { headers });
      api.child.kill('SIGUSR2');
      await new Promise((r) => setTimeout(r, 300));
      for (let i = 0; i < 100; i++) { const r = await fetch(api.baseUrl + path, { headers }); await r.arrayBuffer(); }
      console.error('---', label, 'per 100 requests:');
      api.child.kill('SIGUSR2');
      await new Promise((r) => setTimeout(r, 300));
    }
    await api.stop();
  } finally {
    await bench.close();
  }
}
void main();
