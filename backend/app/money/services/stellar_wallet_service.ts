import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { CURRENCIES } from '#core/money_format'
import db from '@adonisjs/lucid/services/db'
import encryption from '@adonisjs/core/services/encryption'
import logger from '@adonisjs/core/services/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { Keypair, Operation } from '@stellar/stellar-sdk'
import DomainException from '#core/exceptions/domain_exception'
import type User from '#accounts/models/user'
import Organisation from '#accounts/models/organisation'
import AuditService from '#audit/services/audit_service'
import StellarWallet from '#money/models/stellar_wallet'
import PayoutRail, { type PayoutRailName } from '#money/models/payout_rail'
import StellarNetwork from '#money/providers/stellar_network'
import moneyConfig from '#config/money'

/** The currencies whose assets a wallet trusts: those payouts are made in. */
const PAYOUT_ASSETS = CURRENCIES

/**
 * The optional Stellar wallet rail (docs/architecture.md, "Stellar
 * wallets"): one keypair per user, made here, its secret encrypted with the
 * app key; opened on the network by Friendbot (testnet) and trusting the
 * assets payouts are made in; and a carrier's choice to be paid there.
 */
@inject()
export default class StellarWalletService {
  constructor(
    private stellar: StellarNetwork,
    private audit: AuditService
  ) {}

  get enabled() {
    return this.stellar.options.enabled
  }

  /** Whether the rail is on, and on which network. */
  describe() {
    return { enabled: this.enabled, network: this.stellar.options.network }
  }

  /** How a carrier is paid, as its owner and dispatchers (`viewerId`) read it. */
  async railState(organisationId: number, viewerId: number) {
    const rail = await this.railOf(organisationId)
    const chosen = rail?.rail ?? 'mobile_money'
    const organisation = await Organisation.find(organisationId)
    const wallet =
      chosen === 'stellar' && organisation?.ownerId ? await this.of(organisation.ownerId) : null
    return {
      rail: chosen,
      stellarOffered: this.enabled,
      stellarAccount: wallet?.publicKey ?? null,
      coolingUntil: this.coolingUntil(rail),
      yours: organisation?.ownerId === viewerId,
    }
  }

  of(userId: number, client?: TransactionClientContract) {
    return StellarWallet.query({ client }).where('user_id', userId).first()
  }

  /**
   * What the wallet holds of each payout asset it trusts, in minor units;
   * null when it is not on the network yet or the network cannot be read
   * now (the wallet still shows, without its balance).
   */
  async balancesOf(wallet: StellarWallet | null) {
    if (!wallet?.fundedAt || !this.enabled) return null
    try {
      return await this.stellar.balances(wallet.publicKey, PAYOUT_ASSETS)
    } catch (error) {
      logger.warn({ err: error, walletId: wallet.id }, 'a Stellar balance could not be read')
      return null
    }
  }

  /** Whether the wallet can be paid: on the network, trusting the payout assets. */
  ready(wallet: StellarWallet | null): wallet is StellarWallet {
    return Boolean(wallet?.fundedAt && wallet.trustedAt)
  }

  /**
   * The user's wallet, made once (a second call, even at the same moment,
   * gets the same keypair) and brought as far as it can go: funded, then
   * trusting the payout assets. Each step is noted, so a retry continues.
   */
  async open(user: User) {
    this.#ensureEnabled()
    const keypair = Keypair.random()
    await db
      .table('stellar_wallets')
      .insert({
        user_id: user.id,
        public_key: keypair.publicKey(),
        encrypted_secret: encryption.encrypt(keypair.secret()),
        created_at: new Date(),
      })
      .onConflict('user_id')
      .ignore()
    const wallet = (await this.of(user.id))!
    try {
      if (!wallet.fundedAt && (await this.stellar.fund(wallet.publicKey))) {
        wallet.fundedAt = DateTime.now()
        await wallet.save()
      }
      if (wallet.fundedAt && !wallet.trustedAt) {
        await this.#trustPayoutAssets(wallet)
        wallet.trustedAt = DateTime.now()
        await wallet.save()
      }
    } catch (error) {
      logger.warn({ err: error, userId: user.id }, 'a Stellar wallet could not be opened')
      throw new DomainException('The Stellar network could not be reached. Try again shortly.', {
        status: 502,
        code: 'E_STELLAR_UNAVAILABLE',
      })
    }
    return wallet
  }

