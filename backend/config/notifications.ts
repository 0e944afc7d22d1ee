import env from '#start/env'

const serviceAccount = env.get('FIREBASE_SERVICE_ACCOUNT')?.release()
const pushTransport = env.get('PUSH_TRANSPORT') ?? (serviceAccount ? 'fcm' : 'log')

if (pushTransport === 'fcm' && (!serviceAccount || !env.get('FIREBASE_PROJECT_ID'))) {
  throw new Error(
    'PUSH_TRANSPORT=fcm needs FIREBASE_PROJECT_ID and FIREBASE_SERVICE_ACCOUNT. ' +
      'Set them in the environment (see .env.example) or use PUSH_TRANSPORT=log.'
  )
}

function webConfig() {
  const raw = env.get('FIREBASE_WEB_CONFIG')
  if (!raw) return null
  try {
    return JSON.parse(raw) as Record<string, string>
  } catch {
    throw new Error('FIREBASE_WEB_CONFIG must be the JSON of the Firebase config of the web app.')
  }
}

/** Notifications: which PushSender delivers pushes, and the bounds on sending. */
export default {
  push: {
    transport: pushTransport as 'log' | 'fcm',
    projectId: env.get('FIREBASE_PROJECT_ID') ?? '',
    serviceAccount: serviceAccount ? (JSON.parse(serviceAccount) as Record<string, string>) : null,
    /** What the PWA needs to get a token (public values). */
    web: { config: webConfig(), vapidKey: env.get('FIREBASE_VAPID_KEY') ?? null },
  },
  limits: {
    pushPerUserHour: env.get('NOTIFY_PUSH_PER_USER_HOUR') ?? 30,
    smsPerUserHour: env.get('NOTIFY_SMS_PER_USER_HOUR') ?? 6,
    /** Critical notices get this many times the per-user bounds. */
    criticalFactor: 3,
    smsPerMinute: env.get('NOTIFY_SMS_PER_MINUTE') ?? 120,
  },
  /** Attempts per notice on 429/503; the wait doubles from `retryBaseSeconds` unless Retry-After says. */
  maxAttempts: env.get('NOTIFY_MAX_ATTEMPTS') ?? 6,
  retryBaseSeconds: 30,
  retryMaxSeconds: 3600,
  /** A delivery claimed by a worker that died is taken over after this. */
  claimSeconds: 120,
  paperExpiryDays: [30, 7, 1],
}
