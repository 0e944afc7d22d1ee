import { test } from '@japa/runner'
import OsrmRouter from '#tracking/routing/osrm_router'
import RoutePlanner from '#tracking/services/route_planner'
import { isolateDatabase } from '#tests/helpers'
import { startFakeProvider } from '#tests/fake_http_server'
import {
  assignedOrder,
  DROPOFF,
  PICKUP,
  point,
  trackingOrg,
  trackingUser,
  geofencesSettled,
  routeWith,
} from '#tests/tracking_fixtures'

/** What OSRM's /route/v1/driving answers (trimmed to the fields we read plus a few real ones). */
const OSRM_OK = {
  code: 'Ok',
  routes: [
    {
      geometry: {
        type: 'LineString',
        coordinates: [
          [36.8172, -1.2864],
          [36.9, -1.2],
          [37.0693, -1.0333],
        ],
      },
      legs: [{ steps: [], summary: '', weight: 2710.3, duration: 2710.3, distance: 45123.4 }],
      weight_name: 'routability',
      weight: 2710.3,
      duration: 2710.3,
      distance: 45123.4,
    },
  ],
  waypoints: [
    { hint: 'x', distance: 3.1, name: 'Moi Avenue', location: [36.8172, -1.2864] },
    { hint: 'y', distance: 8.2, name: 'Thika Road', location: [37.0693, -1.0333] },
  ],
}

test.group('tracking / OSRM-compatible router', (group) => {
  isolateDatabase(group)

  test('asks /route/v1/driving/lng,lat;lng,lat for a GeoJSON overview and reads the route', async ({
    assert,
  }) => {
    const osrm = await startFakeProvider(() => ({ status: 200, body: OSRM_OK }))
    try {
      const route = await new OsrmRouter(`${osrm.url}/osrm`).route([PICKUP, DROPOFF])
      assert.equal(route.source, 'osrm')
      assert.equal(route.distanceM, 45123.4)
      assert.equal(route.durationS, 2710.3)
      assert.lengthOf(route.coordinates, 3)
      const url = new URL(osrm.requests[0].url, 'http://x')
      assert.equal(url.pathname, '/osrm/route/v1/driving/36.817200,-1.286400;37.069300,-1.033300')
      assert.equal(url.searchParams.get('overview'), 'full')
      assert.equal(url.searchParams.get('geometries'), 'geojson')
    } finally {
      await osrm.close()
    }
  })

  test('falls back to a straight line when the router says NoRoute or is down', async ({
    assert,
  }) => {
    const osrm = await startFakeProvider(() => ({
      status: 400,
      body: { code: 'NoRoute', message: 'Impossible route between points' },
    }))
    try {
      const route = await new RoutePlanner(new OsrmRouter(osrm.url)).plan([PICKUP, DROPOFF])
      assert.equal(route.source, 'straight')
      assert.deepEqual(route.coordinates, [
        [PICKUP.lng, PICKUP.lat],
        [DROPOFF.lng, DROPOFF.lat],
      ])
    } finally {
      await osrm.close()
    }
    const down = await new RoutePlanner(new OsrmRouter('http://127.0.0.1:9', 500)).plan([
      PICKUP,
      DROPOFF,
    ])
    assert.equal(down.source, 'straight')
  })

  test('with an OSRM router in the container the track shows the routed plan and the router ETA', async ({
    client,
    assert,
  }) => {
    const osrm = await startFakeProvider(() => ({ status: 200, body: OSRM_OK }))
    const restore = await routeWith(new OsrmRouter(osrm.url))
    try {
      const carrier = await trackingOrg()
      const driver = await trackingUser('driver', carrier)
      const shipper = await trackingUser('shipper')
      const order = await assignedOrder(shipper, driver, carrier, 'in_transit')
      await client
        .post('/api/v1/tracking/positions')
        .json({ points: [point(1, PICKUP, 10)] })
        .loginAs(driver)
      const response = await client.get(`/api/v1/orders/${order.id}/track`).loginAs(shipper)
      response.assertStatus(200)
      assert.equal(response.body().planned.properties.source, 'osrm')
      assert.lengthOf(response.body().planned.geometry.coordinates, 3)
      assert.include(response.body().eta, { nextStop: 'dropoff', source: 'osrm', seconds: 2710 })
      await geofencesSettled()
    } finally {
      await restore()
      await osrm.close()
    }
  })
})
