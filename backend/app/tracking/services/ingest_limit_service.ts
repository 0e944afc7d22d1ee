import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import trackingConfig from '#config/tracking'

/**
 * How much one sender may push into tracking, counted in the limiter's
 * store (Redis when REDIS_URL is set, so the budget holds across API
 * nodes). Beyond it the batch is refused whole with 429 `E_RATE_LIMITED`
 * (over HTTP with `Retry-After`) and nothing is stored: an honest client
 * keeps its points and sends them again, a flood stops here.
 */
export default class IngestLimitService {
  /** Counts a batch of `count` points against the driver's budget per minute. */
  async points(driverId: number, count: number) {
    const { pointsPerMinute } = trackingConfig.limits
    await this.#consume(
      limiter.use({ requests: pointsPerMinute, duration: '1 minute' }),
      `tracking_points_${driverId}`,
      count,
      `More than ${pointsPerMinute} points a minute`
    )
  }

  /** Counts one OsmAnd report against its tracker id's budget per minute. */
  async trackerReport(deviceId: string) {
    const { trackerReportsPerMinute } = trackingConfig.limits
    await this.#consume(
      limiter.use({ requests: trackerReportsPerMinute, duration: '1 minute' }),
      `tracking_tracker_${deviceId}`,
      1,
      `More than ${trackerReportsPerMinute} reports a minute from this tracker`
    )
  }

  /**
   * Refuses every report from an address that tried too many unknown
   * device ids lately, so ids cannot be found by trying them all.
   */
  async assertAddressMayTry(address: string) {
    const unknown = this.#unknownDevices()
    const remaining = await unknown.remaining(this.#addressKey(address))
    if (remaining <= 0) {
      await this.#consume(unknown, this.#addressKey(address), 1, 'Too many unknown device ids')
    }
  }

  /** Counts an unknown device id against the address that sent it. */
  async unknownDevice(address: string) {
    await this.#unknownDevices().increment(this.#addressKey(address))
  }

  #unknownDevices() {
    return limiter.use({
      requests: trackingConfig.limits.unknownDevicesPer10Min,
      duration: '10 minutes',
    })
  }

  #addressKey(address: string) {
    return `tracking_unknown_device_${address}`
  }

  async #consume(budget: ReturnType<typeof limiter.use>, key: string, count: number, what: string) {
    try {
      await budget.consume(key, count)
    } catch (error) {
      if (!(error instanceof limiterErrors.E_TOO_MANY_REQUESTS)) throw error
      const seconds = Math.max(1, Math.ceil(error.response.availableIn))
      error.code = 'E_RATE_LIMITED'
      error.setMessage(`${what}; send them again in ${seconds} s`)
      throw error
    }
  }
}
