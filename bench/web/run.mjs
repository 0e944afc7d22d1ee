/**
 * Web performance budgets (`make bench`, or `node bench/web/run.mjs`):
 *
 * 1. initial JavaScript of the sign-in route, gzipped (budget < 250 kB);
 * 2. time to interactive of the sign-in page on a throttled mid-range phone
 *    (CDP: CPU ×4 and the network profiles below; budget < 5 s);
 * 3. frames per second of the dispatcher's fleet map while 2,000 trucks each
 *    send a position once a second over Socket.IO (budget ≥ 30).
 *
 * Debian's Chromium driven by playwright-core (never a downloaded browser);
 * loopback only: the built app (web/dist/browser) is served gzipped, like
 * nginx in production, by a small server in this process that also answers
 * the few API reads the pages make with fixtures and runs a real Socket.IO
 * server for the positions, so the numbers are the browser's alone. Every
 * step is bounded in time. Prints Markdown tables; exits 1 when a budget is
 * missed.
 */
import { createServer } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { createRequire } from 'node:module'
import { installServiceWorker, launchChromium, throttle } from './chromium.mjs'

const require = createRequire(import.meta.url)
const { Server } = require('socket.io')

const DIST = fileURLToPath(new URL('../../web/dist/browser/', import.meta.url))
const MARKERS = Number(process.env.BENCH_WEB_MARKERS ?? 2000)
const FPS_SECONDS = Number(process.env.BENCH_WEB_FPS_SECONDS ?? 10)
const TTI_RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3)
const BUDGET = { jsKb: 250, ttiS: 5, fps: 30 }

/** Network profiles, as Chrome DevTools defines them (latency per request, throughput). */
const NETWORKS = [
  { name: 'Slow 3G (DevTools)', latency: 2000, downKbps: 400, upKbps: 400 },
  { name: 'Fast 3G / Lighthouse mobile', latency: 562.5, downKbps: 1474.56, upKbps: 675 },
]

