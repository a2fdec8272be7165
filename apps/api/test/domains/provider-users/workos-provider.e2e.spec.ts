import { describeProviderContract } from './support/provider-contract';
import { startWorkOSHarness } from './support/provider-harness';

describeProviderContract('WorkOS', () => startWorkOSHarness(), { appliesEmailUpdates: false });
