import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import accountsConfig from '#config/accounts'
import { appKey } from '#config/app'
import DomainException from '#core/exceptions/domain_exception'
import OtpCode from '#accounts/models/otp_code'
import User from '#accounts/models/user'
import { localeForPhone } from '#core/phone'
import SmsService from '#sms/services/sms_service'
import { signInCodeText } from '#accounts/sms_texts'

/**
 * One-time sign-in codes: 6 random digits, stored as an HMAC, valid for
 * OTP_TTL_SECONDS, burnt after OTP_MAX_ATTEMPTS wrong tries, used once.
 * A phone has at most one code: asking again replaces it.
 */
@inject()
export default class OtpService {
  constructor(private sms: SmsService) {}

  async request(phone: string): Promise<{ phone: string; expiresIn: number }> {
    const { ttlSeconds, length } = accountsConfig.otp
    const code = String(randomInt(0, 10 ** length)).padStart(length, '0')

    // The new code replaces every earlier one of this phone.
    await db.transaction(async (trx) => {
      await OtpCode.query({ client: trx }).where('phone', phone).delete()
      await OtpCode.create(
        {
          phone,
          codeHash: hashCode(phone, code),
          attempts: 0,
          expiresAt: DateTime.now().plus({ seconds: ttlSeconds }),
          consumedAt: null,
        },
        { client: trx }
      )
    })

    const user = await User.findBy('phone', phone)
    const locale = user?.locale ?? localeForPhone(phone)
    const message = await this.sms.send(phone, signInCodeText(locale, code, ttlSeconds), {
      secret: code,
    })
    if (message.status === 'failed') {
      throw new DomainException('The text message could not be sent; try again shortly.', {
        status: 502,
        code: 'E_SMS_FAILED',
      })
    }
    return { phone, expiresIn: ttlSeconds }
  }

  /**
   * Consumes the phone's current code when `code` matches it; otherwise
   * counts the wrong try and says why it failed.
   */
  async verify(phone: string, code: string): Promise<void> {
    const maxAttempts = accountsConfig.otp.maxAttempts
    const current = await OtpCode.query().where('phone', phone).orderBy('id', 'desc').first()

    if (!current || current.consumedAt) {
      throw invalidCode('No active code for this phone; ask for a new one.')
    }
    if (current.attempts >= maxAttempts) throw tooManyAttempts()
    if (current.expiresAt <= DateTime.now()) {
      throw new DomainException('This code has expired; ask for a new one.', {
        status: 400,
        code: 'E_CODE_EXPIRED',
        field: 'code',
      })
    }

    if (!sameHash(current.codeHash, hashCode(phone, code))) {
      // Counted atomically so parallel guesses cannot exceed the limit.
      const counted = await db.rawQuery(
        'UPDATE otp_codes SET attempts = attempts + 1 WHERE id = ? RETURNING attempts',
        [current.id]
      )
      const attempts = Number(counted.rows[0]?.attempts ?? maxAttempts)
      if (attempts >= maxAttempts) throw tooManyAttempts()
      throw invalidCode(`Wrong code; ${maxAttempts - attempts} tries left.`)
    }

    // Only one of two parallel requests with the right code gets it.
    const consumed = await db.rawQuery(
      'UPDATE otp_codes SET consumed_at = now() WHERE id = ? AND consumed_at IS NULL AND attempts < ? RETURNING id',
      [current.id, maxAttempts]
    )
    if (consumed.rows.length === 0) throw invalidCode('This code was already used.')
  }
}

function hashCode(phone: string, code: string) {
  return createHmac('sha256', appKey.release()).update(`${phone}:${code}`).digest('hex')
}

function sameHash(a: string, b: string) {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && timingSafeEqual(left, right)
}

function invalidCode(message: string) {
  return new DomainException(message, { status: 400, code: 'E_INVALID_CODE', field: 'code' })
}

function tooManyAttempts() {
  return new DomainException('Too many wrong codes; ask for a new one.', {
    status: 400,
    code: 'E_TOO_MANY_ATTEMPTS',
    field: 'code',
  })
}
