import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import accountsConfig from '#config/accounts'
import { appKey } from '#config/app'
import DomainException from '#core/exceptions/domain_exception'
import OtpCode, { type OtpPurpose } from '#accounts/models/otp_code'
import User from '#accounts/models/user'
import { localeForPhone } from '#core/phone'
import type { Locale } from '#core/locales'
import SmsService from '#sms/services/sms_service'
import { payoutNumberCodeText, signInCodeText } from '#accounts/sms_texts'

/**
 * One-time sign-in codes: 6 random digits, stored as an HMAC, valid for
 * OTP_TTL_SECONDS, burnt after OTP_MAX_ATTEMPTS wrong tries, used once.
 * A phone has at most one code: asking again replaces it. Every failed
 * verification answers alike (E_INVALID_CODE), so the answer never tells
 * whether a phone has a live code, nor how many tries it has left.
 */
@inject()
export default class OtpService {
  constructor(private sms: SmsService) {}

  /**
   * `locale` is the sign-in screen's: the code comes in the language the
   * person is reading. A code proves one `purpose` only: a payout number's
   * code never signs anyone in, nor does a sign-in code confirm a number.
   */
  async request(
    phone: string,
    locale?: Locale,
    purpose: OtpPurpose = 'sign_in'
  ): Promise<{ phone: string; expiresIn: number }> {
    const { ttlSeconds, length } = accountsConfig.otp
    const code = String(randomInt(0, 10 ** length)).padStart(length, '0')

    // The new code replaces every earlier one of this phone.
    await db.transaction(async (trx) => {
      await OtpCode.query({ client: trx }).where({ phone, purpose }).delete()
      await OtpCode.create(
        {
          phone,
          purpose,
          codeHash: hashCode(phone, code),
          attempts: 0,
          expiresAt: DateTime.now().plus({ seconds: ttlSeconds }),
          consumedAt: null,
        },
        { client: trx }
      )
    })

    const user = locale ? null : await User.findBy('phone', phone)
    const textLocale = locale ?? user?.locale ?? localeForPhone(phone)
    const text = purpose === 'sign_in' ? signInCodeText : payoutNumberCodeText
    const message = await this.sms.send(phone, text(textLocale, code, ttlSeconds), {
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
   * counts the wrong try against the live code, if there is one.
   */
  async verify(phone: string, code: string, purpose: OtpPurpose = 'sign_in'): Promise<void> {
    const maxAttempts = accountsConfig.otp.maxAttempts
    const current = await OtpCode.query().where({ phone, purpose }).orderBy('id', 'desc').first()
    const matches = sameHash(current?.codeHash ?? '', hashCode(phone, code))
    const live =
      current &&
      !current.consumedAt &&
      current.attempts < maxAttempts &&
      current.expiresAt > DateTime.now()
    if (!live) throw invalidCode()

    if (!matches) {
      // Counted atomically so parallel guesses cannot exceed the limit.
      await db.rawQuery('UPDATE otp_codes SET attempts = attempts + 1 WHERE id = ?', [current.id])
      throw invalidCode()
    }

    // Only one of two parallel requests with the right code gets it.
    const consumed = await db.rawQuery(
      'UPDATE otp_codes SET consumed_at = now() WHERE id = ? AND consumed_at IS NULL AND attempts < ? RETURNING id',
      [current.id, maxAttempts]
    )
    if (consumed.rows.length === 0) throw invalidCode()
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

/** The one answer to a failed verification, whatever the reason. */
function invalidCode() {
  return new DomainException(
    'This code is not valid: check the SMS, or ask for a new code (codes expire, work once, and burn after too many wrong tries).',
    { status: 400, code: 'E_INVALID_CODE', field: 'code' }
  )
}
