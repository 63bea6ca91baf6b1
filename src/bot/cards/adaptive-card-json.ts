/** An Adaptive Card as JSON, the way it travels in an attachment or an invoke response. */
export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  body?: unknown[];
  actions?: unknown[];
  [property: string]: unknown;
}
