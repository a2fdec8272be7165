import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { CursorCodec } from './cursor-codec';

@Global()
@Module({
  providers: [{ provide: CursorCodec, useFactory: (config: AppConfig) => new CursorCodec(config.cursorSecret), inject: [APP_CONFIG] }],
  exports: [CursorCodec],
})
export class PaginationModule {}
