import { test } from '@japa/runner'
import limiter from '@adonisjs/limiter/services/main'
import redis from '@adonisjs/redis/services/main'
import { redisEnabled } from '#config/redis'
import { clearRateLimits } from '#tests/helpers'

test.group('tests: clearing rate limits', () => {
  test('empties the limiter’s counters and leaves everything else in Redis', async ({
    assert,
    cleanup,
  }) => {
    const counter = limiter.use({ requests: 1, duration: '1 minute' })
    await counter.consume('clear-test')
    if (redisEnabled) {
      // What another test or process keeps in the same database index.
      await redis.set('clear-test:kept', 'yes', 'EX', 60)
      cleanup(() => redis.del('clear-test:kept').then(() => undefined))
    }

    await clearRateLimits()

    assert.equal(await counter.remaining('clear-test'), 1, 'the counter starts again')
    if (redisEnabled) assert.equal(await redis.get('clear-test:kept'), 'yes')
  })
})
