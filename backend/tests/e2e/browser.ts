import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import webConfig from '#config/web'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/**
 * Browser end-to-end helpers: Debian's Chromium driven by playwright-core
 * (never a downloaded browser), against the app the test HTTP server serves.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOTS = app.makePath('../docs/screenshots')

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
export async function newVisitor(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: { width: 1024, height: 720 },
    serviceWorkers: 'block',
  })
  const origin = appUrl('')
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => route.abort('internetdisconnected')
  )
  return context
}

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
