import { Injectable } from '@nestjs/common';
import type { CreateIdentityProviderRequest, IdentityProvider, IdentityProviderList } from '@access/contract';
import { ApiException } from '@access/errors';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage, type PageQuery } from '../../platform/pagination/keyset-page';
import { toIdentityProvider } from './identity-provider.mapping';
import { IdentityProvidersRepository } from './identity-providers.repository';

const notFound = () => new ApiException('identity_provider_not_found');

@Injectable()
export class IdentityProvidersService {
  constructor(
    private readonly repository: IdentityProvidersRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async create(tenantId: string, input: CreateIdentityProviderRequest): Promise<IdentityProvider> {
    return toIdentityProvider(await this.repository.create(tenantId, input));
  }

  async get(tenantId: string, id: string): Promise<IdentityProvider> {
    const row = await this.repository.find(tenantId, id);
    if (!row) throw notFound();
    return toIdentityProvider(row);
  }

  async list(tenantId: string, query: PageQuery): Promise<IdentityProviderList> {
    // The scope binds cursors to this list of this tenant.
    const page = await keysetPage(this.cursors, `identity-providers:${tenantId}`, query, (fetch) => this.repository.list(tenantId, fetch));
    return { data: page.data.map(toIdentityProvider), pagination: page.pagination };
  }

  async delete(tenantId: string, id: string): Promise<void> {
    const outcome = await this.repository.delete(tenantId, id);
    if (outcome === 'not_found') throw notFound();
    if (outcome === 'in_use') throw new ApiException('identity_provider_in_use');
  }
}
