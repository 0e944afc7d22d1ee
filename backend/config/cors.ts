import env from '#start/env'
import { defineConfig } from '@adonisjs/cors'

/**
 * Browsers may call the API from its own origin, APP_URL's (the web app is
 * served by it), and from the origins listed in CORS_ORIGIN (comma-separated,
 * or `*`). Never from one derived from the request: Host and
 * X-Forwarded-Host are whatever the caller or a proxy wrote.
 */
const allowedOrigins = (env.get('CORS_ORIGIN') ?? '')
  .split(',')
  .map((origin) => origin.trim().replace(/\/+$/, ''))
  .filter(Boolean)

export function isAllowedOrigin(origin: string, ownOrigins: string[]) {
  return (
    allowedOrigins.includes('*') || allowedOrigins.includes(origin) || ownOrigins.includes(origin)
  )
}

const corsConfig = defineConfig({
  enabled: true,

  origin: (origin) => isAllowedOrigin(origin, [new URL(env.get('APP_URL')).origin]),

  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: [],
  credentials: true,
  maxAge: 90,
})

export default corsConfig
