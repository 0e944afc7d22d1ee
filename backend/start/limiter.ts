/*
|--------------------------------------------------------------------------
| Define HTTP limiters
|--------------------------------------------------------------------------
|
| The "limiter.define" method creates an HTTP middleware to apply rate
| limits on a route or a group of routes. Feel free to define as many
| throttle middleware as needed.
|
*/

import limiter from '@adonisjs/limiter/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import accountsConfig from '#config/accounts'
import { normalisePhone } from '#core/phone'

export const throttle = limiter.define('global', () => {
  return limiter.allowRequests(10).every('1 minute')
})

/*
| Sign-in: one-time codes are limited per phone and source address (guessing,
| SMS bombing) and per address (enumeration). A phone's budget is counted per
| address, so a stranger spending it does not lock the phone's owner out;
| guessing stays bounded because a code burns after OTP_MAX_ATTEMPTS wrong
| tries whoever sends them. Limits live in config/accounts.ts; the address is
| the peer's unless it is one of TRUSTED_PROXIES (config/app.ts).
*/

const tooMany = (error: { setMessage(message: string): unknown }) =>
  error.setMessage('Too many attempts; wait before trying again.')

/** The normalised phone of the request, or null when it has none (the validator answers then). */
function phoneKey(ctx: HttpContext) {
  const phone = ctx.request.input('phone')
  return typeof phone === 'string' ? normalisePhone(phone) : null
}

function byPhoneAndSource(name: string, limit: { requests: number; every: string }) {
  return limiter.define(name, (ctx) => {
    const phone = phoneKey(ctx)
    if (!phone) return null
    return limiter
      .allowRequests(limit.requests)
      .every(limit.every)
      .usingKey(`${phone}@${ctx.request.ip()}`)
      .limitExceeded(tooMany)
  })
}

function byIp(name: string, limit: { requests: number; every: string }) {
  return limiter.define(name, () =>
    limiter.allowRequests(limit.requests).every(limit.every).limitExceeded(tooMany)
  )
}

const limits = accountsConfig.rateLimits
export const otpRequestByPhone = byPhoneAndSource('otp_request_phone', limits.otpRequestPerPhone)
export const otpRequestByIp = byIp('otp_request_ip', limits.otpRequestPerIp)
export const otpVerifyByPhone = byPhoneAndSource('otp_verify_phone', limits.otpVerifyPerPhone)
export const otpVerifyByIp = byIp('otp_verify_ip', limits.otpVerifyPerIp)

/** Profile photos, per account: each upload is read, checked and stored. */
export const photoUploadByUser = limiter.define('photo_upload_user', (ctx) =>
  limiter
    .allowRequests(limits.photoUploadPerUser.requests)
    .every(limits.photoUploadPerUser.every)
    .usingKey(`user:${ctx.auth.user?.id ?? ctx.request.ip()}`)
    .limitExceeded((error) =>
      error.setMessage('Too many photo uploads; wait before sending another.')
    )
)

/** A carrier's payout number: each request texts a code to the number typed, like a sign-in. */
export const payoutNumberRequestByPhone = byPhoneAndSource(
  'payout_number_phone',
  limits.otpRequestPerPhone
)
