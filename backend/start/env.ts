/*
|--------------------------------------------------------------------------
| Environment variables service
|--------------------------------------------------------------------------
|
| Every variable the app reads is declared and validated here, so a missing
| or malformed one stops the boot with a message naming it.
| `.env.example` at the repository root documents each of them.
|
*/

import { Env } from '@adonisjs/core/env'

/** An optional connection URL whose scheme is one of `schemes`. */
function connectionUrl(schemes: string[], example: string) {
  return (name: string, value?: string) => {
    if (!value) return undefined
    let scheme: string | undefined
    try {
      scheme = new URL(value).protocol.replace(/:$/, '')
    } catch {}
    if (!scheme || !schemes.includes(scheme)) {
      throw new Error(`Value for environment variable "${name}" must be a URL like ${example}`)
    }
    return value
  }
}

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  APP_NAME: Env.schema.string.optional(),
  APP_URL: Env.schema.string({ format: 'url', tld: false }),
  LOG_LEVEL: Env.schema.enum([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  /* Database: an external PostgreSQL + PostGIS, or the embedded PGlite one */
  DATABASE_URL: connectionUrl(
    ['postgres', 'postgresql'],
    'postgres://user:password@host:5432/njia'
  ),
  DB_POOL_MAX: Env.schema.number.optional(),
  EMBEDDED_DB_DIR: Env.schema.string.optional(),
  EMBEDDED_DB_PORT: Env.schema.number.optional(),

  /* Redis: shared rate limits and Socket.IO rooms across API nodes */
  REDIS_URL: connectionUrl(['redis', 'rediss'], 'redis://host:6379/0'),
  SOCKET_IO_ADAPTER: Env.schema.enum.optional(['classic', 'sharded'] as const),
  REALTIME_TOKEN_CHECK_SPACING_MS: Env.schema.number.optional(),

  /* Accounts */
  DEFAULT_COUNTRY: Env.schema.enum.optional(['SN', 'KE', 'TZ', 'UG'] as const),
  OTP_TTL_SECONDS: Env.schema.number.optional(),
  OTP_MAX_ATTEMPTS: Env.schema.number.optional(),
  ACCESS_TOKEN_TTL: Env.schema.string.optional(),
  RECENT_SIGN_IN_MINUTES: Env.schema.number.optional(),
  INVITATION_TTL_HOURS: Env.schema.number.optional(),
  INVITATION_COOLDOWN_HOURS: Env.schema.number.optional(),

  /* SMS */
  SMS_TRANSPORT: Env.schema.enum.optional(['log', 'africastalking', 'twilio'] as const),
  AT_USERNAME: Env.schema.string.optional(),
  AT_API_KEY: Env.schema.secret.optional(),
  AT_SENDER_ID: Env.schema.string.optional(),
  AT_BASE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  TWILIO_ACCOUNT_SID: Env.schema.string.optional(),
  TWILIO_AUTH_TOKEN: Env.schema.secret.optional(),
  TWILIO_FROM: Env.schema.string.optional(),
  TWILIO_BASE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  SMS_DELIVERY_REPORT_TOKEN: Env.schema.secret.optional(),
  SMS_INBOUND_TOKEN: Env.schema.secret.optional(),

  /* Notifications: push (FCM HTTP v1 through firebase-admin) and delivery bounds */
  PUSH_TRANSPORT: Env.schema.enum.optional(['log', 'fcm'] as const),
  FIREBASE_PROJECT_ID: Env.schema.string.optional(),
  FIREBASE_SERVICE_ACCOUNT: Env.schema.secret.optional(),
  FIREBASE_WEB_CONFIG: Env.schema.string.optional(),
  FIREBASE_VAPID_KEY: Env.schema.string.optional(),
  NOTIFY_PUSH_PER_USER_HOUR: Env.schema.number.optional(),
  NOTIFY_SMS_PER_USER_HOUR: Env.schema.number.optional(),
  NOTIFY_SMS_PER_MINUTE: Env.schema.number.optional(),
  NOTIFY_MAX_ATTEMPTS: Env.schema.number.optional(),
  PAPER_EXPIRY_CRON: Env.schema.string.optional(),

  /* Chat */
  CHAT_READ_ONLY_AFTER_DAYS: Env.schema.number.optional(),

  /* Tracking: GPS ingest, OsmAnd, routing, geofences */
  OSMAND_PORT: Env.schema.number.optional(),
  ROUTER_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  TRACKING_BATCH_SIZE: Env.schema.number.optional(),
  TRACKING_FLUSH_MS: Env.schema.number.optional(),
  TRACKING_FLUSH_SPACING_MS: Env.schema.number.optional(),
  TRACKING_MAX_POINTS: Env.schema.number.optional(),
  TRACKING_CLOCK_SKEW_S: Env.schema.number.optional(),
  TRACKING_MAX_AGE_DAYS: Env.schema.number.optional(),
  TRACKING_MAX_ACCURACY_M: Env.schema.number.optional(),
  TRACKING_RETENTION_DAYS: Env.schema.number.optional(),
  TRACKING_PARTITIONS_CRON: Env.schema.string.optional(),
  TRACKING_POINTS_PER_MINUTE: Env.schema.number.optional(),
  TRACKING_TRACKER_REPORTS_PER_MINUTE: Env.schema.number.optional(),
  TRACKING_UNKNOWN_DEVICES_PER_10_MIN: Env.schema.number.optional(),
  TRACKING_FRESH_SECONDS: Env.schema.number.optional(),
  GEOFENCE_RADIUS_M: Env.schema.number.optional(),
  TRACKING_LONG_STOP_MINUTES: Env.schema.number.optional(),
  TRACKING_CORRIDOR_M: Env.schema.number.optional(),
  TRACKING_CHECK_INTERVAL_S: Env.schema.number.optional(),

  /* Places: an online geocoder (Nominatim wire format) besides the embedded gazetteer */
  GEOCODER_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  GEOCODER_USER_AGENT: Env.schema.string.optional(),

  /* Web, observability */
  WEB_DIST_DIR: Env.schema.string.optional(),
  MAP_TILE_URL: Env.schema.string.optional(),
  CORS_ORIGIN: Env.schema.string.optional(),
  TRUSTED_PROXIES: Env.schema.string.optional(),
  SENTRY_DSN: Env.schema.string.optional({ format: 'url', tld: false }),
  METRICS_TOKEN: Env.schema.secret.optional(),

  /* File storage (@adonisjs/drive): local disk under backend/storage, or S3 */
  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  DRIVE_FS_ROOT: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  AWS_REGION: Env.schema.string.optional(),
  AWS_ACCESS_KEY_ID: Env.schema.string.optional(),
  AWS_SECRET_ACCESS_KEY: Env.schema.secret.optional(),
  S3_ENDPOINT: Env.schema.string.optional({ format: 'url', tld: false }),

  /* Orders */
  AUTO_COMPLETE_AFTER_HOURS: Env.schema.number.optional(),
  AUTO_COMPLETE_CRON: Env.schema.string.optional(),

  /* Dairy collections and USSD */
  COLLECTIONS_TIME_ZONE: Env.schema.string.optional(),
  RECEIPT_SWEEP_CRON: Env.schema.string.optional(),
  USSD_API_KEY: Env.schema.secret.optional(),
  USSD_ALLOWED_IPS: Env.schema.string.optional(),
  USSD_SESSION_TTL_SECONDS: Env.schema.number.optional(),
  USSD_PIN_MAX_TRIES: Env.schema.number.optional(),
  USSD_PIN_LOCK_MINUTES: Env.schema.number.optional(),

  /* Money: mobile money providers (sandbox unless ENABLE_REAL_PAYMENTS=true) */
  ENABLE_REAL_PAYMENTS: Env.schema.boolean.optional(),
  PAYMENTS_CALLBACK_BASE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  MPESA_TRANSPORT: Env.schema.enum.optional(['simulator', 'daraja'] as const),
  DARAJA_BASE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  DARAJA_CONSUMER_KEY: Env.schema.string.optional(),
  DARAJA_CONSUMER_SECRET: Env.schema.secret.optional(),
  DARAJA_SHORTCODE: Env.schema.string.optional(),
  DARAJA_PASSKEY: Env.schema.secret.optional(),
  DARAJA_TRANSACTION_TYPE: Env.schema.enum.optional([
    'CustomerPayBillOnline',
    'CustomerBuyGoodsOnline',
  ] as const),
  DARAJA_TILL_NUMBER: Env.schema.string.optional(),
  SIMULATOR_ANSWER_AFTER_MS: Env.schema.number.optional(),
  WAVE_TRANSPORT: Env.schema.enum.optional(['simulator', 'wave'] as const),
  WAVE_BASE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  WAVE_API_KEY: Env.schema.secret.optional(),
  WAVE_WEBHOOK_SECRET: Env.schema.secret.optional(),
  ORANGE_MONEY_TRANSPORT: Env.schema.enum.optional(['simulator', 'orange'] as const),
  ORANGE_MONEY_BASE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  ORANGE_MONEY_COUNTRY: Env.schema.string.optional(),
  ORANGE_MONEY_CLIENT_ID: Env.schema.string.optional(),
  ORANGE_MONEY_CLIENT_SECRET: Env.schema.secret.optional(),
  ORANGE_MONEY_MERCHANT_KEY: Env.schema.secret.optional(),
  ORANGE_CASHIN_BASE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  ORANGE_CASHIN_CLIENT_ID: Env.schema.string.optional(),
  ORANGE_CASHIN_CLIENT_SECRET: Env.schema.secret.optional(),
  ORANGE_CASHIN_RETAILER_MSISDN: Env.schema.string.optional(),
  ORANGE_CASHIN_PIN: Env.schema.secret.optional(),
  ORANGE_CASHIN_CALLBACK_API_KEY: Env.schema.secret.optional(),
  AIRTEL_TRANSPORT: Env.schema.enum.optional(['simulator', 'airtel'] as const),
  AIRTEL_BASE_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  AIRTEL_CLIENT_ID: Env.schema.string.optional(),
  AIRTEL_CLIENT_SECRET: Env.schema.secret.optional(),
  AIRTEL_CALLBACK_SECRET: Env.schema.secret.optional(),
  AIRTEL_PAYOUT_CURRENCIES: Env.schema.string.optional(),
  AIRTEL_PAYOUT_PINS: Env.schema.secret.optional(),
  AIRTEL_PAYOUT_PUBLIC_KEY: Env.schema.string.optional(),
  PAYMENT_RECONCILE_AFTER_MINUTES: Env.schema.number.optional(),
  PAYMENT_RECONCILE_CRON: Env.schema.string.optional(),
  PLATFORM_COMMISSION_PERCENT: Env.schema.number.optional(),
  PLATFORM_COMMISSION_PERCENT_BY_COUNTRY: Env.schema.string.optional(),
  DARAJA_B2C_SHORTCODE: Env.schema.string.optional(),
  DARAJA_B2C_INITIATOR_NAME: Env.schema.string.optional(),
  DARAJA_B2C_INITIATOR_PASSWORD: Env.schema.secret.optional(),
  DARAJA_REVERSAL_INITIATOR_NAME: Env.schema.string.optional(),
  DARAJA_REVERSAL_INITIATOR_PASSWORD: Env.schema.secret.optional(),
  DARAJA_B2C_CERTIFICATE_PATH: Env.schema.string.optional(),
  DARAJA_B2C_COMMAND_ID: Env.schema.enum.optional([
    'BusinessPayment',
    'SalaryPayment',
    'PromotionPayment',
  ] as const),
  PAYOUTS_PAUSED: Env.schema.boolean.optional(),
  PAYOUT_MAX_PER_TRANSACTION: Env.schema.string.optional(),
  PAYOUT_MAX_PER_DAY: Env.schema.string.optional(),
  PAYOUT_KEY_PREFIX: Env.schema.string.optional(),
  PAYOUT_SWEEP_CRON: Env.schema.string.optional(),
  PAYOUT_STUCK_AFTER_MINUTES: Env.schema.number.optional(),
  PAYOUT_STATUS_CRON: Env.schema.string.optional(),
  PAYOUT_REVERSAL_WINDOW_DAYS: Env.schema.number.optional(),
  PAYOUT_NUMBER_COOLING_HOURS: Env.schema.number.optional(),

  /* Money: the optional Stellar wallet rail (testnet unless ENABLE_REAL_PAYMENTS=true) */
  STELLAR_ENABLED: Env.schema.boolean.optional(),
  STELLAR_NETWORK: Env.schema.enum.optional(['testnet', 'public'] as const),
  STELLAR_HORIZON_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  STELLAR_FRIENDBOT_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  STELLAR_PLATFORM_SECRET: Env.schema.secret.optional(),
  STELLAR_ASSET_ISSUER: Env.schema.string.optional(),
  STELLAR_TX_TIMEOUT_SECONDS: Env.schema.number.optional(),

  /* Job queue (pg-boss): inline = the API runs the workers too; off = `node ace queue:work` does */
  QUEUE_MODE: Env.schema.enum.optional(['inline', 'off'] as const),
  QUEUE_POOL_MAX: Env.schema.number.optional(),
})
