import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import DomainException from '#core/exceptions/domain_exception'
import accountsConfig from '#config/accounts'

/**
 * Sensitive actions (suspending, revealing a phone, deciding a dispute)
 * need a sign-in within `RECENT_SIGN_IN_MINUTES`: a token is made only by
 * signing in with a code, so its age is the sign-in's. A stolen or
 * forgotten session can read the console but not act on people or money.
 * After the auth middleware; the answer tells the client to sign in again.
 */
export default class RecentSignInMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const minutes = accountsConfig.recentSignInMinutes
    const signedInAt = ctx.auth.user?.currentAccessToken?.createdAt
    if (!signedInAt || Date.now() - signedInAt.getTime() > minutes * 60_000) {
      throw new DomainException(
        `This action needs a recent sign-in: sign in again (it is good for ${minutes} minutes), then retry.`,
        { status: 403, code: 'E_RECENT_SIGN_IN_REQUIRED' }
      )
    }
    return next()
  }
}
