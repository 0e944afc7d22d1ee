import { test } from '@japa/runner'
import type { Socket } from 'socket.io-client'
import type { ApiClient } from '@japa/api-client'
import { metricsRegistry } from '#core/metrics'
import type User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import {
  countPings,
  emitAck,
  PICKUP,
  trackingUser,
  forgetDriverContexts,
  socketsForEachTest,
} from '#tests/tracking_fixtures'

interface Answer {
  status: number | null
  code: string
  message: string
  field?: string
}

/** One bad point, as each way in spells it. */
interface BadPoint {
  name: string
  /** Overrides of a good socket / HTTP point. */
  point: Record<string, unknown>
  /** The same point as OsmAnd query parameters. */
  osmand: Record<string, string>
  status: number
  code: string
}

const secondsAgo = (s: number) => Date.now() - s * 1000

const BAD_POINTS: BadPoint[] = [
  {
    name: 'latitude out of range',
    point: { lat: 91 },
    osmand: { lat: '91' },
    status: 422,
    code: 'E_VALIDATION',
  },
  {
    name: 'longitude not a number',
    point: { lng: 'east' },
    osmand: { lon: 'east' },
    status: 422,
    code: 'E_VALIDATION',
  },
  {
    name: 'a time that is no time',
    point: { recordedAt: 'yesterday' },
    osmand: { timestamp: 'yesterday' },
    status: 422,
    code: 'E_VALIDATION',
  },
  {
    name: 'negative accuracy',
    point: { accuracy: -3 },
    osmand: { accuracy: '-3' },
    status: 422,
    code: 'E_VALIDATION',
  },
  {
    name: 'a time an hour in the future',
    point: { recordedAt: secondsAgo(-3600) },
    osmand: { timestamp: String(secondsAgo(-3600)) },
    status: 422,
    code: 'E_FUTURE_TIMESTAMP',
  },
  {
    name: 'a time thirty days back',
    point: { recordedAt: secondsAgo(30 * 86_400) },
    osmand: { timestamp: String(secondsAgo(30 * 86_400)) },
    status: 422,
    code: 'E_TOO_OLD',
  },
]

test.group('tracking / one way in: socket, HTTP batch and OsmAnd answer alike', (group) => {
  isolateDatabase(group)
  const open = socketsForEachTest(group)

  async function driverWithTracker(client: ApiClient) {
    const driver = await trackingUser('driver')
    const deviceId = `same-answer-${driver.id}-device`
    const tracker = await client.post('/api/v1/trackers').json({ deviceId }).loginAs(driver)
    tracker.assertStatus(201)
    return { driver, deviceId, socket: await open(driver) }
  }

  async function threeAnswers(
    client: ApiClient,
    sender: { driver: User; deviceId: string; socket: Socket },
    point: Record<string, unknown>,
    osmand: Record<string, string>
  ): Promise<Record<'socket' | 'http' | 'osmand', Answer>> {
    const ack = await emitAck(sender.socket, 'positions', [point])
    const http = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [point] })
      .loginAs(sender.driver)
    const params = new URLSearchParams({
      id: sender.deviceId,
      lat: String(PICKUP.lat),
      lon: String(PICKUP.lng),
      timestamp: String(secondsAgo(5)),
      ...osmand,
    })
    const report = await client.get(`/osmand?${params}`)
    const answer = (status: number | null, error: any): Answer => ({
      status,
      code: error?.code,
      message: error?.message,
      field: error?.field,
    })
    return {
      socket: answer(ack.ok === false ? null : 200, ack.error),
      http: answer(http.status(), http.body().errors?.[0]),
      osmand: answer(report.status(), report.body().errors?.[0]),
    }
  }

  test('the same bad point gets the same refusal by all three: {name}')
    .with(BAD_POINTS)
    .run(async ({ client, assert }, bad) => {
      const sender = await driverWithTracker(client)
      const point = {
        lat: PICKUP.lat,
        lng: PICKUP.lng,
        recordedAt: secondsAgo(5),
        accuracy: 8,
        ...bad.point,
      }
      const answers = await threeAnswers(client, sender, point, bad.osmand)

      assert.equal(answers.http.status, bad.status)
      assert.equal(answers.osmand.status, bad.status)
      assert.equal(answers.http.code, bad.code)
      assert.isString(answers.http.message)
      assert.match(answers.http.field!, /^points\.0\./)
      assert.deepEqual({ ...answers.socket, status: bad.status }, answers.http)
      assert.deepEqual(answers.osmand, answers.http)
      assert.equal(await countPings(sender.driver.id), 0)
    })

  test('who may send is decided now, by the same rule, on every way in', async ({
    client,
    assert,
  }) => {
    const sender = await driverWithTracker(client)
    // Demoted after the socket connected and the tracker was made.
    sender.driver.role = 'shipper'
    await sender.driver.save()
    await forgetDriverContexts(sender.driver.id)

    const point = { lat: PICKUP.lat, lng: PICKUP.lng, recordedAt: secondsAgo(5) }
    const answers = await threeAnswers(client, sender, point, {})
    const expected = {
      status: 403,
      code: 'E_NOT_A_DRIVER',
      message: 'Only drivers send positions',
      field: undefined,
    }
    assert.deepEqual(answers.http, expected)
    assert.deepEqual(answers.osmand, expected)
    assert.deepEqual({ ...answers.socket, status: 403 }, expected)
    assert.equal(await countPings(sender.driver.id), 0)
  })

  test('refusals and accepted points are counted on /metrics by way in', async ({
    client,
    assert,
  }) => {
    const sender = await driverWithTracker(client)
    const counts = async () => {
      const metric = await metricsRegistry.getSingleMetric('tracking_batches_refused_total')!.get()
      const byWay: Record<string, number> = {}
      for (const value of metric.values) {
        if (value.labels.code === 'E_FUTURE_TIMESTAMP')
          byWay[String(value.labels.source)] = value.value
      }
      return byWay
    }
    const before = await counts()
    const future = BAD_POINTS.find((bad) => bad.code === 'E_FUTURE_TIMESTAMP')!
    await threeAnswers(
      client,
      sender,
      { lat: PICKUP.lat, lng: PICKUP.lng, recordedAt: secondsAgo(-3600) },
      future.osmand
    )
    const after = await counts()
    for (const way of ['socket', 'http', 'osmand']) {
      assert.equal((after[way] ?? 0) - (before[way] ?? 0), 1, way)
    }

    // A good point by each way is counted as accepted under its way.
    const good = { lat: PICKUP.lat, lng: PICKUP.lng }
    const ack = await emitAck(sender.socket, 'positions', [{ ...good, recordedAt: secondsAgo(3) }])
    assert.isTrue(ack.ok)
    const http = await client
      .post('/api/v1/tracking/positions')
      .json({ points: [{ ...good, recordedAt: secondsAgo(2) }] })
      .loginAs(sender.driver)
    http.assertStatus(200)
    const report = await client.get(
      `/osmand?id=${sender.deviceId}&lat=${good.lat}&lon=${good.lng}&timestamp=${secondsAgo(1)}`
    )
    report.assertStatus(200)
    assert.equal(await countPings(sender.driver.id), 3)
    const text = await metricsRegistry.metrics()
    for (const way of ['socket', 'http', 'osmand']) {
      assert.match(
        text,
        new RegExp(`tracking_points_total\\{source="${way}",outcome="accepted"\\}`)
      )
    }
  })
})
