import { createCloudPorts } from '../src/azure';
import type { CloudPortsFactory } from '../src/core/ports';
import type { Sandbox } from '../src/sandbox';

/** The real adapters over the sandbox, wired as the bot wires them in sandbox mode. */
export function sandboxPorts(sandbox: Sandbox): CloudPortsFactory {
  return createCloudPorts({
    armEndpoint: sandbox.armEndpoint,
    powerBiBaseUrl: sandbox.powerBiBaseUrl,
    dataLakeUrl: (account) => sandbox.dataLakeUrl(account),
    ca: sandbox.ca,
    credentialFor: (oid) => sandbox.credentialFor(oid),
  });
}
