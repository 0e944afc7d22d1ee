import env from '#start/env'

/** USSD (app/ussd): Africa's Talking's callback at POST /api/v1/ussd. */
export default {
  /** Optional: the provider's request must carry `Authorization: Bearer <key>`. */
  apiKey: env.get('USSD_API_KEY')?.release(),
  /** Optional: the source addresses allowed to call (comma-separated). */
  allowedIps: (env.get('USSD_ALLOWED_IPS') ?? '')
    .split(',')
    .map((ip) => ip.trim())
    .filter(Boolean),
  /** Sessions outlive the provider's own timeout a little. */
  sessionTtlSeconds: env.get('USSD_SESSION_TTL_SECONDS') ?? 180,
  pin: {
    maxTries: env.get('USSD_PIN_MAX_TRIES') ?? 3,
    lockMinutes: env.get('USSD_PIN_LOCK_MINUTES') ?? 30,
  },
}
