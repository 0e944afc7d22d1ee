import { readFileSync } from 'node:fs'
import type { LatLng } from '#core/models/geo_point'

/**
 * The open water of the large lakes, from `data/lakes.json`: Natural
 * Earth's land (the sea check's) counts lakes as land, so a pin in the
 * middle of Lake Victoria would pass for a place on shore.
 */
const { lakes } = JSON.parse(
  readFileSync(new URL('./data/lakes.json', import.meta.url), 'utf8')
) as { lakes: { name: string; ring: [number, number][] }[] }

/** The lake whose open water holds the point (ray casting over the ring), if any. */
export function lakeAt({ lat, lng }: LatLng): string | null {
  for (const { name, ring } of lakes) {
    let inside = false
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]
      const [xj, yj] = ring[j]
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
    }
    if (inside) return name
  }
  return null
}
