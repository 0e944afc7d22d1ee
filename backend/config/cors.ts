import env from '#start/env'
import { defineConfig } from '@adonisjs/cors'

/**
 * Browsers may call the API from its own origin (the web app is served by
 * it) and from the origins listed in CORS_ORIGIN (comma-separated, or `*`).
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

  origin: (origin, ctx) =>
    isAllowedOrigin(origin, [
      new URL(env.get('APP_URL')).origin,
      `${ctx.request.protocol()}://${ctx.request.host()}`,
    ]),

  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: [],
  credentials: true,
  maxAge: 90,
})

export default corsConfig
