import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { EARLY_SUBMIT_SCRIPT_HASH } from '#platform/services/web_app_sign_in'

/**
 * Headers the security headers middleware adds to every response. The
 * Content-Security-Policy lets the Angular app (same origin, service
 * worker, inline component styles, the sign-in page's inline script), Leaflet tiles from MAP_TILE_URL's host
 * and Swagger UI at /docs work, and nothing else.
 */

/** The CSP source for a Leaflet tile URL template, e.g. https://*.tile.openstreetmap.org */
export function tileSource(template?: string): string | undefined {
  if (!template) return undefined
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template)
  if (!match) return undefined
  const [, scheme, host] = match
  // Leaflet's {s} subdomain placeholder becomes a CSP wildcard label.
  const wildcard = host.replace(/^\{[a-z]+\}\./i, '*.')
  if (/[{}]/.test(wildcard)) return `${scheme}:`
  return `${scheme}://${wildcard}`
}

/** The web app's default when MAP_TILE_URL is unset (see .env.example). */
export const DEFAULT_TILE_URL = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png'

const tiles = tileSource(env.get('MAP_TILE_URL') ?? DEFAULT_TILE_URL)

const contentSecurityPolicy = [
  `default-src 'self'`,
  // The sign-in page's one inline script (platform/services/web_app_sign_in.ts), by its hash.
  `script-src 'self' ${EARLY_SUBMIT_SCRIPT_HASH}`,
  // Angular component styles, Leaflet and Swagger UI set inline styles.
  `style-src 'self' 'unsafe-inline'`,
  ['img-src', `'self'`, 'data:', 'blob:', tiles].filter(Boolean).join(' '),
  `font-src 'self' data:`,
  // 'self' covers same-origin ws:/wss: for Socket.IO in current browsers; the
  // tile host is there because the service worker fetches what it intercepts.
  ['connect-src', `'self'`, tiles].filter(Boolean).join(' '),
  `worker-src 'self'`,
  `manifest-src 'self'`,
  `object-src 'none'`,
  `base-uri 'self'`,
  `form-action 'self'`,
  `frame-ancestors 'none'`,
  `report-uri /csp-report`,
].join('; ')

const securityHeadersConfig: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'geolocation=(self), camera=(self), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Content-Security-Policy': contentSecurityPolicy,
}

if (app.inProduction) {
  securityHeadersConfig['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains'
}

export default securityHeadersConfig
