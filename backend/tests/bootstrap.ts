import { assert } from '@japa/assert'
import { ApiClient, apiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { checkContract } from '#tests/contract'

export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  authApiClient(app),
]

/**
 * Migrations run once for the whole run (and are rolled back after it, so a
 * real test database is left empty); each test then runs inside a
 * transaction that is rolled back (see `tests/helpers.ts`).
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [bindTestServices, () => testUtils.db().migrate()],
  teardown: [],
}

/** Test-only bindings of production services (before anything resolves them). */
async function bindTestServices() {
  const { default: GpsFlushRunner } = await import('#tracking/services/gps_flush_runner')
  const { default: SavepointFlushRunner } = await import('#tests/savepoint_flush_runner')
  app.container.singleton(GpsFlushRunner, () => new SavepointFlushRunner())
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (suite.name === 'e2e') {
    // Like `make dev`: the app, the API and Socket.IO on one port.
    return suite.setup(async () => {
      const close = await testUtils.httpServer().start()
      const { startRealtime } = await import('#tests/tracking_fixtures')
      await startRealtime()
      return close
    })
  }
  if (suite.name === 'functional') {
    // Every response a functional test gets is checked against /openapi.json.
    ApiClient.teardown(checkContract)
    return suite.setup(() => testUtils.httpServer().start())
  }
}
