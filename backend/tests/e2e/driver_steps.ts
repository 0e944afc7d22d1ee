import db from '@adonisjs/lucid/services/db'
import type { BrowserContext, Page } from 'playwright-core'
import type User from '#accounts/models/user'
import { PNG } from '#tests/fleet_fixtures'
import { PICKUP, stopRealtime, tokenFor, geofencesSettled } from '#tests/tracking_fixtures'
import { appUrl, latestSignInCode } from './browser.js'

/**
 * What a driver does in the web app, for the browser end-to-end tests:
 * sign in, drive along a route (emulated geolocation), sign a proof of
 * delivery, and the checks on what reached the database.
 */

/** Nairobi CBD towards Thika: one point every ~220 m. */
export function routePoint(i: number) {
  return {
    latitude: Number((PICKUP.lat + i * 0.0015).toFixed(6)),
    longitude: Number((PICKUP.lng + i * 0.0015).toFixed(6)),
    accuracy: 10,
  }
}

/**
 * Signs the context in without the SMS round trip (the first test covers
 * that): the session the app keeps in localStorage, from a real token.
 */
export async function restoreSession(context: BrowserContext, user: User) {
  const token = await tokenFor(user)
  const me = await fetch(appUrl('/api/v1/me'), { headers: { Authorization: `Bearer ${token}` } })
  const session = { token, user: JSON.stringify(await me.json()) }
  await context.addInitScript((stored) => {
    localStorage.setItem('njia.token', stored.token)
    localStorage.setItem('njia.user', stored.user)
  }, session)
}

export async function signInAsDriver(page: Page, phone: string) {
  await page.goto(appUrl('/sign-in'))
  await page.getByLabel('Phone number').fill(phone)
  await page.getByRole('button', { name: 'Send me a code' }).click()
  await page.getByText(`We sent a code to ${phone}`).waitFor()
  await page.getByLabel('Code from the SMS').fill(await latestSignInCode(phone))
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL(appUrl('/'))
}

/** Moves the emulated phone along the route, one fix at a time. */
export async function drive(context: BrowserContext, page: Page, from: number, to: number) {
  for (let i = from; i < to; i++) {
    await context.setGeolocation(routePoint(i))
    await page.waitForTimeout(250)
  }
}

/** Draws a wavy line on the signature pad, as a finger would. */
export async function sign(page: Page) {
  await page.getByTestId('signature-pad').scrollIntoViewIfNeeded()
  const pad = (await page.getByTestId('signature-pad').boundingBox())!
  await page.mouse.move(pad.x + 20, pad.y + 100)
  await page.mouse.down()
  for (let x = 20; x < 260; x += 20) {
    await page.mouse.move(pad.x + x, pad.y + 100 - Math.sin(x / 30) * 40)
  }
  await page.mouse.up()
}

export async function attachPhoto(page: Page) {
  await page.getByLabel('Photo of the delivered goods').setInputFiles({
    name: 'goods.png',
    mimeType: 'image/png',
    buffer: PNG,
  })
}

/** Asserts each route point from..to-1 is stored exactly once. */
export async function assertEachPointOnce(
  assert: { lengthOf(v: unknown[], n: number, m?: string): void },
  driverId: number,
  from: number,
  to: number
) {
  const pings = await pingsAt(driverId)
  for (let i = from; i < to; i++) {
    const { latitude, longitude } = routePoint(i)
    const matches = pings.filter((p) => p.lat === latitude && p.lng === longitude)
    assert.lengthOf(matches, 1, `route point ${i} stored ${matches.length} times`)
  }
}

/**
 * Lets the server finish with a closed app before the test's transaction
 * is rolled back: a batch acked just before closing still has its geofence
 * check to run, which would otherwise land in the next test's transaction.
 */
export async function closeApp(context: BrowserContext) {
  await context.close()
  await stopRealtime()
  await geofencesSettled()
}

export async function pingsAt(driverId: number) {
  const result = await db.rawQuery(
    `SELECT round(ST_Y(position::geometry)::numeric, 6)::float AS lat,
            round(ST_X(position::geometry)::numeric, 6)::float AS lng
       FROM gps_pings WHERE driver_id = ?`,
    [driverId]
  )
  return result.rows as { lat: number; lng: number }[]
}
