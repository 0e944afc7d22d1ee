import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import AccountService from '#accounts/services/account_service'
import type User from '#accounts/models/user'
import UserCapabilities from '#accounts/services/user_capabilities'
import UserTransformer from '#accounts/transformers/user_transformer'
import { profilePhotoValidator, updateProfileValidator } from '#accounts/validators/auth'
import UploadService from '#core/services/upload_service'

/** The signed-in user's own account. */
@inject()
export default class ProfileController {
  constructor(
    private accounts: AccountService,
    private uploads: UploadService,
    private capabilities: UserCapabilities
  ) {}

  /** The signed-in user as every /me answer shows them: with what they may do now. */
  async #me(user: User) {
    return UserTransformer.me(user, await this.capabilities.of(user))
  }

  /** GET /api/v1/me */
  async show({ auth }: HttpContext) {
    const user = await this.accounts.withOrganisation(auth.getUserOrFail())
    return this.#me(user)
  }

  /** PATCH /api/v1/me */
  async update({ auth, request }: HttpContext) {
    const changes = await request.validateUsing(updateProfileValidator)
    const user = await this.accounts.updateProfile(auth.getUserOrFail(), changes)
    return this.#me(user)
  }

  /** POST /api/v1/me/photo: a new photo replaces the old one. */
  async storePhoto({ auth, request }: HttpContext) {
    const { photo } = await request.validateUsing(profilePhotoValidator)
    return this.#me(await this.accounts.setPhoto(auth.getUserOrFail(), photo))
  }

  /** GET /api/v1/me/photo */
  async showPhoto({ auth, response }: HttpContext) {
    await this.uploads.send(response, this.accounts.photoKeyOf(auth.getUserOrFail()))
  }

  /** DELETE /api/v1/me/photo */
  async destroyPhoto({ auth }: HttpContext) {
    return this.#me(await this.accounts.removePhoto(auth.getUserOrFail()))
  }
}
