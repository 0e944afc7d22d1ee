import { randomInt } from 'node:crypto'
import { DateTime } from 'luxon'
import DomainException from '#core/exceptions/domain_exception'
import Tracker from '#tracking/models/tracker'
import User from '#accounts/models/user'

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

/** 16 characters from a 31-letter alphabet: ~79 bits, hard to guess, easy to type into an app. */
function newDeviceId() {
  let id = ''
  for (let i = 0; i < 16; i++) id += ALPHABET[randomInt(ALPHABET.length)]
  return id
}

/**
 * Tracker ids let OsmAnd / Traccar Client apps send a driver's positions
 * without an access token: the id is the credential, so it is random by
 * default and revocable.
 */
export default class TrackerService {
  list(driver: User) {
    return Tracker.query().where('driver_id', driver.id).whereNull('revoked_at').orderBy('id')
  }

  async create(driver: User, input: { deviceId?: string; name?: string }) {
    const deviceId = input.deviceId ?? newDeviceId()
    const taken = await Tracker.query().where('device_id', deviceId).whereNull('revoked_at').first()
    if (taken) {
      throw new DomainException('This device id is already registered', {
        status: 409,
        code: 'E_TRACKER_TAKEN',
        field: 'deviceId',
      })
    }
    return Tracker.create({ driverId: driver.id, deviceId, name: input.name ?? null })
  }

  async revoke(driver: User, trackerId: number) {
    const tracker = await Tracker.query()
      .where('id', trackerId)
      .where('driver_id', driver.id)
      .whereNull('revoked_at')
      .first()
    if (!tracker) throw DomainException.notFound('Tracker')
    tracker.revokedAt = DateTime.now()
    await tracker.save()
  }

  /** The driver behind an active device id; null for unknown or revoked ones. */
  async driverFor(deviceId: string) {
    const tracker = await Tracker.query()
      .where('device_id', deviceId)
      .whereNull('revoked_at')
      .first()
    const driver = tracker ? await User.find(tracker.driverId) : null
    if (!tracker || !driver) return null
    // Once a minute is enough for "last seen".
    if (!tracker.lastSeenAt || tracker.lastSeenAt.diffNow().as('seconds') < -60) {
      tracker.lastSeenAt = DateTime.now()
      await tracker.save()
    }
    return driver
  }
}
