/**
 * What the web benches share: Debian's Chromium through playwright-core
 * (never a downloaded browser), DevTools-style network and CPU throttling,
 * and a returning visitor's installed service worker.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { chromium } = require('playwright-core')

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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

/** DevTools' network profile `{ latency, downKbps, upKbps }` and CPU ×4 on a page's CDP session. */
export async function throttle(cdp, { latency, downKbps, upKbps }) {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency,
    downloadThroughput: (downKbps * 1024) / 8,
    uploadThroughput: (upKbps * 1024) / 8,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
}

/**
 * A returning visitor: the sign-in opened once on a good network, until the
 * service worker (registered when the app is stable) controls the page and
 * holds every file of the app shell in its cache (ngsw fetches them after it
 * activates; its /ngsw/state shows the manifest before they are all in).
 * Polled from Node: page.waitForFunction takes the promise an async predicate
 * returns for a truthy answer, and would return at once.
 */
export async function installServiceWorker(page, origin, { timeoutMs = 90_000 } = {}) {
  await page.goto(`${origin}/sign-in`)
  await page.getByRole('button', { name: 'Send me a code' }).waitFor({ timeout: timeoutMs })
  const shellCached = () =>
    page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return false
      const manifest = await (await fetch('/ngsw.json', { cache: 'no-store' })).json()
      const shell = manifest.assetGroups.find((group) => group.name === 'app-shell')
      const cached = await Promise.all(shell.urls.map((url) => caches.match(url)))
      return cached.every(Boolean)
    })
  const deadline = Date.now() + timeoutMs
  while (!(await shellCached())) {
    if (Date.now() > deadline) throw new Error('the service worker did not cache the app shell')
    await page.waitForTimeout(500)
  }
}
