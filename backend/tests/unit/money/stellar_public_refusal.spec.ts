import { test } from '@japa/runner'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import app from '@adonisjs/core/services/app'

const run = promisify(execFile)

/** Boots the app (`node ace ledger:verify`, a command that starts it) with the given environment: its exit and what it printed. */
async function boot(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['ace', 'ledger:verify'], {
      cwd: app.makePath(),
      env: { ...process.env, ...env },
      timeout: 120_000,
    })
    return { ok: true, output: stdout + stderr }
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string }
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

test.group('Money: the Stellar public network moves real money', () => {
  test('the app refuses to start on the public network without ENABLE_REAL_PAYMENTS=true; on testnet it does not', async ({
    assert,
  }) => {
    const refused = await boot({
      STELLAR_ENABLED: 'true',
      STELLAR_NETWORK: 'public',
      ENABLE_REAL_PAYMENTS: 'false',
    })
    assert.isFalse(refused.ok)
    assert.include(
      refused.output,
      'STELLAR_NETWORK=public moves real money: set ENABLE_REAL_PAYMENTS=true.'
    )

    const testnet = await boot({ STELLAR_ENABLED: 'true', STELLAR_NETWORK: 'testnet' })
    assert.notInclude(testnet.output, 'moves real money')
  }).timeout(240_000)
})
