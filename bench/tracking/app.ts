/**
 * Boots the Njia backend (console environment: no HTTP server) inside a
 * bench script, so seeding and the nearby benchmark use the real models
 * and services. Env comes from the caller (scripts/bench.sh).
 */
const BACKEND = new URL('../../backend/', import.meta.url)

export async function bootBackend() {
  await import('reflect-metadata')
  const { Ignitor } = await import('@adonisjs/core')
  const importer = (filePath: string) =>
    filePath.startsWith('./') || filePath.startsWith('../')
      ? import(new URL(filePath, BACKEND).href)
      : import(filePath)
  const app = new Ignitor(BACKEND, { importer }).createApp('console')
  app.booting(async () => {
    await import(new URL('start/env.ts', BACKEND).href)
  })
  await app.init()
  await app.boot()
  await app.start(async () => {})
  return {
    app,
    load: <T = any>(path: string): Promise<T> => import(new URL(path, BACKEND).href),
  }
}