const log = (message) => process.stderr.write(`[bench:web] ${message}\n`)
const withTimeout = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: over ${ms} ms`)), ms)),
  ])

if (!existsSync(join(DIST, 'index.html'))) {
  log('the web app is not built: run "npm run build -w web" first')
  process.exit(2)
}

// ---- Fixtures: the API reads of the sign-in and dispatch pages ----------------------------
const NAIROBI = { lat: -1.2921, lng: 36.8219 }
const user = {
  id: 1,
  phone: '+254700000001',
  name: 'Bench Dispatcher',
  role: 'dispatcher',
  locale: 'en',
  organisation: { id: 1, name: 'Bench Carrier', kind: 'carrier', country: 'KE' },
  createdAt: '2026-01-01T00:00:00.000Z',
}
/** Truck i's position at second t: a slow circle around its own point near Nairobi. */
function truckAt(i, t) {
  const angle = (i * 137.5) % 360
  const r = 0.02 + (i % 50) * 0.008
  const baseLat = NAIROBI.lat + r * Math.cos((angle * Math.PI) / 180)
  const baseLng = NAIROBI.lng + r * Math.sin((angle * Math.PI) / 180)
  const step = (t % 3600) * 0.0004
  return {
    lat: baseLat + step * Math.cos(i),
    lng: baseLng + step * Math.sin(i),
    heading: (i * 7 + t) % 360,
  }
}
const nearby = Array.from({ length: Math.min(200, MARKERS) }, (_, k) => {
  const p = truckAt(k + 1, 0)
  return {
    driverId: k + 1,
    name: `Driver ${k + 1}`,
    phone: `+2547${String(k).padStart(8, '0')}`,
    organisationId: 1,
    lat: p.lat,
    lng: p.lng,
    distanceM: 1000,
    recordedAt: new Date().toISOString(),
    speed: 10,
    heading: p.heading,
    activeOrderId: k % 3 === 0 ? 100 + k : null,
    vehicle: { id: k + 1, plate: `KBX${k}`, type: 'flatbed_10t', capacityKg: 10000 },
  }
})
const API = {
  '/api/v1/config': {
    tileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
    defaultCountry: 'KE',
    locales: ['en', 'fr', 'sw'],
  },
  '/api/v1/me': user,
  '/api/v1/drivers/nearby': { data: nearby },
  '/api/v1/vehicle-types': {
    data: [
      {
        id: 1,
        code: 'flatbed_10t',
        name: 'Flatbed 10 t',
        body: 'flatbed',
        capacityKg: 10000,
        capacityM3: 35,
      },
    ],
  },
  '/api/v1/dispatch/exceptions': { data: [] },
  '/api/v1/orders': { data: [], meta: { currentPage: 1, lastPage: 1, perPage: 100, total: 0 } },
}

// ---- The server: the app gzipped, the fixtures, Socket.IO --------------------------------
const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
}
const gzipCache = new Map()
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x')
  if (url.pathname.startsWith('/api/')) {
    const body = API[url.pathname]
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' })
    return res.end(JSON.stringify(body ?? { errors: [{ code: 'E_NOT_FOUND', message: 'bench' }] }))
  }
  let file = normalize(join(DIST, url.pathname))
  if (!file.startsWith(DIST) || !existsSync(file) || url.pathname === '/')
    file = join(DIST, 'index.html')
  if (!extname(file)) file = join(DIST, 'index.html')
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/')
  let body = readFileSync(file)
  if (gzip) {
    if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(body))
    body = gzipCache.get(file)
  }
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  })
  res.end(body)
})
const io = new Server(server, { serveClient: false })
let tick = 0
io.on('connection', (socket) => {
  socket.on('watch', (_request, ack) => {
    socket.join('fleet')
    ack?.({ ok: true, room: 'fleet:platform' })
  })
  socket.on('unwatch', (_request, ack) => ack?.({ ok: true, room: 'fleet:platform' }))
})
/** Every truck once a second, spread over the second in 20 slices (like real phones). */
let positionTimer = null
function startPositions() {
  const slices = 20
  let slice = 0
  positionTimer = setInterval(() => {
    if (slice === 0) tick++
    const recordedAt = new Date().toISOString()
    for (let i = 1 + slice; i <= MARKERS; i += slices) {
      const p = truckAt(i, tick)
      io.to('fleet').emit('position', {
        driverId: i,
        orderId: i % 3 === 0 ? 100 + i : null,
        lat: p.lat,
        lng: p.lng,
        recordedAt,
        accuracy: 8,
        speed: 10,
        heading: p.heading,
        altitude: null,
        battery: null,
        latest: true,
      })
    }
    slice = (slice + 1) % slices
  }, 1000 / slices)
}

await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${server.address().port}`
log(`serving ${DIST} at ${origin}`)

const browser = await launchChromium()
const version = browser.version()

async function newPage({
  signedIn = false,
  viewport = { width: 412, height: 915 },
  serviceWorkers = 'block',
} = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers, locale: 'en-US' })
  // Loopback only: anything else (map tiles) is refused.
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => route.abort('internetdisconnected')
  )
  if (signedIn) {
    await context.addInitScript(
      ([u]) => {
        localStorage.setItem('njia.token', 'bench-token')
        localStorage.setItem('njia.user', u)
      },
      [JSON.stringify(user)]
    )
  }
  return { context, page: await context.newPage() }
}

// ---- 1. Initial JavaScript of the sign-in route --------------------------------------------
async function initialJs() {
  const { context, page } = await newPage()
  const scripts = new Map()
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') {
      scripts.set(response.url(), await response.body().catch(() => Buffer.alloc(0)))
    }
  })
  await page.goto(`${origin}/sign-in`, { waitUntil: 'networkidle' })
  await page.getByRole('button', { name: 'Send me a code' }).waitFor()
  await context.close()
  let raw = 0
  let gz = 0
  for (const body of scripts.values()) {
    raw += body.length
    gz += gzipSync(body).length
  }
  return { files: scripts.size, rawKb: raw / 1024, gzipKb: gz / 1024 }
}

