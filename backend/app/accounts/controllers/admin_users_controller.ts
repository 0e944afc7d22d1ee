import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { paginate } from '#core/contract/response_schema'
import PhoneCountryService from '#accounts/services/phone_country_service'
import AccountService from '#accounts/services/account_service'
import UploadService from '#core/services/upload_service'
import UserPolicy from '#accounts/policies/user_policy'
import AdminUserService from '#accounts/services/admin_user_service'
import UserTransformer from '#accounts/transformers/user_transformer'
import AdminUserTransformer from '#accounts/transformers/admin_user_transformer'
import {
  createUserValidator,
  listUsersValidator,
  updateUserValidator,
  userActionValidator,
  userIdValidator,
} from '#accounts/validators/admin_user'

/** Operators manage accounts; non-admins get 403. Every change is in the audit log. */
@inject()
export default class AdminUsersController {
  constructor(
    private users: AdminUserService,
    private phoneCountry: PhoneCountryService,
    private accounts: AccountService,
    private uploads: UploadService
  ) {}

  /** GET /api/v1/admin/users/:id/photo: the account's photo, for an operator checking who it is. */
  async photo({ bouncer, request, response }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('administer')
    const { params } = await request.validateUsing(userIdValidator)
    const user = await this.users.find(params.id)
    await this.uploads.send(response, this.accounts.photoKeyOf(user))
  }

  /** GET /api/v1/admin/users?role=&q=&organisationId=&suspended=&page=&perPage= */
  async index({ bouncer, request }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('administer')
    const filters = await listUsersValidator.validate(request.qs())
    const page = await this.users.list({
      ...filters,
      page: filters.page ?? 1,
      perPage: filters.perPage ?? 20,
    })
    return paginate(page, (user) => AdminUserTransformer.toJSON(user))
  }

  /** POST /api/v1/admin/users (the admin typed the phone: it is shown in full) */
  async store({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('administer')
    const actor = auth.getUserOrFail()
    const input = await request.validateUsing(
      createUserValidator,
      await this.phoneCountry.named(actor, { organisationId: request.input('organisationId') })
    )
    const user = await this.users.create(actor, input)
    return response.created(UserTransformer.toJSON(user))
  }

  /** PATCH /api/v1/admin/users/:id */
  async update({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('administer')
    const { params, ...changes } = await request.validateUsing(updateUserValidator)
    const user = await this.users.update(
      auth.getUserOrFail(),
      await this.users.find(params.id),
      changes
    )
    return AdminUserTransformer.toJSON(user)
  }

  /** POST /api/v1/admin/users/:id/suspend {reason} */
  async suspend({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('administer')
    const { params, reason } = await request.validateUsing(userActionValidator)
    const user = await this.users.find(params.id)
    return AdminUserTransformer.toJSON(await this.users.suspend(auth.getUserOrFail(), user, reason))
  }

  /** POST /api/v1/admin/users/:id/reinstate {reason} */
  async reinstate({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('administer')
    const { params, reason } = await request.validateUsing(userActionValidator)
    const user = await this.users.find(params.id)
    return AdminUserTransformer.toJSON(
      await this.users.reinstate(auth.getUserOrFail(), user, reason)
    )
  }

  /** POST /api/v1/admin/users/:id/reveal-phone {reason} */
  async revealPhone({ auth, bouncer, request }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('administer')
    const { params, reason } = await request.validateUsing(userActionValidator)
    const user = await this.users.find(params.id)
    return { phone: await this.users.revealPhone(auth.getUserOrFail(), user, reason) }
  }
}
