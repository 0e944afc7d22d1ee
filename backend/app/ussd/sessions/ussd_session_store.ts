/** What a USSD session remembers between the provider's requests. */
export interface UssdSession {
  phone: string
  /**
   * PIN entries by their place in the raw `text` path: the provider sends
   * the whole path again at every step, so an entry is checked once and
   * its result reused. `created`: the first of the two entries that set it.
   */
  pinEntries: Record<string, 'ok' | 'wrong' | 'created'>
  /** The raw place of the entry that proved the PIN, once it has. */
  verifiedAt: number | null
  /** Screens of actions already done, by the raw place that did them: a repeated request does nothing twice. */
  done: Record<string, string>
}

/**
 * Where USSD sessions live, keyed by the provider's sessionId: Redis when
 * REDIS_URL is set (several API nodes), else the database. Bound by
 * providers/app_provider.ts.
 */
export default abstract class UssdSessionStore {
  abstract get(sessionId: string): Promise<UssdSession | null>
  abstract put(sessionId: string, session: UssdSession, ttlSeconds: number): Promise<void>
}
