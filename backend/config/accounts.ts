import env from '#start/env'

/**
 * Sign-in by phone and one-time code.
 */
export default {
  /** Country assumed for phone numbers typed without a +country prefix. */
  defaultCountry: env.get('DEFAULT_COUNTRY') ?? 'KE',
  /** Countries whose numbers we accept, in the order lists show them (the API's `Country`). */
  countries: ['KE', 'SN', 'TZ', 'UG'] as const,
  otp: {
    ttlSeconds: env.get('OTP_TTL_SECONDS') ?? 300,
    maxAttempts: env.get('OTP_MAX_ATTEMPTS') ?? 5,
    length: 6,
  },
  /**
   * A person's photo: the phone sends it resized (a few hundred kB at most);
   * the server still checks what the bytes are and how many there are.
   */
  photo: {
    maxSize: '2mb',
    extnames: ['jpg', 'jpeg', 'png', 'webp'],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
  },
  accessTokenTtl: env.get('ACCESS_TOKEN_TTL') ?? '30 days',
  /** How old a sign-in may be for a sensitive action (suspend, reveal a phone, decide a dispute). */
  recentSignInMinutes: env.get('RECENT_SIGN_IN_MINUTES') ?? 15,
  /** How long an invitation to join an organisation can be accepted. */
  invitationTtlHours: env.get('INVITATION_TTL_HOURS') ?? 72,
  /** How long after inviting someone an organisation must wait to invite them again (each costs an SMS). */
  invitationCooldownHours: env.get('INVITATION_COOLDOWN_HOURS') ?? 24,
  /**
   * Sign-in rate limits (start/limiter.ts). Per-phone limits count per
   * source address, so nobody spends another person's budget. Per-IP limits
   * are loose because mobile networks put many subscribers behind one
   * address (CGNAT).
   */
  rateLimits: {
    otpRequestPerPhone: { requests: 5, every: '15 minutes' },
    otpRequestPerIp: { requests: 60, every: '10 minutes' },
    otpVerifyPerPhone: { requests: 10, every: '15 minutes' },
    otpVerifyPerIp: { requests: 120, every: '10 minutes' },
    /** Profile photos: each is decoded and stored; a few a day are plenty. */
    photoUploadPerUser: { requests: 10, every: '1 hour' },
  },
}
