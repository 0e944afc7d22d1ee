import { test } from '@japa/runner'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { PGlite } from '@electric-sql/pglite'
import ace from '@adonisjs/core/services/ace'
import env from '#start/env'
import DbBackup from '../../../commands/db_backup.js'
import BackupService from '#platform/services/backup_service'
import { lockFileFor } from '#database/embedded_lock'

async function tempDir(cleanup: (fn: () => Promise<void>) => void) {
  const dir = await mkdtemp(join(tmpdir(), 'njia-backup-'))
  cleanup(() => rm(dir, { recursive: true, force: true }))
  return dir
}

test.group('db:backup', () => {
  test('backs up an embedded database folder as a .tar.gz of the data folder', async ({
    assert,
    cleanup,
  }) => {
    const dir = await tempDir(cleanup)
    const dataDir = join(dir, 'pgdata')
    const seed = await PGlite.create({ dataDir })
    await seed.exec(`create table loads (name text); insert into loads values ('maize to Mombasa')`)
    await seed.close()

    const backup = await new BackupService().embedded(dataDir, join(dir, 'backups'))

    assert.match(backup.path, /backups\/njia-embedded-\d{8}T\d{6}Z\.tar\.gz$/)
    const tar = gunzipSync(await readFile(backup.path)).toString('latin1')
    assert.include(tar, 'PG_VERSION')
    assert.include(tar, 'maize to Mombasa')
    await assert.rejects(() => readFile(lockFileFor(dataDir)), /ENOENT/) // lock released
    // Two PGlite starts (one an initdb): 25 s on a quiet machine, over 60 s on a loaded one.
  }).timeout(180_000)

  test('refuses while another process (the dev server) has the embedded database open', async ({
    assert,
    cleanup,
  }) => {
    const dir = await tempDir(cleanup)
    const dataDir = join(dir, 'pgdata')
    await mkdir(dataDir)
    await writeFile(lockFileFor(dataDir), String(process.ppid)) // a live process that is not us

    await assert.rejects(
      () => new BackupService().embedded(dataDir, join(dir, 'backups')),
      new RegExp(
        `The embedded database in ${dataDir} is open in another process \\(pid ${process.ppid}\\)`
      )
    )
    assert.deepEqual(await readdir(dir), ['pgdata', 'pgdata.lock'], 'no backup written')
  })

  test('says clearly when pg_dump is missing', async ({ assert, cleanup }) => {
    const dir = await tempDir(cleanup)
    const path = process.env.PATH
    process.env.PATH = join(dir, 'nothing-here')
    cleanup(async () => void (process.env.PATH = path))

    await assert.rejects(
      () => new BackupService().postgres('postgres://postgres@127.0.0.1:5432/njia', dir),
      /pg_dump was not found on PATH/
    )
  })

  test('dumps the PostgreSQL of DATABASE_URL in pg_dump custom format', async ({
    assert,
    cleanup,
  }) => {
    const dir = await tempDir(cleanup)
    const backup = await new BackupService().postgres(env.get('DATABASE_URL')!, dir)
    assert.match(backup.path, /njia-\d{8}T\d{6}Z\.dump$/)
    const dump = await readFile(backup.path)
    assert.equal(dump.subarray(0, 5).toString(), 'PGDMP')
  })
    .skip(!env.get('DATABASE_URL'), 'needs DATABASE_URL')
    .timeout(60_000)

  test('the command explains why it cannot back up an in-memory database', async ({
    assert,
    cleanup,
  }) => {
    ace.ui.switchMode('raw')
    cleanup(() => ace.ui.switchMode('normal'))
    const dir = await tempDir(cleanup)

    const command = await ace.create(DbBackup, ['--out-dir', dir])
    await command.exec()

    if (env.get('DATABASE_URL')) {
      command.assertSucceeded()
      assert.lengthOf(await readdir(dir), 1)
    } else {
      command.assertFailed()
      command.assertLogMatches(/in memory \(EMBEDDED_DB_DIR=memory:\/\/\): nothing on disk/)
    }
  })
})
