/**
 * What recording the audit event adds to a write: createUser through the users repository
 * (the real one, which records `user.created` in its transaction), against the same
 * transaction without the audit write (the floor), and with a subscribed webhook endpoint (the
 * recorder then also writes the delivery's outbox row and queues its job). Interleaved in one
 * run on an embedded PostgreSQL; prints medians and ratios. No password hashing (oidc users),
 * so the ratio is of the database work alone — the worst case for the audit write's share.
 *
 *   npm run bench:audit-write
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPrismaClient, deployMigrations, startEmbeddedPostgres, type PrismaClient, type PrismaService } from '@access/db';
import { UsersRepository, type NewUser } from '../src/domains/users/users.repository';
import { median, percentile } from './statistics';

const ROUNDS = 400;
const WARMUP = 50;

const newUser = (tag: string): NewUser => ({
  email: `${tag}@example.com`,
  name: 'Bench User',
  passwordHash: null,
  authProvider: 'oidc',
  avatar: null,
  roles: ['member'],
});

/** The repository's create transaction, statement for statement, without recordAuditEvent. */
async function createWithoutAudit(prisma: PrismaClient, tenantId: string, user: NewUser): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const roles = await tx.role.findMany({ where: { tenantId, name: { in: user.roles } }, select: { id: true, name: true } });
    const isOwner = (await tx.tenantUser.count({ where: { tenantId, isOwner: true } })) === 0;
    const { roles: _roles, ...fields } = user;
    const created = await tx.tenantUser.create({ data: { ...fields, tenantId, isOwner }, select: { id: true } });
    await tx.userRole.createMany({ data: roles.map((role) => ({ tenantId, userId: created.id, roleId: role.id })) });
    await tx.tenantUser.findUniqueOrThrow({ where: { id: created.id } });
  });
}

const p95 = (times: number[]) => percentile(times, 0.95);

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'audit-write-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: 0 });
  const prisma = createPrismaClient({ url: server.url });
  try {
    await deployMigrations(server.url);
    const tenants = await Promise.all(['floor', 'audit', 'webhook'].map((name) => prisma.tenant.create({ data: { name } })));
    for (const tenant of tenants) await prisma.role.create({ data: { tenantId: tenant.id, name: 'member' } });
    const [floorTenant, auditTenant, webhookTenant] = tenants.map((t) => t.id) as [string, string, string];
    await prisma.webhookEndpoint.create({
      data: { tenantId: webhookTenant, url: 'https://hooks.example.com/x', eventTypes: ['user.created'], secret: 'whsec_YmVuY2g=' },
    });
    const users = new UsersRepository({ client: prisma } as PrismaService);

    const variants: Array<[string, (i: number) => Promise<unknown>]> = [
      ['createUser without the audit write (floor)', (i) => createWithoutAudit(prisma, floorTenant, newUser(`floor-${i}`))],
      ['createUser with the audit event', (i) => users.create(auditTenant, newUser(`audit-${i}`))],
      ['createUser with the audit event and one webhook delivery queued', (i) => users.create(webhookTenant, newUser(`hook-${i}`))],
    ];
    const times = variants.map((): number[] => []);
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      for (const [v, [, run]] of variants.entries()) {
        const start = performance.now();
        await run(i);
        if (i >= WARMUP) times[v]!.push(performance.now() - start);
      }
    }
    const floor = median(times[0]!);
    console.log(`${ROUNDS} creates per variant, interleaved, after ${WARMUP} warm-up rounds\n`);
    for (const [v, [label]] of variants.entries()) {
      const m = median(times[v]!);
      console.log(
        `${label.padEnd(66)} median ${m.toFixed(3)} ms   p95 ${p95(times[v]!).toFixed(3)} ms   ×${(m / floor).toFixed(2)} of the floor`,
      );
    }
    const events = await prisma.auditEvent.count({ where: { type: 'user.created' } });
    const jobs = await prisma.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM graphile_worker.jobs`;
    console.log(`\n(${events} user.created events recorded, ${Number(jobs[0]?.n)} delivery jobs queued)`);
  } finally {
    await prisma.$disconnect();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
