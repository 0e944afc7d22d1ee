import type { DateTime } from 'luxon'
import type StellarWallet from '#money/models/stellar_wallet'
import { isoDateTime, named, toIso, z } from '#core/contract/response_schema'
import { PAYOUT_RAILS, type PayoutRailName } from '#money/models/payout_rail'
import { CURRENCIES, type Currency } from '#core/money_format'

export const stellarWalletSchema = named(
  'StellarWallet',
  z.object({
    enabled: z
      .boolean()
      .meta({ description: 'Whether Stellar wallets are offered here (STELLAR_ENABLED)' }),
    network: z.enum(['testnet', 'public']),
    publicKey: z
      .string()
      .nullable()
      .meta({ description: 'The account id (G...); null until the wallet is opened' }),
    funded: z.boolean().meta({ description: 'The account exists on the network' }),
    ready: z.boolean().meta({ description: 'Funded and trusting the assets payouts are made in' }),
    balances: z
      .array(
        z.object({
          currency: z.enum(CURRENCIES),
          amount: z.number().int().meta({ description: 'Minor units' }),
        })
      )
      .nullable()
      .meta({
        description:
          'What the wallet holds of each payout asset; null until it is funded, or when the network cannot be read now',
      }),
  })
)

export const payoutRailSchema = named(
  'PayoutRail',
  z.object({
    rail: z.enum(PAYOUT_RAILS).meta({ description: 'How the carrier is paid' }),
    stellarOffered: z.boolean().meta({ description: 'Whether the Stellar rail is on here' }),
    stellarAccount: z
      .string()
      .nullable()
      .meta({ description: 'The owner’s Stellar account payouts go to, when chosen' }),
    coolingUntil: isoDateTime()
      .nullable()
      .meta({ description: 'Payouts wait until then after a change of rail' }),
    yours: z.boolean().meta({
      description: 'The caller owns the carrier: its Stellar wallet is the one payouts go to',
    }),
  })
)

/** A user's Stellar wallet on the wire: never its secret. */
export default class StellarWalletTransformer {
  static toJSON(
    wallet: StellarWallet | null,
    options: { enabled: boolean; network: 'testnet' | 'public' },
    balances: { currency: Currency; amount: number }[] | null = null
  ): z.infer<typeof stellarWalletSchema> {
    return {
      ...options,
      balances,
      publicKey: wallet?.publicKey ?? null,
      funded: Boolean(wallet?.fundedAt),
      ready: Boolean(wallet?.fundedAt && wallet.trustedAt),
    }
  }

  static rail(state: {
    rail: PayoutRailName
    stellarOffered: boolean
    stellarAccount: string | null
    coolingUntil: DateTime | null
    yours: boolean
  }): z.infer<typeof payoutRailSchema> {
    return { ...state, coolingUntil: toIso(state.coolingUntil) }
  }
}
