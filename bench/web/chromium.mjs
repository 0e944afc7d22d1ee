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
 * service worker (registered when the app is stable) has installed and
 * prefetched the app shell and controls the page (ngsw's /ngsw/state).
 */
export async function installServiceWorker(page, origin, { timeoutMs = 60_000 } = {}) {
  await page.goto(`${origin}/sign-in`)
  await page.getByRole('button', { name: 'Send me a code' }).waitFor({ timeout: timeoutMs })
  await page.waitForFunction(
    async () => {
      if (!navigator.serviceWorker.controller) return false
      const state = await (await fetch('/ngsw/state')).text()
      return /Driver state: NORMAL/.test(state) && /Latest manifest hash: [0-9a-f]{6,}/.test(state)
    },
    null,
    { timeout: timeoutMs + 30_000, polling: 1000 }
  )
}
