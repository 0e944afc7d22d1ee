import env from '#start/env'

/**
 * GPS ingest, geofences and routing. Every knob is an environment
 * variable documented in the root .env.example.
 */
export default {
  ingest: {
    /** Points written per INSERT at most; a full buffer flushes at once (5,000 cost 0.7-0.77x
     * the CPU per point of 1,000 in bench/tracking/writes.ts, bench/README.md). */
    batchSize: env.get('TRACKING_BATCH_SIZE') ?? 5000,
    /** How long a point may wait behind a write in flight (with none, it is written at once). */
    flushMs: env.get('TRACKING_FLUSH_MS') ?? 100,
    /** Writes start at least this far apart (ms): more batches a second share a write (bench/README.md run I). */
    flushSpacingMs: env.get('TRACKING_FLUSH_SPACING_MS') ?? 20,
    /** Points accepted in one incoming batch (socket, HTTP). */
    maxPointsPerBatch: env.get('TRACKING_MAX_POINTS') ?? 500,
    /** A recordedAt this far ahead of the server clock is refused. */
    clockSkewMs: (env.get('TRACKING_CLOCK_SKEW_S') ?? 120) * 1000,
    /** Points older than this are refused (a stuck queue replaying garbage). */
    maxAgeMs: (env.get('TRACKING_MAX_AGE_DAYS') ?? 7) * 86_400_000,
    /** Points less accurate than this (metres) are acknowledged but not stored. */
    maxAccuracyM: env.get('TRACKING_MAX_ACCURACY_M') ?? 1000,
  },
  /** gps_pings: one partition per UTC day (app/tracking/gps_partitions.ts). */
  storage: {
    /** Days of points kept; older days are dropped whole (never fewer than TRACKING_MAX_AGE_DAYS). */
    retentionDays: env.get('TRACKING_RETENTION_DAYS') ?? 365,
    /** Days created ahead of today, so a late maintenance run never leaves a day without one. */
    aheadDays: 3,
  },
  /** What one sender may push (429 E_RATE_LIMITED beyond; an honest client sends again later). */
  limits: {
    /** Points per driver per minute, every way in together (a day's backlog drains in minutes). */
    pointsPerMinute: env.get('TRACKING_POINTS_PER_MINUTE') ?? 3000,
    /** OsmAnd reports per tracker id per minute (trackers report every few seconds at most). */
    trackerReportsPerMinute: env.get('TRACKING_TRACKER_REPORTS_PER_MINUTE') ?? 120,
    /** Unknown device ids per address per 10 minutes, before its reports are refused. */
    unknownDevicesPer10Min: env.get('TRACKING_UNKNOWN_DEVICES_PER_10_MIN') ?? 20,
  },
  /** A last position older than this does not count for "nearby". */
  freshSeconds: env.get('TRACKING_FRESH_SECONDS') ?? 300,
  geofence: {
    /** Arriving = within this many metres of the pickup / drop-off. */
    radiusM: env.get('GEOFENCE_RADIUS_M') ?? 200,
    /** Leaving = further than radius x this factor (hysteresis against GPS jitter). */
    exitFactor: 1.5,
  },
  exceptions: {
    /** Stopped (within 100 m) this long outside pickup/drop-off -> long_stop. */
    longStopMinutes: env.get('TRACKING_LONG_STOP_MINUTES') ?? 20,
    stopRadiusM: 100,
    /** Further than this from the planned route -> off_route. */
    corridorM: env.get('TRACKING_CORRIDOR_M') ?? 3000,
    /** Geofence / exception checks per order at most this often (newest point wins). */
    checkIntervalMs: (env.get('TRACKING_CHECK_INTERVAL_S') ?? 5) * 1000,
  },
  eta: {
    /** Speed assumed when the truck has no recent movement (km/h). */
    defaultSpeedKmh: 40,
    /** Straight-line distance x this ~ road distance when no router is configured. */
    detourFactor: 1.3,
  },
  /** OSRM-compatible router (…/route/v1/driving/…); straight lines without it. */
  routerUrl: env.get('ROUTER_URL'),
  /** Plain OsmAnd port for off-the-shelf tracker apps (Traccar uses 5055). */
  osmandPort: env.get('OSMAND_PORT'),
  /** Simplify stored tracks longer than this many points (ST_Simplify). */
  simplifyAbovePoints: 500,
}
