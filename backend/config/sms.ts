import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { resolveSmsConfig } from '#sms/sms_config'

/**
 * Which SmsSender delivers texts (SMS_TRANSPORT) and its credentials.
 * Booting with a transport whose credentials are missing fails here.
 */
const smsConfig = resolveSmsConfig((name) => {
  const value = env.get(name as any) as unknown
  if (value === undefined || value === null) return undefined
  // Secrets (API keys, auth tokens) are wrapped; unwrap them only here.
  if (typeof value === 'object' && 'release' in (value as object)) {
    return (value as { release(): string }).release()
  }
  return String(value)
})

export default {
  ...smsConfig,
  /** GET /api/v1/dev/outbox: only with the log transport, never in production. */
  outboxEnabled: smsConfig.transport === 'log' && !app.inProduction,
  /** Required as ?token= on delivery-report callbacks when set. */
  deliveryReportToken: env.get('SMS_DELIVERY_REPORT_TOKEN')?.release() ?? null,
  /** Required as ?token= on incoming-message callbacks when set. */
  inboundToken: env.get('SMS_INBOUND_TOKEN')?.release() ?? null,
}
