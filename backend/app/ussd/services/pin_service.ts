import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import ussdConfig from '#config/ussd'

export type PinCheck =
  { result: 'ok' } | { result: 'wrong'; triesLeft: number } | { result: 'locked'; minutes: number }

export const PIN_FORMAT = /^\d{4}$/

/**
 * The USSD PIN of a phone (farmer or driver): set on first use, stored
 * hashed, locked for a while after too many wrong tries. It guards what
 * changes data or shows money.
 */
export default class PinService {
  constructor(private config = ussdConfig.pin) {}

  async isSet(phone: string) {
    const row = await db.from('ussd_pins').where('phone', phone).first()
    return Boolean(row)
  }

  async lockedMinutes(phone: string) {
    const row = await db.from('ussd_pins').where('phone', phone).first()
    if (!row?.locked_until) return 0
    const left = new Date(row.locked_until).getTime() - Date.now()
    return left > 0 ? Math.ceil(left / 60_000) : 0
  }

  async triesLeft(phone: string) {
    const row = await db.from('ussd_pins').where('phone', phone).first()
    return this.config.maxTries - Number(row?.failed_attempts ?? 0)
  }

  /** Sets it only when none is set (the first use). */
  async create(phone: string, pin: string) {
    await db
      .table('ussd_pins')
      .insert({ phone, pin_hash: await hash.make(pin), failed_attempts: 0, updated_at: new Date() })
      .onConflict('phone')
      .ignore()
  }

  async verify(phone: string, pin: string): Promise<PinCheck> {
    const row = await db.from('ussd_pins').where('phone', phone).first()
    if (!row) return { result: 'wrong', triesLeft: 0 }
    const locked = await this.lockedMinutes(phone)
    if (locked > 0) return { result: 'locked', minutes: locked }
    if (PIN_FORMAT.test(pin) && (await hash.verify(row.pin_hash, pin))) {
      await db
        .from('ussd_pins')
        .where('phone', phone)
        .update({ failed_attempts: 0, locked_until: null, updated_at: new Date() })
      return { result: 'ok' }
    }
    const failed = Number(row.failed_attempts) + 1
    if (failed >= this.config.maxTries) {
      await db
        .from('ussd_pins')
        .where('phone', phone)
        .update({
          failed_attempts: 0,
          locked_until: new Date(Date.now() + this.config.lockMinutes * 60_000),
          updated_at: new Date(),
        })
      return { result: 'locked', minutes: this.config.lockMinutes }
    }
    await db
      .from('ussd_pins')
      .where('phone', phone)
      .update({ failed_attempts: failed, updated_at: new Date() })
    return { result: 'wrong', triesLeft: this.config.maxTries - failed }
  }
}
