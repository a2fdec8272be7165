import type { VersionCondition } from '../../platform/conditional/if-match';
import { preconditionFailed } from '../../platform/conditional/preconditions';
import { Injectable } from '@nestjs/common';
import type { CreateIdentityProviderRequest, IdentityProvider, IdentityProviderList } from '@access/contract';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage, type PageQuery } from '../../platform/pagination/keyset-page';
import { toIdentityProvider } from './identity-provider.mapping';
import { identityProviderExists, identityProviderInUse, identityProviderNotFound } from './identity-providers.errors';
import { IdentityProvidersRepository } from './identity-providers.repository';

@Injectable()
export class IdentityProvidersService {
  constructor(
    private readonly repository: IdentityProvidersRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async create(tenantId: string, input: CreateIdentityProviderRequest): Promise<IdentityProvider> {
    const created = await this.repository.create(tenantId, input);
    if ('refused' in created) throw identityProviderExists();
    return toIdentityProvider(created.provider);
  }

  async get(tenantId: string, id: string): Promise<IdentityProvider> {
    const row = await this.repository.find(tenantId, id);
    if (!row) throw identityProviderNotFound();
    return toIdentityProvider(row);
  }

  async list(tenantId: string, query: PageQuery): Promise<IdentityProviderList> {
    // The scope binds cursors to this list of this tenant.
    const page = await keysetPage(this.cursors, `identity-providers:${tenantId}`, query, (fetch) => this.repository.list(tenantId, fetch));
    return { data: page.data.map(toIdentityProvider), pagination: page.pagination };
  }

  async delete(tenantId: string, id: string, condition?: VersionCondition): Promise<void> {
    const outcome = await this.repository.delete(tenantId, id, condition);
    if (outcome === 'not_found') throw identityProviderNotFound();
    if (outcome === 'in_use') throw identityProviderInUse();
    if (typeof outcome === 'object') throw preconditionFailed(outcome.stale);
  }
}
