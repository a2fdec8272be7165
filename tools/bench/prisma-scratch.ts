import { createPooledPrisma, deployMigrations, startEmbeddedPostgres, Prisma } from '@access/db';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'ps-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: 0 });
  await deployMigrations(server.url);
  const { client: prisma, pool } = createPooledPrisma({ url: server.url, poolMax: 4 }) as any;
  const t = await prisma.tenant.create({ data: { name: 'x' } });
  const r = await prisma.role.create({ data: { tenantId: t.id, name: 'admin' } });
  const u = await prisma.tenantUser.create({ data: { tenantId: t.id, email: 'a@b.c', name: 'A', authProvider: 'oidc', isOwner: true } });
  await prisma.userRole.create({ data: { tenantId: t.id, userId: u.id, roleId: r.id } });
  const variants: Record<string, () => Promise<unknown>> = {
    findUnique: () => prisma.tenantUser.findUnique({ where: { tenantId_id: { tenantId: t.id, id: u.id } }, select: { isOwner: true, userRoles: { select: { role: { select: { name: true } } } }, tenant: { select: { suspendedAt: true } } } }),
    queryRaw: () => prisma.$queryRaw(Prisma.sql`SELECT u.is_owner, t.suspended_at, ARRAY(SELECT r.name FROM user_roles ur JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id) AS roles FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id WHERE u.tenant_id = ${t.id}::uuid AND u.id = ${u.id}::uuid`),
    pool: () => pool.query(`SELECT u.is_owner, t.suspended_at, ARRAY(SELECT r.name FROM user_roles ur JOIN roles r ON r.tenant_id = ur.tenant_id AND r.id = ur.role_id WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id) AS roles FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id WHERE u.tenant_id = $1 AND u.id = $2`, [t.id, u.id]),
  };
  for (let round = 0; round < 2; round++)
    for (const [name, run] of Object.entries(variants)) {
      const n = 3000; const cpu0 = process.cpuUsage(); const s = performance.now();
      for (let i = 0; i < n; i++) await run();
      const cpu = process.cpuUsage(cpu0);
      console.log(name.padEnd(12), ((performance.now() - s) * 1000 / n).toFixed(0), 'µs wall,', ((cpu.user + cpu.system) / n).toFixed(0), 'µs cpu of node');
    }
  await prisma.$disconnect();
  await server.stop();
}
void main();
