import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import UserPolicy from '#accounts/policies/user_policy'
import AdminUserService from '#accounts/services/admin_user_service'
import UserTransformer from '#accounts/transformers/user_transformer'
import {
  createUserValidator,
  listUsersValidator,
  updateUserValidator,
} from '#accounts/validators/admin_user'

/** Operators manage accounts; non-admins get 403. */
@inject()
export default class AdminUsersController {
  constructor(private users: AdminUserService) {}

  /** GET /api/v1/admin/users?role=&page=&perPage= */
  async index({ bouncer, request }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('administer')
    const filters = await listUsersValidator.validate(request.qs())
    const page = await this.users.list({
      role: filters.role,
      page: filters.page ?? 1,
      perPage: filters.perPage ?? 20,
    })
    return {
      data: page.all().map((user) => UserTransformer.toJSON(user)),
      meta: {
        total: page.total,
        perPage: page.perPage,
        currentPage: page.currentPage,
        lastPage: page.lastPage,
      },
    }
  }

  /** POST /api/v1/admin/users */
  async store({ bouncer, request, response }: HttpContext) {
    await bouncer.with(UserPolicy).authorize('administer')
    const input = await request.validateUsing(createUserValidator)
    const user = await this.users.create(input)
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
    return UserTransformer.toJSON(user)
  }
}
