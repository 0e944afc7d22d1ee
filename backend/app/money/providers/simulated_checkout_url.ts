import { appUrl } from '#config/app'

/** Where a simulated Wave or Orange Money sends the payer: our development checkout page. */
export function simulatedCheckoutUrl(providerRef: string) {
  return `${appUrl}/api/v1/dev/checkout/${encodeURIComponent(providerRef)}`
}
