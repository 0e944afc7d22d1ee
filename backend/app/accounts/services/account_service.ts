import { inject } from '@adonisjs/core'
import User from '#accounts/models/user'
import type { Locale } from '#core/locales'
import OtpService from '#accounts/services/otp_service'
import { localeForPhone } from '#core/phone'
import DomainException from '#core/exceptions/domain_exception'
import { isUniqueViolation } from '#core/database_errors'

export type SelfServiceRole = 'shipper' | 'driver'

/** Signing in with a one-time code, and what users change about themselves. */
@inject()
export default class AccountService {
  constructor(private otp: OtpService) {}

  /**
   * Checks the code, creates the user on first sign-in (where `role` and
   * `name` are taken), and issues an access token.
   */
  async signIn(input: {
    phone: string
    code: string
    name?: string
    role?: SelfServiceRole
    locale?: Locale
  }): Promise<{ token: string; user: User }> {
    await this.otp.verify(input.phone, input.code)

    let user = await User.findBy('phone', input.phone)
    if (!user) {
      user = await this.register(input)
    } else if (!user.name && input.name) {
      user.name = input.name
      await user.save()
    }

    if (user.suspendedAt) throw suspended()
    const token = await User.accessTokens.create(user, ['*'], { name: 'otp sign-in' })
    // Suspended meanwhile? Suspension ends the tokens it finds; this one may have come after.
    await user.refresh()
    if (user.suspendedAt) {
      await User.accessTokens.delete(user, token.identifier)
      throw suspended()
    }
    await user.load('organisation')
    return { token: token.value!.release(), user }
  }

  /** A new account speaks the language its person signed up in, else their country's. */
  private async register(input: {
    phone: string
    name?: string
    role?: SelfServiceRole
    locale?: Locale
  }) {
    try {
      return await User.create({
        phone: input.phone,
        name: input.name ?? null,
        role: input.role ?? 'shipper',
        locale: input.locale ?? localeForPhone(input.phone),
        organisationId: null,
      })
    } catch (error) {
      // Added at the same moment (by an organisation owner or an admin): use that account.
      if (!isUniqueViolation(error)) throw error
      return User.findByOrFail('phone', input.phone)
    }
  }

  async updateProfile(user: User, changes: { name?: string; locale?: Locale }): Promise<User> {
    if (changes.name !== undefined) user.name = changes.name
    if (changes.locale !== undefined) user.locale = changes.locale
    await user.save()
    await user.load('organisation')
    return user
  }

  async withOrganisation(user: User): Promise<User> {
    await user.load('organisation')
    return user
  }
}

function suspended() {
  return new DomainException('This account is suspended; contact Njia support.', {
    status: 403,
    code: 'E_ACCOUNT_SUSPENDED',
  })
}
