import type { Currency } from '#orders/models/order'

/**
 * The ways to pay an order and the currencies (so countries) each serves:
 * the one place this is written. `cash` is paid to the driver on delivery.
 */
export const PAYMENT_PROVIDERS = {
  mpesa: { name: 'M-Pesa', currencies: ['KES'], mobile: true },
  wave: { name: 'Wave', currencies: ['XOF'], mobile: true },
  orange_money: { name: 'Orange Money', currencies: ['XOF'], mobile: true },
  airtel: { name: 'Airtel Money', currencies: ['KES', 'TZS', 'UGX'], mobile: true },
  cash: { name: 'Cash', currencies: ['KES', 'XOF', 'TZS', 'UGX'], mobile: false },
} as const satisfies Record<
  string,
  { name: string; currencies: readonly Currency[]; mobile: boolean }
>

export type PaymentProviderName = keyof typeof PAYMENT_PROVIDERS

/** How people call a provider ('M-Pesa'); the code itself when it is not one of ours. */
export function providerName(code: string) {
  return (PAYMENT_PROVIDERS as Record<string, { name: string }>)[code]?.name ?? code
}

/** The mobile money providers that serve `currency`. */
export function mobileProvidersFor(currency: Currency): PaymentProviderName[] {
  return (Object.keys(PAYMENT_PROVIDERS) as PaymentProviderName[]).filter((name) => {
    const provider = PAYMENT_PROVIDERS[name]
    return provider.mobile && (provider.currencies as readonly string[]).includes(currency)
  })
}

/**
 * Who pays a carrier (or a farmer) in each currency (the payee's country),
 * in order of preference: the first configured one pays. The one place
 * this is written. A currency none of whose providers is configured stays payable.
 */
export const PAYOUT_PROVIDERS_BY_CURRENCY: Record<Currency, readonly PaymentProviderName[]> = {
  KES: ['mpesa'],
  XOF: ['wave', 'orange_money'],
  TZS: ['airtel'],
  UGX: ['airtel'],
}
