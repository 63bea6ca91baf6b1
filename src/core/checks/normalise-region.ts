/**
 * A region name reduced to letters and digits, lower-cased, so the display name Power BI
 * sends ("West Europe") matches the ARM location name ("westeurope").
 */
export function normaliseRegion(region: string): string {
  return region.toLowerCase().replace(/[\s-]+/g, '');
}
