import { test } from '@japa/runner'
import { BaseCheck, Result } from '@adonisjs/core/health'
import { healthChecks } from '#start/health'
import testUtils from '@adonisjs/core/services/test_utils'
import { redisEnabled } from '#config/redis'

/** A check the test can break, standing in for any dependency going down. */
class SwitchableCheck extends BaseCheck {
  name = 'switchable'
  failing = false
  async run() {
    return this.failing ? Result.failed('switched off by the test') : Result.ok('fine')
  }
}
const switchable = new SwitchableCheck()
healthChecks.append([switchable])

test.group('platform: health', () => {
  test('200 with the database, PostGIS and (when configured) Redis checks', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    response.assertBodyContains({ status: 'ok' })
    const names = response.body().checks.map((check: { name: string }) => check.name)
    assert.includeMembers(names, ['database', 'PostGIS'])
    if (redisEnabled) assert.include(names, 'redis')
    else assert.notInclude(names, 'redis')
  })

  test('503 naming the failing check when one fails', async ({ client, cleanup }) => {
    switchable.failing = true
    cleanup(() => {
      switchable.failing = false
    })

    const response = await client.get('/health')
    response.assertStatus(503)
    response.assertBodyContains({
      status: 'error',
      checks: [{ name: 'switchable', status: 'error', message: 'switched off by the test' }],
    })
  })

  test('the database check still answers after the transaction it was first run in is gone', async ({
    assert,
  }) => {
    // Whichever request first loads the health checks may run inside a
    // transaction (a test's, or any other client of that moment): a check
    // that kept that client reported "database failing" ever after.
    const rollback = await testUtils.db().withGlobalTransaction()
    const fresh = new URL('../../../start/health.ts?loaded-in-a-transaction', import.meta.url)
    const { healthChecks: loadedInATransaction } = await import(fresh.href)
    await rollback()

    const report = await loadedInATransaction.run()
    const database = report.checks.find((check: { name: string }) => check.name === 'database')
    assert.equal(database?.status, 'ok', database?.message)
  })
})
