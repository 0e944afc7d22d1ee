import { test } from '@japa/runner'
import { callBackLater, simulatorsIdle } from '#money/providers/simulated_callbacks'
import { startFakeProvider } from '#tests/fake_http_server'

test.group('Simulated provider callbacks', () => {
  test('waiting for the simulators covers the late duplicate, so none lands after its test', async ({
    assert,
  }) => {
    const provider = await startFakeProvider(() => ({ status: 200, body: {} }))
    try {
      callBackLater({ answerAfterMs: 10, duplicateRate: 1 }, 'test', provider.url, () => ({
        body: { ok: true },
      }))
      await simulatorsIdle()
      assert.lengthOf(provider.requests, 2)
    } finally {
      await provider.close()
    }
  })
})
