import DomainException from '#core/exceptions/domain_exception'
import type PayoutProvider from '#money/providers/payout_provider'

/**
 * The disbursement API of each provider, as the configuration chose it
 * (real or simulated): a container singleton bound by
 * providers/app_provider.ts; a test swaps it for stand-ins.
 */
export default class PayoutGateways {
  constructor(private byName: Partial<Record<string, PayoutProvider>>) {}

  /** Whether `name` pays out here (in `currency`, when given). */
  has(name: string, currency?: string) {
    const gateway = this.byName[name]
    return gateway !== undefined && (!currency || gateway.currencies.includes(currency))
  }

  /** The providers whose sent payouts can come back later (Wave). */
  reversible() {
    return Object.keys(this.byName).filter((name) => this.byName[name]?.reversible)
  }

  for(name: string): PayoutProvider {
    const gateway = this.byName[name]
    if (!gateway) {
      throw new DomainException(`Payouts by ${name} are not available.`, {
        status: 422,
        code: 'E_PROVIDER_UNAVAILABLE',
      })
    }
    return gateway
  }
}
