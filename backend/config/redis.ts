import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'

/**
 * Redis is optional: with REDIS_URL unset nothing connects to it and the
 * rate limiter and Socket.IO keep their state in memory (one API node).
 */
const url = new URL(env.get('REDIS_URL') ?? 'redis://127.0.0.1:6379')

export const redisEnabled = Boolean(env.get('REDIS_URL'))

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      host: url.hostname,
      port: Number(url.port || 6379),
      username: decodeURIComponent(url.username) || undefined,
      password: decodeURIComponent(url.password) || undefined,
      db: Number(url.pathname.slice(1) || 0),
      // rediss:// (ElastiCache with in-transit encryption) means TLS.
      tls: url.protocol === 'rediss:' ? {} : undefined,
      keyPrefix: 'njia:',
      lazyConnect: true,
      retryStrategy(times) {
        return times > 10 ? null : times * 50
      },
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
