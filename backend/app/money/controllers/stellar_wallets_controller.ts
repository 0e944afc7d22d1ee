import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import StellarWalletService from '#money/services/stellar_wallet_service'
import StellarWalletTransformer from '#money/transformers/stellar_wallet_transformer'

/** The caller's own Stellar wallet (never anyone else's): anyone signed in may open one when the rail is on. */
@inject()
export default class StellarWalletsController {
  constructor(private wallets: StellarWalletService) {}

  /** GET /api/v1/stellar-wallet */
  async show({ auth }: HttpContext) {
    const wallet = await this.wallets.of(auth.getUserOrFail().id)
    const balances = await this.wallets.balancesOf(wallet)
    return StellarWalletTransformer.toJSON(wallet, this.wallets.describe(), balances)
  }

  /** POST /api/v1/stellar-wallet: made once, funded on testnet, trusting the payout assets. */
  async store({ auth, response }: HttpContext) {
    const wallet = await this.wallets.open(auth.getUserOrFail())
    response.status(201)
    const balances = await this.wallets.balancesOf(wallet)
    return StellarWalletTransformer.toJSON(wallet, this.wallets.describe(), balances)
  }
}
