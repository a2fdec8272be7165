import { Module } from '@nestjs/common';
import { JobRunner } from './job-runner';

/** The job engine of this instance (see JobRunner). */
@Module({ providers: [JobRunner] })
export class JobsModule {}