// ---- 2. Time to interactive on a throttled phone -------------------------------------------
/**
 * TTI as Lighthouse words it, measured rather than simulated: from navigation
 * start to the later of (a) the sign-in button being on screen and enabled
 * and (b) the end of the last long task (> 50 ms) before 2 s of a quiet main
 * thread. Also reported: first contentful paint and bytes transferred.
 */
async function timeToInteractive(network, { returning = false } = {}) {
  const { context, page } = await newPage({ serviceWorkers: returning ? 'allow' : 'block' })
  if (returning) await installServiceWorker(page, origin)
  await page.addInitScript(() => {
    globalThis.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) globalThis.__longTasks.push(e.startTime + e.duration)
    }).observe({ type: 'longtask', buffered: true })
  })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  // A first visit has nothing cached; a returning one has what the service worker kept.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !returning })
  await throttle(cdp, network)
  let bytes = 0
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength))
  await page.goto(`${origin}/sign-in`, { waitUntil: 'commit', timeout: 60_000 })
  await page.getByRole('button', { name: 'Send me a code' }).waitFor({ timeout: 60_000 })
  await page.getByLabel('Phone number').waitFor({ state: 'visible' })
  const readyAt = await page.evaluate(() => performance.now())
  // Wait for a 2 s window with no long task (bounded).
  const deadline = Date.now() + 20_000
  for (;;) {
    const { now, last } = await page.evaluate(() => ({
      now: performance.now(),
      last: Math.max(0, ...globalThis.__longTasks),
    }))
    if (now - Math.max(last, readyAt) >= 2000 || Date.now() > deadline) break
    await page.waitForTimeout(250)
  }
  const result = await page.evaluate((ready) => {
    const lastLong = Math.max(0, ...globalThis.__longTasks)
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
    return {
      ttiMs: Math.max(ready, lastLong),
      fcpMs: fcp,
      longTasks: globalThis.__longTasks.length,
    }
  }, readyAt)
  await context.close()
  return { ...result, kb: bytes / 1024 }
}

// ---- 3. Dispatcher fleet map FPS -----------------------------------------------------------
async function fleetFps() {
  const { context, page } = await newPage({
    signedIn: true,
    viewport: { width: 1920, height: 1080 },
  })
  await page.goto(`${origin}/dispatch`)
  await page
    .getByTestId('socket-state')
    .and(page.locator('[data-state=connected]'))
    .waitFor({ timeout: 30_000 })
  startPositions()
  await page
    .locator(`njia-drivers-layer[data-count="${MARKERS}"]`)
    .waitFor({ state: 'attached', timeout: 30_000 })
  await page.waitForTimeout(2000) // settle: every truck has glided once
  const stats = await page.evaluate(async (seconds) => {
    const frames = []
    let events = 0
    const start = performance.now()
    await new Promise((resolve) => {
      const step = (t) => {
        frames.push(t)
        if (t - start < seconds * 1000) requestAnimationFrame(step)
        else resolve()
      }
      requestAnimationFrame(step)
    })
    const gaps = frames
      .slice(1)
      .map((t, i) => t - frames[i])
      .sort((a, b) => a - b)
    const elapsed = (frames.at(-1) - frames[0]) / 1000
    return {
      fps: (frames.length - 1) / elapsed,
      p95FrameMs: gaps[Math.floor(gaps.length * 0.95)],
      worstFrameMs: gaps.at(-1),
      drawn: document.querySelector('njia-drivers-layer')?.getAttribute('data-count'),
      events,
    }
  }, FPS_SECONDS)
  clearInterval(positionTimer)
  await context.close()
  return stats
}

