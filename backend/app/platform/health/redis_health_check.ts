import { RedisCheck } from '@adonisjs/redis'
import type { Connection } from '@adonisjs/redis/types'

/**
 * Adonis' RedisCheck, for our lazily connected Redis (config/redis.ts): a
 * connection nothing has used yet is opened instead of reported as down.
 */
export default class RedisHealthCheck extends RedisCheck {
  constructor(private connection: Connection) {
    super(connection)
  }

  async run() {
    if (this.connection.status === 'wait')
      await this.connection.ioConnection.connect().catch(() => {})
    return super.run()
  }
}
