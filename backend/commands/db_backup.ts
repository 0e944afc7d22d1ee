import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import BackupService, { BackupError } from '#platform/services/backup_service'
import { EmbeddedDatabaseBusyError } from '#database/embedded_lock'

/**
 * `node ace db:backup` (`make db-backup`). The app is not started: with the
 * embedded database the backup opens its folder itself, and must not if the
 * dev server already has it open.
 */
export default class DbBackup extends BaseCommand {
  static commandName = 'db:backup'
  static description =
    'Back up the database into backups/: pg_dump with DATABASE_URL, the embedded PostGIS folder otherwise'
  static options: CommandOptions = { startApp: false }

  @flags.string({
    description: 'Folder to write the backup into (default: backups/ at the repository root)',
  })
  declare outDir?: string

  async run() {
    const { default: env } = await import('#start/env')
    const backups = await this.app.container.make(BackupService)
    const outDir = this.outDir ?? this.app.makePath('..', 'backups')
    const databaseUrl = env.get('DATABASE_URL')
    try {
      const backup = databaseUrl
        ? await backups.postgres(databaseUrl, outDir)
        : await backups.embedded(
            env.get('EMBEDDED_DB_DIR') ?? this.app.makePath('storage/pgdata'),
            outDir
          )
      this.logger.success(`Backup written to ${backup.path} (${Math.ceil(backup.bytes / 1024)} KB)`)
    } catch (error) {
      if (!(error instanceof BackupError || error instanceof EmbeddedDatabaseBusyError)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
