import type { TokenCredential } from '@azure/core-auth';
import { DataLakeServiceClient } from '@azure/storage-file-datalake';
import type { CloudPortsFactory } from '../core/ports';
import { ArmAdapter } from './arm-adapter';
import { ArmClients } from './arm-clients';
import type { AzureSettings } from './azure-settings';
import { BoundedCache } from './bounded-cache';
import { LakeAdapter } from './lake-adapter';
import { createLakePipeline } from './lake-pipeline';
import { PowerBiAdapter } from './power-bi-adapter';
import { PowerBiHttp } from './power-bi-http';
import { createTransport } from './transport';

// Clients are built on first use and only the most recent kept (a Power BI pipeline or a
// lake client holds about 15 KiB), so the ports of an idle conversation cost three small objects.
const CREDENTIAL_CACHE_SIZE = 256;
const POWER_BI_CACHE_SIZE = 128;
const LAKE_CACHE_SIZE = 64;

/**
 * Builds the cloud ports over the real services (or anything answering their APIs, such as the
 * sandbox): ARM through the official SDK clients, Power BI over its REST API, the lake through
 * the Data Lake SDK. Each user's calls carry that user's token from `credentialFor`.
 */
export function createCloudPorts(settings: AzureSettings): CloudPortsFactory {
  const transport = createTransport(settings.ca);
  // One credential per user, so every client of that user shares its token cache.
  const credentials = new BoundedCache<TokenCredential>(CREDENTIAL_CACHE_SIZE);
  const credentialOf = (oid: string): TokenCredential =>
    credentials.getOrCreate(oid, () => settings.credentialFor(oid));

  const arm = new ArmClients(settings.armEndpoint, credentialOf, transport);
  const powerBi = new BoundedCache<PowerBiHttp>(POWER_BI_CACHE_SIZE);
  const lake = new BoundedCache<DataLakeServiceClient>(LAKE_CACHE_SIZE);

  const powerBiFor = (oid: string): PowerBiHttp =>
    powerBi.getOrCreate(oid, () => {
      return new PowerBiHttp(settings.powerBiBaseUrl, credentialOf(oid), transport);
    });

  const lakeFor = (oid: string, account: string): DataLakeServiceClient =>
    lake.getOrCreate(`${oid}|${account}`, () => {
      const pipeline = createLakePipeline(credentialOf(oid), transport.agent);
      return new DataLakeServiceClient(settings.dataLakeUrl(account), pipeline);
    });

  return (oid) => ({
    azure: new ArmAdapter(oid, arm),
    powerBi: new PowerBiAdapter(() => powerBiFor(oid)),
    lake: new LakeAdapter((account) => lakeFor(oid, account)),
  });
}
