import { BaseSeeder } from '@adonisjs/lucid/seeders'

/**
 * `node ace db:seed` runs only this seeder; it runs the demo data seeders in
 * dependency order. Each of them is idempotent, so `make dev` re-runs them.
 */
export default class IndexSeeder extends BaseSeeder {
  private async seed(seeder: { default: typeof BaseSeeder }) {
    await new seeder.default(this.client).run()
  }

  async run() {
    const seeders: (() => Promise<{ default: typeof BaseSeeder }>)[] = [
      () => import('#database/seeders/accounts_seeder'),
      () => import('#database/seeders/fleet_seeder'),
      () => import('#database/seeders/orders_seeder'),
      () => import('#database/seeders/collections_seeder'),
    ]
    for (const load of seeders) await this.seed(await load())
  }
}
