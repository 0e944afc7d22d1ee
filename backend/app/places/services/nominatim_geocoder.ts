import logger from '@adonisjs/core/services/logger'
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
 */
export default class NominatimGeocoder {
  constructor(
    private options = placesConfig.geocoder,
    private fetcher: typeof fetch = fetch
  ) {}

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
    try {
      const response = await this.fetcher(url, {
        headers: { 'User-Agent': this.options.userAgent, 'Accept': 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      })
      if (!response.ok) throw new Error(`geocoder answered ${response.status}`)
      const results = (await response.json()) as NominatimResult[]
      if (!Array.isArray(results)) throw new Error('geocoder answered something other than a list')
      return results.flatMap((result) => this.toPlace(result))
    } catch (error) {
      logger.warn({ err: error }, 'geocoder unavailable; place search falls back to the gazetteer')
      return []
    }
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
