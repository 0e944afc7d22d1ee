import type { Currency } from '#orders/models/order'

/**
 * The ways to pay an order and the currencies (so countries) each serves:
 * the one place this is written. `cash` is paid to the driver on delivery.
 */
export const PAYMENT_PROVIDERS = {
  mpesa: { currencies: ['KES'], mobile: true },
  wave: { currencies: ['XOF'], mobile: true },
  orange_money: { currencies: ['XOF'], mobile: true },
  airtel: { currencies: ['KES', 'TZS', 'UGX'], mobile: true },
  cash: { currencies: ['KES', 'XOF', 'TZS', 'UGX'], mobile: false },
} as const satisfies Record<string, { currencies: readonly Currency[]; mobile: boolean }>

export type PaymentProviderName = keyof typeof PAYMENT_PROVIDERS

/** The mobile money providers that serve `currency`. */
export function mobileProvidersFor(currency: Currency): PaymentProviderName[] {
  return (Object.keys(PAYMENT_PROVIDERS) as PaymentProviderName[]).filter((name) => {
    const provider = PAYMENT_PROVIDERS[name]
    return provider.mobile && (provider.currencies as readonly string[]).includes(currency)
  })
}
