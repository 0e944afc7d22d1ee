import env from '#start/env'

/** The gazetteer (place search and nearest place) and the optional online geocoder. */
export default {
  /**
   * Countries whose GeoNames towns are loaded: the four markets and their
   * neighbours, so a border town or a transit destination is found too.
   */
  countries: [
    ...['SN', 'KE', 'TZ', 'UG'],
    ...['GM', 'GN', 'GW', 'ML', 'MR'],
    ...['RW', 'BI', 'CD', 'SS', 'ET', 'SO', 'ZM', 'MW', 'MZ'],
  ],
  /** Land polygons are kept inside this box (Africa and its seas), in degrees. */
  region: { west: -26, south: -36, east: 56, north: 38 },
  /** Names scoring below this (pg_trgm, 0..1) are not matches. */
  minScore: 0.3,
  /** Added to a place's score in the searcher's own country, so it comes first on a tie. */
  homeCountryBonus: 0.25,
  searchLimit: 8,
  /** A pin farther than this from the town its address names gets a warning. */
  farFromNamedTownM: 20_000,
  /** A pin farther than this from any land (Natural Earth 1:50m coast) is in the sea. */
  seaToleranceDegrees: 0.02,
  /**
   * Nominatim-compatible geocoder, asked only when the gazetteer finds no
   * good match. Unset: the gazetteer alone (no outside calls).
   */
  geocoder: {
    url: env.get('GEOCODER_URL'),
    /** Nominatim's usage policy asks for an identifying User-Agent. */
    userAgent: env.get('GEOCODER_USER_AGENT') ?? 'Njia logistics',
    timeoutMs: 3000,
    /** Below this best local score the geocoder is asked too. */
    askBelowScore: 0.6,
    /**
     * Nominatim's policy: at most one request a second, counted in the
     * limiter's store (Redis when REDIS_URL is set: one budget for all API
     * nodes). Whole seconds (the Redis store's window); 0 = no pacing.
     */
    minIntervalSeconds: 1,
    /** A search does not wait longer than this for its turn; the gazetteer answers alone. */
    maxWaitMs: 1500,
    /** Answers are kept this long (the policy asks for caching), at most `cacheSize` of them. */
    cacheTtlMs: 24 * 60 * 60 * 1000,
    cacheSize: 5000,
  },
}
