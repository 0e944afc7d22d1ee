import redis from '@adonisjs/redis/services/main'
import type UssdSessionStore from '#ussd/sessions/ussd_session_store'
import type { UssdSession } from '#ussd/sessions/ussd_session_store'

/** Sessions in Redis, expiring with the provider's timeout. */
export default class RedisUssdSessionStore implements UssdSessionStore {
  async get(sessionId: string) {
    const raw = await redis.get(`ussd:${sessionId}`)
    return raw ? (JSON.parse(raw) as UssdSession) : null
  }

  async put(sessionId: string, session: UssdSession, ttlSeconds: number) {
    await redis.set(`ussd:${sessionId}`, JSON.stringify(session), 'EX', ttlSeconds)
  }
}