const results = {}
try {
  log('1/3 initial JS of /sign-in')
  results.js = await withTimeout(initialJs(), 60_000, 'initial JS')
  results.tti = []
  const visits = [
    ...NETWORKS.map((network) => ({ network, returning: false })),
    { network: NETWORKS[0], returning: true },
  ]
  for (const { network: profile, returning } of visits) {
    const network = returning
      ? { ...profile, name: `${profile.name}, returning visit (service worker)` }
      : { ...profile, name: `${profile.name}, first visit` }
    const runs = []
    for (let i = 0; i < TTI_RUNS; i++) {
      log(`2/3 TTI, ${network.name}, run ${i + 1}/${TTI_RUNS}`)
      runs.push(await withTimeout(timeToInteractive(profile, { returning }), 150_000, 'TTI'))
    }
    runs.sort((a, b) => a.ttiMs - b.ttiMs)
    results.tti.push({ network, median: runs[Math.floor(runs.length / 2)], runs })
  }
  log(`3/3 fleet map FPS with ${MARKERS} trucks moving every second`)
  results.fps = await withTimeout(fleetFps(), 90_000, 'FPS')
} finally {
  await browser.close()
  io.close()
  server.close()
}

// ---- Report ------------------------------------------------------------------------------
const ok = (pass) => (pass ? 'yes' : '**no**')
const r1 = (n) => (Math.round(n * 10) / 10).toFixed(1)
const cpu = cpus()[0]?.model ?? 'unknown CPU'
const lines = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpu.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Chromium ${version} (headless, Debian), Node ${process.versions.node}.`,
  '',
  '| budget | measured | limit | met |',
  '|---|---|---|---|',
  `| initial JS of /sign-in, gzipped | ${r1(results.js.gzipKb)} kB (${results.js.files} files, ${r1(results.js.rawKb)} kB raw) | < ${BUDGET.jsKb} kB | ${ok(results.js.gzipKb < BUDGET.jsKb)} |`,
]
for (const { network, median } of results.tti) {
  lines.push(
    `| time to interactive of /sign-in, CPU ×4, ${network.name} | ${r1(median.ttiMs / 1000)} s (median of ${TTI_RUNS}) | < ${BUDGET.ttiS} s | ${ok(median.ttiMs / 1000 < BUDGET.ttiS)} |`
  )
}
lines.push(
  `| dispatcher fleet map, ${MARKERS} trucks moving every second | ${r1(results.fps.fps)} fps | ≥ ${BUDGET.fps} fps | ${ok(results.fps.fps >= BUDGET.fps)} |`
)
lines.push(
  '',
  '| network profile (CPU ×4) | latency | down / up | TTI runs (s) | first paint (s) | transferred | long tasks |',
  '|---|---|---|---|---|---|---|'
)
for (const { network, median, runs } of results.tti) {
  lines.push(
    `| ${network.name} | ${network.latency} ms | ${network.downKbps} / ${network.upKbps} kbit/s | ${runs.map((r) => r1(r.ttiMs / 1000)).join(', ')} | ${median.fcpMs === null ? '–' : r1(median.fcpMs / 1000)} | ${r1(median.kb)} kB | ${median.longTasks} |`
  )
}
lines.push(
  '',
  `Fleet map over ${FPS_SECONDS} s at 1920×1080 (no CPU throttling: a dispatcher's desktop): ${r1(results.fps.fps)} fps, p95 frame ${r1(results.fps.p95FrameMs)} ms, worst frame ${r1(results.fps.worstFrameMs)} ms, ${results.fps.drawn} markers on the canvas.`
)
process.stdout.write(lines.join('\n') + '\n')
const missed =
  results.js.gzipKb >= BUDGET.jsKb ||
  results.tti.some(({ median }) => median.ttiMs / 1000 >= BUDGET.ttiS) ||
  results.fps.fps < BUDGET.fps
process.exitCode = missed ? 1 : 0
