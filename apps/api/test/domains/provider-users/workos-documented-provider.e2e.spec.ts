import { describeProviderContract } from './support/provider-contract';
import { startWorkOSDoubleHarness } from './support/provider-harness';

// The same contract as the local provider and WorkOS's emulator, against WorkOS as its API
// reference documents it (which, unlike the emulator, applies email changes).
describeProviderContract('WorkOS (documented wire format)', () => startWorkOSDoubleHarness(), { appliesEmailUpdates: true });
