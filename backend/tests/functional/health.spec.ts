import { test } from '@japa/runner'

test.group('health', () => {
  test('reports ok with PostGIS reachable', async ({ client }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    response.assertBodyContains({ status: 'ok' })
  })
})