  /** The wallet's secret seed, decrypted (only to sign its own transactions). */
  secretOf(wallet: StellarWallet) {
    const secret = encryption.decrypt<string>(wallet.encryptedSecret)
    if (!secret) throw new Error(`Stellar wallet ${wallet.id}: the secret does not decrypt`)
    return secret
  }

  /** How the carrier is paid. */
  async railOf(organisationId: number, client?: TransactionClientContract) {
    const row = await PayoutRail.find(organisationId, { client })
    return row ?? null
  }

  /**
   * The carrier's owner chooses how it is paid. Stellar needs the owner's
   * wallet ready (it is opened now if need be); audited like a new payout
   * number, and payouts wait PAYOUT_NUMBER_COOLING_HOURS after a change.
   */
  async chooseRail(organisationId: number, owner: User, rail: PayoutRailName) {
    if (rail === 'stellar') {
      const wallet = await this.open(owner)
      if (!this.ready(wallet)) {
        throw new DomainException(
          'Your Stellar wallet is not on the network yet: fund it, then choose it again.',
          { status: 409, code: 'E_STELLAR_WALLET_NOT_READY' }
        )
      }
    }
    return db.transaction(async (trx) => {
      const before = await PayoutRail.query({ client: trx })
        .where('organisation_id', organisationId)
        .forUpdate()
        .first()
      if ((before?.rail ?? 'mobile_money') === rail) return before
      const chosen = await PayoutRail.updateOrCreate(
        { organisationId },
        { rail, chosenBy: owner.id },
        { client: trx }
      )
      await this.audit.record(
        {
          action: 'payout_rail.changed',
          actor: { id: owner.id, role: owner.role, name: owner.name },
          subject: { type: 'organisation', id: organisationId },
          before: { rail: before?.rail ?? 'mobile_money' },
          after: { rail, coolingHours: moneyConfig.payouts.numberCoolingHours },
        },
        trx
      )
      return chosen
    })
  }

  /** Until when the carrier's payouts wait after it changed how it is paid (null: they do not). */
  coolingUntil(rail: PayoutRail | null) {
    if (!rail) return null
    const until = rail.updatedAt.plus({ hours: moneyConfig.payouts.numberCoolingHours })
    return until > DateTime.now() ? until : null
  }

  /**
   * The Stellar account a settled carrier is paid on, in `trx`: when the
   * rail is on, the carrier chose it and its owner's wallet is ready; else
   * null (mobile money).
   */
  async payoutAccountOf(organisationId: number, trx: TransactionClientContract) {
    if (!this.enabled) return null
    const rail = await this.railOf(organisationId, trx)
    if (rail?.rail !== 'stellar') return null
    const organisation = await Organisation.find(organisationId, { client: trx })
    const wallet = organisation?.ownerId ? await this.of(organisation.ownerId, trx) : null
    return this.ready(wallet) ? wallet.publicKey : null
  }

  #ensureEnabled() {
    if (!this.enabled) {
      throw new DomainException('Stellar wallets are not offered here.', {
        status: 404,
        code: 'E_STELLAR_DISABLED',
      })
    }
  }

  /** One transaction signed by the wallet: a trustline to each payout asset (not to itself). */
  async #trustPayoutAssets(wallet: StellarWallet) {
    const assets = PAYOUT_ASSETS.map((code) => this.stellar.assetOf(code)).filter(
      (asset) => asset.getIssuer() !== wallet.publicKey
    )
    if (assets.length === 0 || !this.stellar.options.assetIssuer) return
    const transaction = await this.stellar.build(
      Keypair.fromSecret(this.secretOf(wallet)),
      assets.map((asset) => Operation.changeTrust({ asset })),
      new Date(Date.now() + 5 * 60_000)
    )
    await this.stellar.submit(transaction)
  }
}
