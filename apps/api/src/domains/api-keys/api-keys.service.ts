import { Injectable } from '@nestjs/common';
import { generateApiKey } from '@access/auth';
import type { ApiKey, ApiKeyList, CreateApiKeyRequest, CreatedApiKey } from '@access/contract';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { keysetPage, type PageQuery } from '../../platform/pagination/keyset-page';
import { toApiKey } from './api-key.mapping';
import { apiKeyExpiryPassed, apiKeyNotFound } from './api-keys.errors';
import { ApiKeysRepository } from './api-keys.repository';

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly repository: ApiKeysRepository,
    private readonly cursors: CursorCodec,
  ) {}

  /** Issues a key; its plaintext is in the answer only. `createdByUserId` is null for an operator. */
  async create(tenantId: string, input: CreateApiKeyRequest, createdByUserId: string | null, now = new Date()): Promise<CreatedApiKey> {
    const expiresAt = input.expires_at === undefined ? null : new Date(input.expires_at);
    if (expiresAt !== null && expiresAt.getTime() <= now.getTime()) throw apiKeyExpiryPassed();
    const key = generateApiKey(input.kind);
    const row = await this.repository.create(tenantId, { kind: input.kind, name: input.name, key, expiresAt, createdByUserId });
    return { api_key: toApiKey(row), key: key.plaintext };
  }

  async get(tenantId: string, id: string): Promise<ApiKey> {
    const row = await this.repository.find(tenantId, id);
    if (!row) throw apiKeyNotFound();
    return toApiKey(row);
  }

  async list(tenantId: string, query: PageQuery): Promise<ApiKeyList> {
    // The scope binds cursors to this list of this tenant.
    const page = await keysetPage(this.cursors, `api-keys:${tenantId}`, query, (fetch) => this.repository.list(tenantId, fetch));
    return { data: page.data.map(toApiKey), pagination: page.pagination };
  }

  async revoke(tenantId: string, id: string): Promise<void> {
    if (!(await this.repository.revoke(tenantId, id))) throw apiKeyNotFound();
  }

  /** The operator's revocation by the prefix `list` shows; false when no active key has it. */
  revokeByPrefix(prefix: string): Promise<boolean> {
    return this.repository.revokeByPrefix(prefix);
  }
}
