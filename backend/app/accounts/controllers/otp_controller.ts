import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import AccountService from '#accounts/services/account_service'
import OtpService from '#accounts/services/otp_service'
import UserCapabilities from '#accounts/services/user_capabilities'
import SignInTransformer from '#accounts/transformers/sign_in_transformer'
import { otpRequestValidator, otpVerifyValidator } from '#accounts/validators/auth'

/** Sign-in by phone and one-time code. */
@inject()
export default class OtpController {
  constructor(
    private otp: OtpService,
    private accounts: AccountService,
    private capabilities: UserCapabilities
  ) {}

  /** POST /api/v1/auth/otp/request */
  async request({ request, response }: HttpContext) {
    const { phone, locale } = await request.validateUsing(otpRequestValidator)
    const sent = await this.otp.request(phone, locale)
    return response.accepted(sent)
  }

  /** POST /api/v1/auth/otp/verify */
  async verify({ request }: HttpContext) {
    const input = await request.validateUsing(otpVerifyValidator)
    const { token, user } = await this.accounts.signIn(input)
    return SignInTransformer.toJSON(token, user, await this.capabilities.of(user))
  }
}
