import type { HttpContext } from '@adonisjs/core/http'

export default class SessionController {
  /** POST /api/v1/auth/logout: the token used for this request stops working. */
  async destroy({ auth, response }: HttpContext) {
    await auth.use('api').invalidateToken()
    return response.noContent()
  }
}
