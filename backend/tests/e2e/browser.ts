/// <reference lib="dom" /> // page.evaluate() callbacks run in the browser
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import webConfig from '#config/web'
import type { Group } from '@japa/runner/core'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { startRealtime, stopRealtime } from '#tests/tracking_fixtures'

/**
 * Browser end-to-end helpers: Debian's Chromium driven by playwright-core
 * (never a downloaded browser), against the app the test HTTP server serves.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/**
 * Screenshots go to backend/tmp/screenshots, so `make test` leaves the tree
 * clean; `UPDATE_SCREENSHOTS=1` writes the committed ones in docs/screenshots
 * (shown in the README).
 */
export const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? app.makePath('../docs/screenshots')
    : app.makePath('tmp/screenshots')

export function appUrl(path = '/') {
  return `http://${env.get('HOST')}:${env.get('PORT')}${path}`
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(join(webConfig.distDir, 'index.html'))) {
    throw new Error(
      `The web app is not built (${webConfig.distDir}): run "npm run build -w web" first`
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * A fresh profile in English, like a first visit. Anything outside the app
 * (map tiles) is refused, as on this machine with no internet; the service
 * worker is off so every run sees the current build.
 */
export async function newVisitor(
  browser: Browser,
  where: BrowserContextOptions = {}
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1024, height: 720 },
    serviceWorkers: 'block',
    ...where,
  })
  const origin = appUrl('')
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => route.abort('internetdisconnected')
  )
  return context
}

/** A cheap phone's screen, the size every journey of a first day is walked at. */
export const PHONE = { width: 360, height: 800 }

export async function screenshot(page: Page, name: string) {
  await mkdir(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/** The newest sign-in code texted to `phone`, read from the dev outbox. */
export async function latestSignInCode(phone: string): Promise<string> {
  const response = await fetch(appUrl(`/api/v1/dev/outbox?to=${encodeURIComponent(phone)}`))
  const { data } = (await response.json()) as { data: { to: string; body: string }[] }
  const code = data[0]?.body.match(/\b(\d{4,8})\b/)?.[1]
  if (!code) throw new Error(`No sign-in code in the outbox for ${phone}`)
  return code
}

/** A Kenyan mobile number no other run uses, so per-phone rate limits never collide. */
export function uniquePhone() {
  return `+25471${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`
}

/** A call to the API as `token` (test setup through the real endpoints). */
export async function apiCall<T = any>(
  token: string | null,
  method: string,
  path: string,
  body?: unknown
): Promise<T> {
  const response = await fetch(appUrl(path), {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return (text ? JSON.parse(text) : undefined) as T
}

/**
 * Opens the app already signed in as the token's user, as after a sign-in by
 * code on that phone (the code flow itself is covered by sign_in.spec.ts).
 */
export async function signedInContext(
  browser: Browser,
  token: string,
  options: { viewport?: { width: number; height: number } } = {}
): Promise<BrowserContext> {
  const context = await newVisitor(browser)
  if (options.viewport) await context.pages()[0]?.setViewportSize(options.viewport)
  const user = await apiCall(token, 'GET', '/api/v1/me')
  await context.addInitScript(
    ([t, u]) => {
      if (!localStorage.getItem('njia.token')) {
        localStorage.setItem('njia.token', t)
        localStorage.setItem('njia.user', u)
      }
    },
    [token, JSON.stringify(user)] as const
  )
  return context
}

/**
 * For a group of live-page tests: the realtime server and one Chromium for
 * the whole group, both stopped after it. Returns the browser's getter.
 */
export function chromiumWithRealtime(group: Group): () => Browser {
  let browser: Browser
  group.setup(async () => {
    await startRealtime()
    browser = await launchChromium()
    return async () => {
      await browser.close()
      await stopRealtime()
    }
  })
  return () => browser
}
