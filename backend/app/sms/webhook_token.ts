import { timingSafeEqual } from 'node:crypto'
import DomainException from '#core/exceptions/domain_exception'

/**
 * The provider's callbacks carry our own `?token=` when one is configured
 * (Africa's Talking signs nothing): 401 without it, compared in constant time.
 */
export function requireWebhookToken(
  expected: string | null,
  given: string | undefined,
  message: string
) {
  if (!expected) return
  const a = Buffer.from(given ?? '')
  const b = Buffer.from(expected)
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new DomainException(message, { status: 401, code: 'E_UNAUTHORIZED' })
  }
}
