import { inject } from '@adonisjs/core'
import User from '#accounts/models/user'
import type { Locale } from '#core/locales'
import OtpService from '#accounts/services/otp_service'
import { localeForPhone } from '#core/phone'
import DomainException from '#core/exceptions/domain_exception'
import { isUniqueViolation } from '#core/database_errors'
import UploadService from '#core/services/upload_service'
import accountsConfig from '#config/accounts'
import db from '@adonisjs/lucid/services/db'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { accountSuspended } from '#accounts/account_suspended'

export type SelfServiceRole = 'shipper' | 'driver'

/** Signing in with a one-time code, and what users change about themselves. */
@inject()
export default class AccountService {
  constructor(
    private otp: OtpService,
    private uploads: UploadService
  ) {}

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

    if (user.suspendedAt) throw accountSuspended()
    const token = await User.accessTokens.create(user, ['*'], { name: 'otp sign-in' })
    // Suspended meanwhile? Suspension ends the tokens it finds; this one may have come after.
    await user.refresh()
    if (user.suspendedAt) {
      await User.accessTokens.delete(user, token.identifier)
      throw accountSuspended()
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

  /**
   * Stores the person's new photo (422 E_INVALID_FILE unless its bytes are
   * an image) and forgets the old one. The row is locked so two uploads at
   * once leave one photo and no file nobody points at.
   */
  async setPhoto(user: User, file: MultipartFile): Promise<User> {
    const stored = await this.uploads.store(file, {
      folder: `users/${user.id}/photo`,
      field: 'photo',
      mimeTypes: accountsConfig.photo.mimeTypes,
    })
    return this.replacePhoto(user, stored.key)
  }

  /** The photo is gone for everyone at once; asking again is not an error. */
  async removePhoto(user: User): Promise<User> {
    return this.replacePhoto(user, null)
  }

  /** 404 E_NOT_FOUND when the person has no photo. */
  photoKeyOf(user: User): string {
    if (!user.photoKey) throw DomainException.notFound('Photo')
    return user.photoKey
  }

  private async replacePhoto(user: User, key: string | null): Promise<User> {
    const previous = await db.transaction(async (trx) => {
      const locked = await User.query({ client: trx })
        .where('id', user.id)
        .forUpdate()
        .firstOrFail()
      const old = locked.photoKey
      locked.photoKey = key
      await locked.save()
      return old
    })
    if (previous && previous !== key) await this.uploads.remove(previous)
    user.photoKey = key
    return this.withOrganisation(user)
  }

  async withOrganisation(user: User): Promise<User> {
    await user.load('organisation')
    return user
  }
}
