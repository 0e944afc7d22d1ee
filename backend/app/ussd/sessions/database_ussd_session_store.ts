import db from '@adonisjs/lucid/services/db'
import type UssdSessionStore from '#ussd/sessions/ussd_session_store'
import type { UssdSession } from '#ussd/sessions/ussd_session_store'

/** Sessions in the ussd_sessions table when there is no Redis; expired rows are removed as new ones come. */
export default class DatabaseUssdSessionStore implements UssdSessionStore {
  async get(sessionId: string) {
    const row = await db
      .from('ussd_sessions')
      .where('session_id', sessionId)
      .where('expires_at', '>', new Date())
      .first()
    return row ? (row.data as UssdSession) : null
  }

  async put(sessionId: string, session: UssdSession, ttlSeconds: number) {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000)
    await db
      .table('ussd_sessions')
      .insert({ session_id: sessionId, data: JSON.stringify(session), expires_at: expiresAt })
      .onConflict('session_id')
      .merge(['data', 'expires_at'])
    if (Math.random() < 0.02) {
      await db.from('ussd_sessions').where('expires_at', '<', new Date()).delete()
    }
  }
}
