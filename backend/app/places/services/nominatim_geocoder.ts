import logger from '@adonisjs/core/services/logger'
import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import type { Limiter } from '@adonisjs/limiter'
import placesConfig from '#config/places'
import type { FoundPlace, PlaceKind } from '#places/services/place_service'

/** One result of Nominatim's `/search?format=jsonv2&addressdetails=1`. */
interface NominatimResult {
  lat: string
  lon: string
  name?: string
  display_name: string
  category?: string
  type?: string
  address?: { country_code?: string; state?: string; region?: string; county?: string }
}

/**
 * An online geocoder speaking Nominatim's search API
 * (https://nominatim.org/release-docs/latest/api/Search/). Asked only when a
 * URL is configured, and then only when the gazetteer has no good match
 * (Nominatim's public server forbids searching on each keystroke). A slow or
 * failing geocoder gives no results, never an error: the gazetteer's stand.
 *
 * Nominatim's usage policy: at most one request a second, an identifying
 * User-Agent, results cached. A request leaves only with a turn from the
 * app's limiter (`minIntervalSeconds` per turn, keyed by the geocoder's
 * host), whose store is Redis when REDIS_URL is set: every API node draws
 * from the same budget, as the policy counts requests from us, not from a
 * process. Without Redis the store is the process's memory (one node). A
 * search waits for a turn at most `maxWaitMs` (the limiter says when the
 * next one comes, in whole seconds), else the gazetteer answers alone;
 * answers (empty ones too) are kept `cacheTtlMs` in the process, and the
 * same question asked at once is sent once.
 */
export default class NominatimGeocoder {
  #cache = new Map<string, { places: FoundPlace[]; until: number }>()
  #inFlight = new Map<string, Promise<FoundPlace[]>>()
  /** One turn per interval; null when unpaced (minIntervalSeconds = 0). */
  #turns: Limiter | null

  constructor(
    private options = placesConfig.geocoder,
    private fetcher: typeof fetch = fetch,
    private now: () => number = Date.now,
    turns?: Limiter
  ) {
    this.#turns =
      turns ??
      (options.minIntervalSeconds > 0
        ? limiter.use({ requests: 1, duration: options.minIntervalSeconds })
        : null)
  }

  get enabled() {
    return Boolean(this.options.url)
  }

  async search(
    query: string,
    { country, language, limit }: { country: string | null; language: string; limit: number }
  ): Promise<FoundPlace[]> {
    if (!this.options.url) return []
    const url = new URL(
      'search',
      this.options.url.endsWith('/') ? this.options.url : `${this.options.url}/`
    )
    url.search = new URLSearchParams({
      'q': query,
      'format': 'jsonv2',
      'addressdetails': '1',
      'limit': String(limit),
      'accept-language': language,
      ...(country ? { countrycodes: country.toLowerCase() } : {}),
    }).toString()
    const key = url.toString()
    const cached = this.#cache.get(key)
    if (cached && cached.until > this.now()) return cached.places
    const pending = this.#inFlight.get(key)
    if (pending) return pending
    const asked = this.#ask(url).finally(() => this.#inFlight.delete(key))
    this.#inFlight.set(key, asked)
    return asked
  }

  async #ask(url: URL): Promise<FoundPlace[]> {
    if (!(await this.#turn(url.host))) return []
    try {
      const response = await this.fetcher(url, {
        headers: { 'User-Agent': this.options.userAgent, 'Accept': 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
      if (!response.ok) throw new Error(`geocoder answered ${response.status}`)
      const results = (await response.json()) as NominatimResult[]
      if (!Array.isArray(results)) throw new Error('geocoder answered something other than a list')
      const places = results.flatMap((result) => this.toPlace(result))
      this.#remember(url.toString(), places)
      return places
    } catch (error) {
      logger.warn({ err: error }, 'geocoder unavailable; place search falls back to the gazetteer')
      return []
    }
  }

  /**
   * Waits for this host's next turn, shared with every node through the
   * limiter's store. False when it would come later than `maxWaitMs`, or
   * when the store cannot be read (no request beats one over the policy).
   */
  async #turn(host: string): Promise<boolean> {
    if (!this.#turns) return true
    const deadline = Date.now() + this.options.maxWaitMs
    for (;;) {
      try {
        await this.#turns.consume(`geocoder_${host}`)
        return true
      } catch (error) {
        if (!(error instanceof limiterErrors.E_TOO_MANY_REQUESTS)) {
          logger.warn({ err: error }, 'geocoder budget unreadable; the gazetteer answers alone')
          return false
        }
        const waitMs = Math.max(50, error.response.availableIn * 1000)
        if (Date.now() + waitMs > deadline) {
          logger.info('geocoder busy (one request a second); the gazetteer answers alone')
          return false
        }
        await new Promise((resolve) => setTimeout(resolve, waitMs))
      }
    }
  }

  /** A failure is not kept: the next search may find the geocoder back. */
  #remember(key: string, places: FoundPlace[]) {
    if (this.#cache.size >= this.options.cacheSize) {
      this.#cache.delete(this.#cache.keys().next().value!)
    }
    this.#cache.set(key, { places, until: this.now() + this.options.cacheTtlMs })
  }

  private toPlace(result: NominatimResult): FoundPlace[] {
    const lat = Number(result.lat)
    const lng = Number(result.lon)
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
      return []
    const address = result.address ?? {}
    return [
      {
        name: result.name || result.display_name.split(',')[0].trim(),
        kind: kindOf(result),
        country: address.country_code ? address.country_code.toUpperCase() : null,
        region: address.state ?? address.region ?? address.county ?? null,
        lat,
        lng,
        source: 'geocoder',
      },
    ]
  }
}

function kindOf({ category, type }: NominatimResult): PlaceKind {
  if (type === 'marketplace') return 'market'
  if (type === 'harbour' || type === 'port' || category === 'harbour') return 'port'
  if (category === 'place') return 'town'
  return 'address'
}
