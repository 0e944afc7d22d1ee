import app from '@adonisjs/core/services/app'
import env from '#start/env'
import accounts from '#config/accounts'
import money from '#config/money'
import { LOCALES } from '#core/locales'

/**
 * The web app: where its build lives (served at / by the web app middleware)
 * and the public settings it reads from GET /api/v1/config.
 */
const webConfig = {
  /** Built Angular app; WEB_DIST_DIR may be absolute or relative to backend/. */
  distDir: app.makePath(env.get('WEB_DIST_DIR') ?? '../web/dist/browser'),
  /** Leaflet tile URL template ({s} {z} {x} {y}). */
  tileUrl: env.get('MAP_TILE_URL') ?? 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
  defaultCountry: accounts.defaultCountry,
  locales: [...LOCALES],
  /** The pay-in providers that are their development simulator; none in production. */
  paymentSimulators: app.inProduction ? [] : money.simulatedPayIns,
  /**
   * Root paths that belong to the API: the app is never served under them,
   * so an unknown /api/... URL stays a JSON 404 instead of becoming a page.
   */
  reservedPrefixes: [
    '/api',
    '/health',
    '/metrics',
    '/docs',
    '/openapi.json',
    '/osmand',
    '/socket.io',
    '/csp-report',
  ],
}

export default webConfig
