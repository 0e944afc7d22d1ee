import { readFileSync, unlinkSync } from 'node:fs'
import { open, readFile, unlink } from 'node:fs/promises'

/**
 * A pid file beside the embedded database's folder (`<dataDir>.lock`):
 * PGlite has no locking of its own, and two processes opening one data
 * folder (the dev server and a backup, say) would corrupt it.
 */
export class EmbeddedDatabaseBusyError extends Error {
  constructor(
    public dataDir: string,
    public pid: number
  ) {
    super(
      `The embedded database in ${dataDir} is open in another process (pid ${pid}), ` +
        'probably the dev server (`make dev`). Stop it and try again, or set DATABASE_URL.'
    )
  }
}

export function lockFileFor(dataDir: string) {
  return `${dataDir.replace(/\/+$/, '')}.lock`
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid holding the lock, if a live process other than this one does. */
export async function lockHolder(dataDir: string): Promise<number | undefined> {
  const pid = Number(await readFile(lockFileFor(dataDir), 'utf8').catch(() => ''))
  return pid && pid !== process.pid && isAlive(pid) ? pid : undefined
}

/** Takes the lock or throws EmbeddedDatabaseBusyError; returns the release function. */
export async function lockDataDir(dataDir: string): Promise<() => void> {
  const path = lockFileFor(dataDir)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx')
      await file.writeFile(String(process.pid))
      await file.close()
      const release = () => {
        process.off('exit', release)
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path)
        } catch {}
      }
      process.once('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = await lockHolder(dataDir)
      if (holder) throw new EmbeddedDatabaseBusyError(dataDir, holder)
      await unlink(path).catch(() => {}) // left behind by a process that died
    }
  }
  throw new Error(`Could not lock ${dataDir}`)
}
