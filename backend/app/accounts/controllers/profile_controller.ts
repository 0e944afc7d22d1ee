import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import AccountService from '#accounts/services/account_service'
import UserTransformer from '#accounts/transformers/user_transformer'
import { updateProfileValidator } from '#accounts/validators/auth'

/** The signed-in user's own account. */
@inject()
export default class ProfileController {
  constructor(private accounts: AccountService) {}

  /** GET /api/v1/me */
  async show({ auth }: HttpContext) {
    const user = await this.accounts.withOrganisation(auth.getUserOrFail())
    return UserTransformer.toJSON(user)
  }

  /** PATCH /api/v1/me */
  async update({ auth, request }: HttpContext) {
    const changes = await request.validateUsing(updateProfileValidator)
    const user = await this.accounts.updateProfile(auth.getUserOrFail(), changes)
    return UserTransformer.toJSON(user)
  }
}
