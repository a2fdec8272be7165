import { Injectable } from '@nestjs/common';
import type { Principal } from '@access/auth';
import type { CreateIdentityRequest, Identity, IdentityList } from '@access/contract';
import { ApiException } from '@access/errors';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage, type PageQuery } from '../../platform/pagination/keyset-page';
import { toIdentity } from './identity.mapping';
import { linkSourceOf } from './link-source';
import { userNotFound } from '../users/users.errors';
import { IdentitiesRepository } from './identities.repository';

@Injectable()
export class IdentitiesService {
  constructor(
    private readonly repository: IdentitiesRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async link(tenantId: string, userId: string, input: CreateIdentityRequest, caller: Principal): Promise<Identity> {
    return toIdentity(await this.repository.link(tenantId, userId, input, linkSourceOf(caller)));
  }

  async list(tenantId: string, userId: string, query: PageQuery): Promise<IdentityList> {
    if (!(await this.repository.userExists(tenantId, userId))) throw userNotFound();
    // The scope binds cursors to this user's list in this tenant.
    const page = await keysetPage(this.cursors, `identities:${tenantId}:${userId.toLowerCase()}`, query, (fetch) =>
      this.repository.list(tenantId, userId, fetch),
    );
    return { data: page.data.map(toIdentity), pagination: page.pagination };
  }

  async unlink(tenantId: string, userId: string, identityId: string): Promise<void> {
    if (await this.repository.delete(tenantId, userId, identityId)) return;
    if (!(await this.repository.userExists(tenantId, userId))) throw userNotFound();
    throw new ApiException('identity_not_found', {
      errors: [{ detail: 'is not an identity of this user', pointer: '/identityId', location: 'path' }],
    });
  }
}
