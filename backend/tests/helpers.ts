import testUtils from '@adonisjs/core/services/test_utils'
import type { Group } from '@japa/runner/core'

/** Each test of the group sees a clean database: its writes are rolled back. */
export function isolateDatabase(group: Group) {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
}
