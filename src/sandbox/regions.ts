/** An Azure region: ARM location name, display name and geography group. */
export interface AzureRegion {
  name: string;
  displayName: string;
  geographyGroup: string;
}

// Limitation: a fixed table of the common public regions; an unknown location name is shown as is.
const REGIONS: readonly AzureRegion[] = [
  ['eastus', 'East US', 'US'],
  ['eastus2', 'East US 2', 'US'],
  ['centralus', 'Central US', 'US'],
  ['northcentralus', 'North Central US', 'US'],
  ['southcentralus', 'South Central US', 'US'],
  ['westcentralus', 'West Central US', 'US'],
  ['westus', 'West US', 'US'],
  ['westus2', 'West US 2', 'US'],
  ['westus3', 'West US 3', 'US'],
  ['canadacentral', 'Canada Central', 'Canada'],
  ['canadaeast', 'Canada East', 'Canada'],
  ['brazilsouth', 'Brazil South', 'South America'],
  ['mexicocentral', 'Mexico Central', 'Mexico'],
  ['northeurope', 'North Europe', 'Europe'],
  ['westeurope', 'West Europe', 'Europe'],
  ['uksouth', 'UK South', 'UK'],
  ['ukwest', 'UK West', 'UK'],
  ['francecentral', 'France Central', 'Europe'],
  ['germanywestcentral', 'Germany West Central', 'Europe'],
  ['switzerlandnorth', 'Switzerland North', 'Europe'],
  ['norwayeast', 'Norway East', 'Europe'],
  ['swedencentral', 'Sweden Central', 'Europe'],
  ['italynorth', 'Italy North', 'Europe'],
  ['polandcentral', 'Poland Central', 'Europe'],
  ['spaincentral', 'Spain Central', 'Europe'],
  ['australiaeast', 'Australia East', 'Asia Pacific'],
  ['australiasoutheast', 'Australia Southeast', 'Asia Pacific'],
  ['eastasia', 'East Asia', 'Asia Pacific'],
  ['southeastasia', 'Southeast Asia', 'Asia Pacific'],
  ['japaneast', 'Japan East', 'Asia Pacific'],
  ['japanwest', 'Japan West', 'Asia Pacific'],
  ['koreacentral', 'Korea Central', 'Asia Pacific'],
  ['centralindia', 'Central India', 'Asia Pacific'],
  ['southindia', 'South India', 'Asia Pacific'],
  ['uaenorth', 'UAE North', 'Middle East'],
  ['qatarcentral', 'Qatar Central', 'Middle East'],
  ['israelcentral', 'Israel Central', 'Middle East'],
  ['southafricanorth', 'South Africa North', 'Africa'],
].map(([name, displayName, geographyGroup]) => ({
  name: name as string,
  displayName: displayName as string,
  geographyGroup: geographyGroup as string,
}));

/** Every region the sandbox knows, in a stable order. */
export function knownRegions(): readonly AzureRegion[] {
  return REGIONS;
}

/** "westeurope" → "West Europe", as Power BI reports a capacity region. */
export function regionDisplayName(name: string): string {
  const key = name.toLowerCase();
  return REGIONS.find((region) => region.name === key)?.displayName ?? name;
}
