import DomainException from '#core/exceptions/domain_exception'
import type PaymentProvider from '#money/providers/payment_provider'
import type { PaymentProviderName } from '#money/payment_providers'

/**
 * The collection API of each mobile money provider, as the configuration
 * chose it (real or simulated): a container singleton bound by
 * providers/app_provider.ts; a test swaps it for stand-ins.
 */
export default class PaymentGateways {
  constructor(private byName: Partial<Record<PaymentProviderName, PaymentProvider>>) {}

  /** The configured gateway, or null (a development tool asks which one it is). */
  byNameOrNull(name: PaymentProviderName): PaymentProvider | null {
    return this.byName[name] ?? null
  }

  for(name: PaymentProviderName): PaymentProvider {
    const gateway = this.byName[name]
    if (!gateway) {
      throw new DomainException(`Payments by ${name} are not available.`, {
        status: 422,
        code: 'E_PROVIDER_UNAVAILABLE',
        field: 'provider',
      })
    }
    return gateway
  }
}
