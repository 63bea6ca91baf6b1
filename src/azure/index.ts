export type { AzureSettings } from './azure-settings';
export { createCloudPorts } from './create-cloud-ports';
