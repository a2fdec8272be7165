import type { VersionCondition } from '../../platform/conditional/if-match';
import { preconditionFailed } from '../../platform/conditional/preconditions';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@access/auth';
import type { CreateIdentityRequest, Identity, IdentityList } from '@access/contract';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage, type PageQuery } from '../../platform/pagination/keyset-page';
import { identityProviderNotFound } from '../identity-providers/identity-providers.errors';
import { userNotFound } from '../users/users.errors';
import { identityAlreadyLinked, identityNotFound, userAlreadyLinkedToProvider } from './identities.errors';
import { IdentitiesRepository, type LinkRefusal } from './identities.repository';
import { toIdentity } from './identity.mapping';
import { linkSourceOf } from './link-source';

@Injectable()
export class IdentitiesService {
  constructor(
    private readonly repository: IdentitiesRepository,
    private readonly cursors: CursorCodec,
  ) {}

  async link(tenantId: string, userId: string, input: CreateIdentityRequest, caller: Principal): Promise<Identity> {
    const linked = await this.repository.link(tenantId, userId, input, linkSourceOf(caller));
    if ('refused' in linked) throw linkRefused(linked.refused);
    return toIdentity(linked.identity);
  }

  async list(tenantId: string, userId: string, query: PageQuery): Promise<IdentityList> {
    if (!(await this.repository.userExists(tenantId, userId))) throw userNotFound();
    // The scope binds cursors to this user's list in this tenant.
    const page = await keysetPage(this.cursors, `identities:${tenantId}:${userId.toLowerCase()}`, query, (fetch) =>
      this.repository.list(tenantId, userId, fetch),
    );
    return { data: page.data.map(toIdentity), pagination: page.pagination };
  }

  async unlink(tenantId: string, userId: string, identityId: string, condition?: VersionCondition): Promise<void> {
    const outcome = await this.repository.delete(tenantId, userId, identityId, condition);
    if (outcome === 'deleted') return;
    if (typeof outcome === 'object') throw preconditionFailed(outcome.stale);
    if (!(await this.repository.userExists(tenantId, userId))) throw userNotFound();
    throw identityNotFound();
  }
}

function linkRefused(refusal: LinkRefusal) {
  switch (refusal) {
    case 'user_not_found':
      return userNotFound();
    case 'provider_not_found':
      return identityProviderNotFound('/identity_provider_id', 'body');
    case 'external_id_taken':
      return identityAlreadyLinked();
    case 'user_already_linked':
      return userAlreadyLinkedToProvider();
  }
}
