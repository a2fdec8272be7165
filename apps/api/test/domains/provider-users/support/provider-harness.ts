import { WorkOS } from '@workos-inc/node';
import { providerId } from '../../../../src/domains/provider-users/provider-user-id';
import { startTestApp, type RunningApp } from '../../../support/start-test-app';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { startWorkOSDouble, type WorkOSDouble } from './workos-double';
import { startWorkOSEmulator, type RunningEmulator } from './workos-emulator';

/**
 * The app on one access provider, with the means to set up what the API cannot:
 * organisations and memberships (there is no API for them).
 */
export interface ProviderHarness {
  running: RunningApp;
  addOrganization(): Promise<string>;
  addMember(organizationId: string, userId: string): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalHarness(env: Record<string, string> = {}): Promise<ProviderHarness> {
  const running = await startTestApp({ ACCESS_PROVIDER: 'local', ...env });
  return {
    running,
    async addOrganization() {
      const organization = await running.prisma.providerOrganization.create({ data: { id: providerId('org'), name: 'Acme' } });
      return organization.id;
    },
    async addMember(organizationId, userId) {
      await running.prisma.providerMembership.create({ data: { id: providerId('om'), organizationId, userId } });
    },
    close: () => running.close(),
  };
}

export interface WorkOSHarness extends ProviderHarness {
  emulator: RunningEmulator;
  /** Between the app's SDK and the emulator. */
  proxy: FaultProxy;
}

/** The app with its WorkOS provider pointed at a WorkOS stand-in on this port. */
function startAppOnWorkOS(apiKey: string, port: number, env: Record<string, string>): Promise<RunningApp> {
  return startTestApp({
    ACCESS_PROVIDER: 'workos',
    WORKOS_API_KEY: apiKey,
    WORKOS_API_HOSTNAME: '127.0.0.1',
    WORKOS_API_PORT: String(port),
    WORKOS_API_HTTPS: 'false',
    ...env,
  });
}

/** App → official SDK → fault proxy → WorkOS's emulator, all over real HTTP. */
export async function startWorkOSHarness(env: Record<string, string> = {}): Promise<WorkOSHarness> {
  const emulator = await startWorkOSEmulator();
  const proxy = await startFaultProxy(emulator.port);
  const running = await startAppOnWorkOS(emulator.apiKey, proxy.port, env);
  // Set-up goes straight to the emulator, around the proxy and its faults.
  const admin = new WorkOS(emulator.apiKey, { apiHostname: 'localhost', port: emulator.port, https: false, maxRetries: 0 });
  return {
    running,
    emulator,
    proxy,
    async addOrganization() {
      return (await admin.organizations.createOrganization({ name: 'Acme' })).id;
    },
    async addMember(organizationId, userId) {
      await admin.userManagement.createOrganizationMembership({ organizationId, userId });
    },
    async close() {
      await running.close();
      await proxy.close();
      await emulator.close();
    },
  };
}

export interface WorkOSDoubleHarness extends ProviderHarness {
  workos: WorkOSDouble;
  /** Between the app's SDK and the double. */
  proxy: FaultProxy;
}

/** App → official SDK → fault proxy → the WorkOS double (WorkOS's documented wire format), all over real HTTP. */
export async function startWorkOSDoubleHarness(env: Record<string, string> = {}): Promise<WorkOSDoubleHarness> {
  const workos = await startWorkOSDouble();
  const proxy = await startFaultProxy(workos.port);
  const running = await startAppOnWorkOS(workos.apiKey, proxy.port, env);
  return {
    running,
    workos,
    proxy,
    addOrganization: async () => workos.addOrganization(),
    addMember: async (organizationId, userId) => workos.addMember(organizationId, userId),
    async close() {
      await running.close();
      await proxy.close();
      await workos.close();
    },
  };
}
