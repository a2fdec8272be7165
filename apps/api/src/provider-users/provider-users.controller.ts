import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { CreateProviderUserRequest, ProviderUser, ProviderUserList, UpdateProviderUserRequest } from '@access/contract';
import { Authorize } from '../auth/authorize.decorator';
import { Operation } from '../contract/operation.decorator';
import type { HeaderSink } from '../http/header-sink';
import { CursorCodec } from '../pagination/cursor-codec';
import { DEFAULT_PAGE_LIMIT } from '../pagination/keyset-page';
import { ACCESS_PROVIDER, type AccessProvider } from './access-provider';
import { ProviderCursors } from './provider-cursors';

/**
 * The provider-user operations. The guards have already authenticated the service
 * token, checked its scope and validated the request against the contract.
 */
@Controller('v1/provider')
export class ProviderUsersController {
  constructor(
    @Inject(ACCESS_PROVIDER) private readonly provider: AccessProvider,
    private readonly codec: CursorCodec,
  ) {}

  @Post('users')
  @HttpCode(201)
  @Operation('createProviderUser')
  @Authorize({ action: 'createProviderUser', resource: { type: 'ProviderDirectory' } })
  async create(@Body() body: CreateProviderUserRequest, @Res({ passthrough: true }) reply: HeaderSink): Promise<ProviderUser> {
    const user = await this.provider.createUser(body);
    reply.header('Location', `/v1/provider/users/${encodeURIComponent(user.id)}`);
    return user;
  }

  @Get('users/:userId')
  @Operation('getProviderUser')
  @Authorize({ action: 'getProviderUser', resource: { type: 'ProviderDirectory' } })
  get(@Param('userId') userId: string): Promise<ProviderUser> {
    return this.provider.getUser(userId);
  }

  @Patch('users/:userId')
  @Operation('updateProviderUser')
  @Authorize({ action: 'updateProviderUser', resource: { type: 'ProviderDirectory' } })
  update(@Param('userId') userId: string, @Body() body: UpdateProviderUserRequest): Promise<ProviderUser> {
    return this.provider.updateUser(userId, body);
  }

  @Get('organizations/:organizationId/users')
  @Operation('listProviderOrganizationUsers')
  @Authorize({ action: 'listProviderOrganizationUsers', resource: { type: 'ProviderDirectory' } })
  async listOrganizationUsers(
    @Param('organizationId') organizationId: string,
    @Query() query: { before?: string; after?: string; limit?: number },
  ): Promise<ProviderUserList> {
    const cursors = ProviderCursors.forOrganization(this.codec, this.provider.kind, organizationId);
    const page = await this.provider.listOrganizationUsers(
      organizationId,
      cursors.unwrap({ ...query, limit: query.limit ?? DEFAULT_PAGE_LIMIT }),
    );
    return cursors.wrap(page);
  }
}
