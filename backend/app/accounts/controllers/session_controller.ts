import type { HttpContext } from '@adonisjs/core/http'
import emitter from '@adonisjs/core/services/emitter'
import type {} from '#accounts/access_events'

export default class SessionController {
  /**
   * POST /api/v1/auth/logout: the token used for this request stops working,
   * on open sockets too (they are disconnected).
   */
  async destroy({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const tokenId = Number(user.currentAccessToken.identifier)
    await auth.use('api').invalidateToken()
    await emitter.emit('user:token-revoked', { userId: user.id, tokenId })
    return response.noContent()
  }
}
