import { inject } from '@adonisjs/core'
import PinService, { PIN_FORMAT } from '#ussd/services/pin_service'
import { con, end, type Screen, type Walk } from '#ussd/menu_walk'

/**
 * The PIN step before anything that changes data or shows money. Once the
 * PIN is proved in a session, later guarded steps ask nothing; each entry
 * is checked once (the provider resends the whole path at every step).
 */
@inject()
export default class PinGuard {
  constructor(private pins: PinService) {}

  /** Null when the walk may go on; else the screen to show. */
  async check(walk: Walk, phone: string): Promise<Screen | null> {
    const { session, t } = walk
    for (;;) {
      const next = walk.peek()
      const known = next ? session.pinEntries[String(next.raw)] : undefined
      if (known === 'ok') {
        walk.next()
        return null
      }
      if (known === 'created') {
        walk.next()
        walk.next()
        return null
      }
      if (known === 'wrong') {
        walk.next()
        const after = walk.peek()
        if (!after) return con(t.wrongPin(await this.#triesLeft(phone)))
        continue
      }
      if (session.verifiedAt !== null && (!next || next.raw > session.verifiedAt)) return null

      const locked = await this.pins.lockedMinutes(phone)
      if (locked > 0) return end(t.locked(locked))
      if (!(await this.pins.isSet(phone))) return this.#create(walk, phone)
      if (!next) return con(t.enterPin)
      walk.next()
      const result = await this.pins.verify(phone, next.value)
      if (result.result === 'ok') {
        session.pinEntries[String(next.raw)] = 'ok'
        session.verifiedAt = next.raw
        return null
      }
      if (result.result === 'locked') return end(t.locked(result.minutes))
      session.pinEntries[String(next.raw)] = 'wrong'
      if (!walk.peek()) return con(t.wrongPin(result.triesLeft))
    }
  }

  async #create(walk: Walk, phone: string): Promise<Screen | null> {
    const { t, session } = walk
    const first = walk.next()
    if (!first) return con(t.createPin)
    if (!PIN_FORMAT.test(first.value)) return end(t.pinFormat)
    const second = walk.next()
    if (!second) return con(t.repeatPin)
    if (second.value !== first.value) return end(t.pinsDiffer)
    await this.pins.create(phone, first.value)
    session.pinEntries[String(first.raw)] = 'created'
    session.verifiedAt = second.raw
    return null
  }

  async #triesLeft(phone: string) {
    const locked = await this.pins.lockedMinutes(phone)
    return locked > 0 ? 0 : Math.max(0, await this.pins.triesLeft(phone))
  }
}
