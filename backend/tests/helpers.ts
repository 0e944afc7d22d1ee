import { createServer, type AddressInfo } from 'node:net'
import testUtils from '@adonisjs/core/services/test_utils'
import type { Group } from '@japa/runner/core'

/** Each test of the group sees a clean database: its writes are rolled back. */
export function isolateDatabase(group: Group) {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
}

/**
 * A TCP port free on 127.0.0.1 right now, chosen by the operating system: for
 * the API processes a test starts. Ports derived from the pid collided with
 * whatever else listens on the machine (epmd on 4369 stopped a CI run).
 */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}
