import {
  Asset,
  BASE_FEE,
  Horizon,
  type Keypair,
  NotFoundError,
  TransactionBuilder,
  type Memo,
  type Transaction,
  type xdr,
} from '@stellar/stellar-sdk'
import { CURRENCY_DIGITS } from '#money/ledger_accounts'
import { toMinor } from '#money/minor_units'

export interface StellarNetworkOptions {
  /** STELLAR_ENABLED: wallets and Stellar payouts exist only then. */
  enabled: boolean
  network: 'testnet' | 'public'
  horizonUrl: string
  /** Funds a new account (testnet); null where nobody gives lumens away. */
  friendbotUrl: string | null
  networkPassphrase: string
  /** Issuer of the asset of each currency (KES, XOF, ...). */
  assetIssuer: string
}

/** A transaction Horizon has in a ledger: whether it applied. */
export interface StellarTransactionRecord {
  hash: string
  successful: boolean
}

/**
 * The configured Stellar network and what we say to it through its Horizon
 * server (`@stellar/stellar-sdk`): accounts, Friendbot, transactions built
 * and signed here, submitted, read back by hash. A container singleton
 * bound by providers/app_provider.ts from config/stellar.ts (a test swaps
 * it for one on a local Horizon stand-in); used by wallets and Stellar payouts.
 */
export default class StellarNetwork {
  readonly server: Horizon.Server

  constructor(readonly options: StellarNetworkOptions) {
    this.server = new Horizon.Server(options.horizonUrl, {
      allowHttp: new URL(options.horizonUrl).protocol === 'http:',
    })
  }

  /** The asset a currency is paid in: its ISO code, issued by the configured issuer. */
  assetOf(currency: string) {
    return new Asset(currency, this.options.assetIssuer)
  }

  /** Minor units as a Stellar amount ("4500", "4500.5"). */
  amountOf(minor: number, currency: string) {
    const digits = CURRENCY_DIGITS[currency] ?? 0
    return (minor / 10 ** digits).toFixed(digits)
  }

  /** A transaction from `source` with these operations, signed by it, valid until `validUntil`. */
  async build(
    source: Keypair,
    operations: xdr.Operation[],
    validUntil: Date,
    memo?: Memo
  ): Promise<Transaction> {
    const account = await this.server.loadAccount(source.publicKey())
    const builder = new TransactionBuilder(account, {
      fee: BASE_FEE,
      networkPassphrase: this.options.networkPassphrase,
      timebounds: { minTime: 0, maxTime: Math.floor(validUntil.getTime() / 1000) },
    })
    for (const operation of operations) builder.addOperation(operation)
    if (memo) builder.addMemo(memo)
    const transaction = builder.build()
    transaction.sign(source)
    return transaction
  }

  /** A stored envelope, as it was signed. */
  fromXdr(envelope: string) {
    return TransactionBuilder.fromXDR(envelope, this.options.networkPassphrase) as Transaction
  }

  submit(transaction: Transaction) {
    return this.server.submitTransaction(transaction, { skipMemoRequiredCheck: true })
  }

  /** The transaction by hash, or null when the network does not have it. */
  async transaction(hash: string): Promise<StellarTransactionRecord | null> {
    try {
      const record = await this.server.transactions().transaction(hash).call()
      return { hash: record.hash, successful: record.successful }
    } catch (error) {
      if (error instanceof NotFoundError) return null
      throw error
    }
  }

  /** Asks Friendbot to create and fund the account (where there is none: whether somebody did). */
  async fund(accountId: string) {
    if (!this.options.friendbotUrl) return this.exists(accountId)
    const url = new URL(this.options.friendbotUrl)
    url.searchParams.set('addr', accountId)
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
    // Friendbot refuses an account that exists already: funded all the same.
    return response.ok || (await this.exists(accountId))
  }

  /**
   * What the account holds of each payout asset (our issuer's, by currency
   * code) in minor units; null when the network does not have the account.
   */
  async balances<C extends string>(accountId: string, currencies: readonly C[]) {
    let account
    try {
      account = await this.server.loadAccount(accountId)
    } catch (error) {
      if (error instanceof NotFoundError) return null
      throw error
    }
    return currencies.flatMap((currency) => {
      const line = account.balances.find(
        (held) =>
          'asset_code' in held &&
          held.asset_code === currency &&
          held.asset_issuer === this.options.assetIssuer
      )
      const amount = line ? toMinor(line.balance, currency) : null
      return amount === null ? [] : [{ currency, amount }]
    })
  }

  /** Whether the account exists on the network. */
  async exists(accountId: string) {
    try {
      await this.server.loadAccount(accountId)
      return true
    } catch (error) {
      if (error instanceof NotFoundError) return false
      throw error
    }
  }
}
