import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'sql-formatter';
import { createPooledPrisma, type PrismaClient, type PrismaService } from '@access/db';
import { createTestDatabase, type TestDatabase } from '@access/db/testing';
import type { KeysetFetch, KeysetPosition } from '../../src/platform/pagination/keyset-query';
import { WORKSPACE_ROOT } from './api-process';

/** `SQL_SNAPSHOTS=update` (npm run db:sql) rewrites the committed snapshots instead of comparing them. */
const UPDATE = process.env['SQL_SNAPSHOTS'] === 'update';

interface PlanNode {
  'Node Type': string;
  'Parent Relationship'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/** One list of a repository, as the keyset pagination reads it. */
export interface KeysetListSpec<C> {
  /** `UsersRepository.page`: names the list in the snapshot. */
  name: string;
  /** The committed SQL of the list's reads, relative to the workspace root (beside the repository). */
  snapshot: string;
  /** The index every read must range-scan: it ends with (created_at, id). */
  index: string;
  /** The column the list's conditions fix ahead of (created_at, id) in that index; none for a list of a whole table. */
  leading?: string;
  /** The list's position column, when not created_at (e.g. occurred_at). */
  position?: string;
  /** Fills the database with a realistic number of rows (the list's own and its neighbours'); returns what reads need. */
  seed(prisma: PrismaClient): Promise<C>;
  /** One read of the list through its repository, built on `database`. */
  read(database: PrismaService, context: C, fetch: KeysetFetch): Promise<KeysetPosition[]>;
  /** Further reads whose SQL the snapshot keeps (filters), by label. */
  variants?: Record<string, (database: PrismaService, context: C, fetch: KeysetFetch) => Promise<unknown>>;
  /** How deep the deep page starts (default: 4,000 rows in). */
  deepOffset?: number;
  /** The index each variant (filter) must be read with, by label: planned like the list itself. */
  variantIndexes?: Record<string, string>;
  /**
   * Variants whose filter fixes every column of a unique index (an email in a tenant): they
   * match one row at most, which the plan may order (a Sort of one row), and nothing else.
   */
  singleRowVariants?: string[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];
/**
 * The keyset path: the plan without its subplans. A subplan computes a column of each row
 * (e.g. a user's role names) and runs once per row of the page, whatever its depth.
 */
const keysetPathOf = (node: PlanNode): PlanNode[] => [
  node,
  ...(node.Plans ?? []).filter((child) => child['Parent Relationship'] !== 'SubPlan').flatMap(keysetPathOf),
];
const subplansOf = (node: PlanNode): PlanNode[] =>
  (node.Plans ?? []).flatMap((child) => (child['Parent Relationship'] === 'SubPlan' ? nodesOf(child) : subplansOf(child)));
/** Tables small enough that PostgreSQL rightly reads them whole (a tenant's roles): at most this many rows. */
const LOOKUP_TABLE_ROWS = 1_000;

/**
 * The two promises of a list's keyset pagination, checked on a real PostgreSQL holding a
 * realistic number of rows:
 * - the SQL it runs is the snapshot committed beside its repository (immich's idea: a changed
 *   query shows in review), rewritten by `npm run db:sql`;
 * - PostgreSQL plans every read, first page or thousands of rows deep, forward or backward, as
 *   one range scan of the list's index starting at the cursor: no sequential scan, no sort.
 */
export function describeKeysetList<C>(spec: KeysetListSpec<C>): void {
  describe(`the ${spec.name} list`, () => {
    let database: TestDatabase;
    let recording: { client: PrismaClient; pool: { query(text: string, values?: unknown[]): Promise<unknown> } };
    let context: C;
    const queries: Array<{ sql: string; params: string }> = [];

    beforeAll(async () => {
      database = await createTestDatabase();
      const pooled = createPooledPrisma({ url: database.url, poolMax: 2, onQuery: (query) => queries.push(query) });
      // Lists read on the pool under Prisma (readKeysetRows) are recorded as Prisma's are.
      const pool = {
        query: (text: string, values: unknown[] = []) => {
          queries.push({ sql: text, params: JSON.stringify(values) });
          return pooled.pool.query(text, values);
        },
      };
      recording = { client: pooled.client, pool };
      context = await spec.seed(database.prisma);
      await database.prisma.$executeRawUnsafe('ANALYZE');
    }, 120_000);
    afterAll(async () => {
      await recording.client.$disconnect();
      await database.drop();
    });

    /** The SQL of what `run` queried, in order. */
    async function recorded(run: (db: PrismaService) => Promise<unknown>): Promise<Array<{ sql: string; params: string }>> {
      queries.length = 0;
      await run(recording as PrismaService);
      return [...queries];
    }

    async function positionAt(offset: number): Promise<KeysetPosition> {
      const rows = await spec.read(recording as PrismaService, context, { direction: 'forward', take: offset + 1 });
      const position = rows[offset];
      if (!position) throw new Error(`the seeded list has no row ${offset}`);
      return position;
    }

    async function planOf(fetch: KeysetFetch, read = spec.read): Promise<PlanNode[]> {
      const [keyset] = await recorded((db) => read(db, context, fetch));
      if (!keyset) throw new Error('the read ran no query');
      const params = JSON.parse(keyset.params) as unknown[];
      const rows = await database.prisma.$queryRawUnsafe<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(
        `EXPLAIN (FORMAT JSON) ${keyset.sql}`,
        ...params,
      );
      const plan = rows[0]!['QUERY PLAN'][0]!.Plan;
      // A subplan may read a small lookup table whole, never a table that grows with the list.
      for (const scan of subplansOf(plan).filter((n) => n['Node Type'] === 'Seq Scan')) {
        const [size] = await database.prisma.$queryRawUnsafe<Array<{ rows: number }>>(
          'SELECT reltuples::int AS rows FROM pg_class WHERE relname = $1',
          scan['Relation Name'],
        );
        expect(size?.rows ?? Infinity).toBeLessThanOrEqual(LOOKUP_TABLE_ROWS);
      }
      return keysetPathOf(plan);
    }

    it.each(['forward', 'backward'] as const)('reads a deep page %s as an index range scan starting at the cursor', async (direction) => {
      const nodes = await planOf({ from: await positionAt(spec.deepOffset ?? 4_000), direction, take: 101 });

      const scan = nodes.find((n) => n['Index Name'] === spec.index);
      expect(scan?.['Node Type']).toMatch(/^Index (Only )?Scan$/);
      const fixed = spec.leading ? `${spec.leading} = .*` : '';
      expect(scan?.['Index Cond']).toMatch(new RegExp(`${fixed}ROW\\(${spec.position ?? 'created_at'}, id\\) [<>] ROW\\(`));
      expect(nodes.map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining(['Seq Scan']));
      expect(nodes.map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining(['Sort']));
    });

    it('reads the first page from the same index without a sort', async () => {
      const nodes = await planOf({ direction: 'forward', take: 101 });

      const scan = nodes.find((n) => n['Index Name'] === spec.index);
      expect(scan?.['Node Type']).toMatch(/^Index (Only )?Scan$/);
      if (spec.leading) expect(scan?.['Index Cond']).toMatch(new RegExp(`${spec.leading} = `));
      expect(nodes.map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining(['Seq Scan']));
      expect(nodes.map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining(['Sort']));
    });

    const variantIndexes = Object.entries(spec.variantIndexes ?? {});
    if (variantIndexes.length > 0) {
      it.each(variantIndexes)('reads the %s filter from its own index (%s) without a sort', async (label, index) => {
        const read = spec.variants?.[label];
        if (!read) throw new Error(`no variant ${label}`);
        const nodes = await planOf({ direction: 'forward', take: 101 }, async (db, c, fetch) => {
          await read(db, c, fetch);
          return [];
        });
        const scan = nodes.find((n) => n['Index Name'] === index);
        expect(scan?.['Node Type']).toMatch(/^Index (Only )?Scan$/);
        expect(nodes.map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining(['Seq Scan']));
        if (spec.singleRowVariants?.includes(label)) {
          const [unique] = await database.prisma.$queryRaw<Array<{ indisunique: boolean; indnkeyatts: number }>>`
            SELECT i.indisunique, i.indnkeyatts FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = ${index}`;
          expect(unique?.indisunique).toBe(true);
          expect(scan?.['Index Cond']?.match(/ = /g)).toHaveLength(unique!.indnkeyatts);
        } else {
          expect(nodes.map((n) => n['Node Type'])).not.toEqual(expect.arrayContaining(['Sort']));
        }
      });
    }

    it(`runs the SQL committed in ${spec.snapshot}`, async () => {
      const [third, sixth] = [await positionAt(2), await positionAt(5)];
      const reads: Array<[string, (db: PrismaService) => Promise<unknown>]> = [
        ['first page', (db) => spec.read(db, context, { direction: 'forward', take: 3 })],
        ['next page', (db) => spec.read(db, context, { from: third, direction: 'forward', take: 3 })],
        ['previous page', (db) => spec.read(db, context, { from: sixth, direction: 'backward', take: 3 })],
        ...Object.entries(spec.variants ?? {}).map(([label, read]): [string, (db: PrismaService) => Promise<unknown>] => [
          label,
          (db) => read(db, context, { direction: 'forward', take: 3 }),
        ]),
      ];
      const sections: string[] = [];
      for (const [label, read] of reads) {
        const sql = (await recorded(read)).map((query) => `${format(query.sql, { language: 'postgresql' })};`);
        sections.push([`-- ${spec.name} (${label})`, ...sql].join('\n'));
      }
      const header = '-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.';
      const written = `${[header, ...sections].join('\n\n')}\n`;
      const file = path.join(WORKSPACE_ROOT, spec.snapshot);
      if (UPDATE) await writeFile(file, written);
      const committed = await readFile(file, 'utf8').catch(() => '(no snapshot yet: run `npm run db:sql`)');
      expect(written).toBe(committed);
    });
  });
}
