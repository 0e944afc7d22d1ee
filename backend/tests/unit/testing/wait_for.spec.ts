import { test } from '@japa/runner'
import { waitFor } from '#tests/helpers'

test.group('Tests’ one wait (waitFor)', () => {
  test('fails naming what it waited for and for how long', async ({ assert }) => {
    await assert.rejects(
      () => waitFor(() => false, 'the points on node B', { timeoutMs: 120, everyMs: 10 }),
      'timed out after 0.12 s waiting for the points on node B'
    )
  })

  test('returns as soon as a synchronous or asynchronous check holds', async ({ assert }) => {
    let polls = 0
    await waitFor(() => ++polls === 3, 'the third poll', { everyMs: 1 })
    assert.equal(polls, 3)
    await waitFor(async () => true, 'at once')
  })
})
