import { test } from '@japa/runner'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EmbeddedDatabaseBusyError, lockDataDir, lockFileFor } from '#database/embedded_lock'

test.group('embedded database lock', (group) => {
  let dataDir: string
  group.each.setup(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'njia-lock-'))
    dataDir = join(dir, 'pgdata')
    return () => rm(dir, { recursive: true, force: true })
  })

  test('writes our pid beside the data folder and removes it on release', async ({ assert }) => {
    const release = await lockDataDir(dataDir)
    assert.equal(await readFile(lockFileFor(dataDir), 'utf8'), String(process.pid))
    release()
    await assert.rejects(() => readFile(lockFileFor(dataDir)), /ENOENT/)
  })

  test('refuses while another live process holds it', async ({ assert }) => {
    await writeFile(lockFileFor(dataDir), String(process.ppid))
    try {
      await lockDataDir(dataDir)
      assert.fail('expected the lock to be refused')
    } catch (error) {
      assert.instanceOf(error, EmbeddedDatabaseBusyError)
      assert.include((error as Error).message, 'probably the dev server (`make dev`)')
    }
    assert.equal(await readFile(lockFileFor(dataDir), 'utf8'), String(process.ppid))
  })

  test('takes over a lock left by a process that died', async ({ assert }) => {
    await writeFile(lockFileFor(dataDir), '999999999')
    const release = await lockDataDir(dataDir)
    assert.equal(await readFile(lockFileFor(dataDir), 'utf8'), String(process.pid))
    release()
  })
})
