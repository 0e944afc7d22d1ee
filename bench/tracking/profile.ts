/**
 * Sums a V8 CPU profile (`BENCH_CPU_PROF` writes one per API process) by
 * function, so the biggest costs of a phase can be read without DevTools:
 *
 *   node bench/tracking/profile.ts <file.cpuprofile> [fromS toS] [top]
 *
 * First a timeline (busy ms per second of the profile, to find the phase),
 * then, for the samples between fromS and toS (seconds since the profile
 * started; the whole profile by default): the functions by self time, the
 * functions by inclusive time (each counted once per sample, however deep
 * it recurses), and self time by package (node_modules/<name>, node:
 * built-ins, our app/ code).
 */
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
}

const [file, fromArg, toArg, topArg] = process.argv.slice(2)
if (!file) {
  process.stderr.write('usage: profile.ts <file.cpuprofile> [fromS toS] [top]\n')
  process.exit(2)
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const top = Number(topArg ?? 40)
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map<number, number>()
for (const node of profile.nodes)
  for (const child of node.children ?? []) parent.set(child, node.id)

/** Not work: the process waiting, or the profiler's own bookkeeping. */
const IDLE = new Set(['(idle)', '(program)'])
const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame
  const where = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '')
  return `${functionName || '(anonymous)'} ${where ? `${where.replace(/^.*\/backend\//, '')}:${lineNumber + 1}` : ''}`.trim()
}
const packageOf = (node: ProfileNode) => {
  const { url, functionName } = node.callFrame
  if (!url) return functionName.startsWith('(') ? functionName : '(native)'
  if (url.startsWith('node:')) return 'node: built-ins'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg) return pkg[1]
  const app = /\/backend\/(app|config|start|providers|database)\/([^/]+)/.exec(url)
  return app ? `njia ${app[1]}/${app[2]}` : url.replace(/^file:\/\//, '')
}

// Sample times, in seconds since the profile started.
const times: number[] = []
let t = 0
for (const delta of profile.timeDeltas) times.push((t += delta) / 1e6)
const from = fromArg === undefined ? 0 : Number(fromArg)
const to = toArg === undefined ? Infinity : Number(toArg)

const timeline = new Map<number, { busy: number; all: number }>()
const self = new Map<string, number>()
const inclusive = new Map<string, number>()
const packages = new Map<string, number>()
let busy = 0
let all = 0
profile.samples.forEach((id, i) => {
  const node = byId.get(id)!
  const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]) / 1000
  const second = Math.floor(times[i])
  const slot = timeline.get(second) ?? { busy: 0, all: 0 }
  slot.all += ms
  if (!IDLE.has(node.callFrame.functionName)) slot.busy += ms
  timeline.set(second, slot)
  if (times[i] < from || times[i] >= to) return
  all += ms
  if (IDLE.has(node.callFrame.functionName)) return
  busy += ms
  self.set(label(node), (self.get(label(node)) ?? 0) + ms)
  packages.set(packageOf(node), (packages.get(packageOf(node)) ?? 0) + ms)
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at)!)
    if (seen.has(name)) continue
    seen.add(name)
    inclusive.set(name, (inclusive.get(name) ?? 0) + ms)
  }
})

const out: string[] = ['second | busy ms | sampled ms']
for (const [second, slot] of [...timeline].sort((a, b) => a[0] - b[0]))
  out.push(`${second} | ${slot.busy.toFixed(0)} | ${slot.all.toFixed(0)}`)
const table = (title: string, values: Map<string, number>) => {
  out.push('', `${title} (of ${busy.toFixed(0)} busy ms in ${all.toFixed(0)} ms sampled)`, '')
  for (const [name, ms] of [...values].sort((a, b) => b[1] - a[1]).slice(0, top))
    out.push(
      `${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${ms.toFixed(0).padStart(7)} ms  ${name}`
    )
}
table('Self time by package', packages)
table('Self time by function', self)
table('Inclusive time by function', inclusive)
process.stdout.write(out.join('\n') + '\n')
