import { Injectable } from '@nestjs/common';
import { generateApiKey, type ApiKeyKind } from '@access/auth';
import type { CreatedTenant, CreateTenantRequest, Tenant, TenantList } from '@access/contract';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage, type PageQuery } from '../../platform/pagination/keyset-page';
import { toApiKey } from '../api-keys/api-key.mapping';
import { normalizeEmail } from '../users/email';
import { toTenant } from './tenant.mapping';
import { tenantHasUsers, tenantNotFound } from './tenants.errors';
import { TenantsRepository } from './tenants.repository';

const FIRST_KEY_NAMES: Record<ApiKeyKind, string> = { integration: 'Initial integration key', scim: 'Initial SCIM key' };

/** Tenants for operators; the HTTP API and the operator commands both call this. */
@Injectable()
export class TenantsService {
  constructor(
    private readonly repository: TenantsRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async create(input: CreateTenantRequest): Promise<CreatedTenant> {
    const keys = (input.api_keys ?? []).map((kind) => ({ kind, name: FIRST_KEY_NAMES[kind], generated: generateApiKey(kind) }));
    const created = await this.repository.create({
      name: input.name,
      owner: { email: normalizeEmail(input.owner.email), name: input.owner.name },
      apiKeys: keys.map(({ kind, name, generated }) => ({ kind, name, key: generated })),
    });
    const plaintexts = new Map(keys.map(({ generated }) => [generated.prefix, generated.plaintext]));
    return {
      tenant: toTenant(created.tenant),
      owner: { id: created.owner.id, email: created.owner.email, name: created.owner.name },
      api_keys: created.apiKeys.map((row) => ({ api_key: toApiKey(row), key: plaintexts.get(row.lookupPrefix) ?? '' })),
    };
  }

  async get(id: string): Promise<Tenant> {
    const row = await this.repository.find(id);
    if (!row) throw tenantNotFound();
    return toTenant(row);
  }

  async list(query: PageQuery): Promise<TenantList> {
    const page = await keysetPage(this.cursors, 'tenants', query, (fetch) => this.repository.list(fetch));
    return { data: page.data.map(toTenant), pagination: page.pagination };
  }

  async rename(id: string, name: string): Promise<Tenant> {
    const row = await this.repository.rename(id, name);
    if (!row) throw tenantNotFound();
    return toTenant(row);
  }

  async setSuspended(id: string, suspended: boolean): Promise<Tenant> {
    const row = await this.repository.setSuspended(id, suspended);
    if (!row) throw tenantNotFound();
    return toTenant(row);
  }

  async delete(id: string, withUsers: boolean): Promise<void> {
    const outcome = await this.repository.delete(id, withUsers);
    if (outcome === 'not_found') throw tenantNotFound();
    if (outcome === 'has_users') throw tenantHasUsers();
  }
}
