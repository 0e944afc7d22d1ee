import { BaseCheck } from '@adonisjs/core/health'
import type { HealthCheckResult } from '@adonisjs/core/types/health'
import { RedisCheck } from '@adonisjs/redis'
import redis from '@adonisjs/redis/services/main'

/**
 * Adonis' RedisCheck on the connection of the moment: `redis.connection()`
 * is asked at every run, so a connection that ended (ioredis gave up its
 * retries, config/redis.ts) and that the manager has since replaced is not
 * reopened beside the app's own. A connection nothing has used yet (it
 * connects lazily) is opened instead of reported as down.
 */
export default class RedisHealthCheck extends BaseCheck {
  name = 'redis'

  async run(): Promise<HealthCheckResult> {
    const connection = redis.connection()
    if (connection.status === 'wait') await connection.ioConnection.connect().catch(() => {})
    return new RedisCheck(connection).run()
  }
}
