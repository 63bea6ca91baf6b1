/** Microsoft Learn pages the fixes point to. */
export const DOCS = {
  integration:
    'https://learn.microsoft.com/power-bi/transform-model/dataflows/dataflows-azure-data-lake-storage-integration',
  limitations:
    'https://learn.microsoft.com/power-bi/transform-model/dataflows/dataflows-features-limitations',
  azureConnections:
    'https://learn.microsoft.com/power-bi/admin/service-admin-portal-azure-connections',
  workspaceRoles:
    'https://learn.microsoft.com/power-bi/collaborate-share/service-roles-new-workspaces',
  assignApi:
    'https://learn.microsoft.com/rest/api/power-bi/dataflow-storage-accounts/groups-assign-to-dataflow-storage',
  restTroubleshooting:
    'https://learn.microsoft.com/power-bi/developer/embedded/troubleshoot-rest-api',
  hnsUpgrade:
    'https://learn.microsoft.com/azure/storage/blobs/upgrade-to-data-lake-storage-gen2-how-to',
  minimumTls:
    'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version',
  networkSecurity: 'https://learn.microsoft.com/azure/storage/common/storage-network-security',
  roleAssignmentsCli:
    'https://learn.microsoft.com/azure/role-based-access-control/role-assignments-cli',
} as const;
