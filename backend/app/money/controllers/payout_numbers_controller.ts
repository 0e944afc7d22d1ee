import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import DomainException from '#core/exceptions/domain_exception'
import type User from '#accounts/models/user'
import PhoneCountryService from '#accounts/services/phone_country_service'
import OrderAccessService from '#orders/services/order_access_service'
import PayoutNumberService from '#money/services/payout_number_service'
import StellarWalletService from '#money/services/stellar_wallet_service'
import StellarWalletTransformer from '#money/transformers/stellar_wallet_transformer'
import { payoutRailValidator } from '#money/validators/payout_rail'
import PayoutNumberTransformer from '#money/transformers/payout_number_transformer'
import {
  payoutNumberConfirmValidator,
  payoutNumberRequestValidator,
} from '#money/validators/payout_number'

/**
 * Where the caller's carrier is paid: its payout number, and its rail
 * (mobile money or Stellar). Its owner and dispatchers read them; only the
 * owner changes them (a number by a code texted to it).
 */
@inject()
export default class PayoutNumbersController {
  constructor(
    private access: OrderAccessService,
    private numbers: PayoutNumberService,
    private phoneCountry: PhoneCountryService,
    private wallets: StellarWalletService
  ) {}

  /** GET /api/v1/payout-number */
  async show({ auth }: HttpContext) {
    const carrierId = await this.#carrierOf(auth.getUserOrFail(), false)
    return PayoutNumberTransformer.toJSON(await this.numbers.state(carrierId))
  }

  /** POST /api/v1/payout-number {phone}: texts a code to that number. */
  async store({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const carrierId = await this.#carrierOf(user, true)
    const { phone } = await request.validateUsing(
      payoutNumberRequestValidator,
      await this.phoneCountry.of(user)
    )
    await this.numbers.request(carrierId, user, phone)
    response.status(202)
    return PayoutNumberTransformer.toJSON(await this.numbers.state(carrierId))
  }

  /** POST /api/v1/payout-number/confirm {code} */
  async confirm({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail()
    const carrierId = await this.#carrierOf(user, true)
    const { code } = await request.validateUsing(payoutNumberConfirmValidator)
    await this.numbers.confirm(carrierId, user, code)
    return PayoutNumberTransformer.toJSON(await this.numbers.state(carrierId))
  }

  /** GET /api/v1/payout-rail */
  async rail({ auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const carrierId = await this.#carrierOf(user, false)
    return StellarWalletTransformer.rail(await this.wallets.railState(carrierId, user.id))
  }

  /** PUT /api/v1/payout-rail {rail}: Stellar pays the owner's wallet (opened if need be). */
  async chooseRail({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail()
    const carrierId = await this.#carrierOf(user, true)
    const { rail } = await request.validateUsing(payoutRailValidator)
    await this.wallets.chooseRail(carrierId, user, rail)
    return StellarWalletTransformer.rail(await this.wallets.railState(carrierId, user.id))
  }

  /** The carrier the user runs; changing where its money goes is its owner's alone. */
  async #carrierOf(user: User, owner: boolean) {
    const { standing } = await this.access.actorOf(user)
    if (!standing.manager || standing.carrierId === null) {
      throw new DomainException('A carrier’s payout number is read by its owner or dispatchers.', {
        status: 403,
        code: 'E_AUTHORIZATION_FAILURE',
      })
    }
    if (owner) {
      await user.load('organisation')
      if (user.organisation?.ownerId !== user.id) {
        throw new DomainException('Only the carrier’s owner changes its payout number.', {
          status: 403,
          code: 'E_AUTHORIZATION_FAILURE',
        })
      }
    }
    return standing.carrierId
  }
}
