import { describeProviderContract } from './support/provider-contract';
import { startLocalHarness } from './support/provider-harness';

describeProviderContract('local', () => startLocalHarness(), { appliesEmailUpdates: true });
