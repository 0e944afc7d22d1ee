import { indexEntities } from '@adonisjs/core'
import { defineConfig } from '@adonisjs/core/app'
import { indexPolicies } from '@adonisjs/bouncer'

export default defineConfig({
  experimental: {},

  commands: [
    () => import('@adonisjs/core/commands'),
    () => import('@adonisjs/lucid/commands'),
    () => import('@adonisjs/bouncer/commands'),
  ],

  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    {
      file: () => import('@adonisjs/core/providers/repl_provider'),
      environment: ['repl', 'test'],
    },
    () => import('@adonisjs/core/providers/vinejs_provider'),
    () => import('@adonisjs/cors/cors_provider'),
    () => import('@adonisjs/auth/auth_provider'),
    () => import('@adonisjs/redis/redis_provider'),
    () => import('@adonisjs/bouncer/bouncer_provider'),
    () => import('#providers/app_provider'),
    () => import('#providers/embedded_database_provider'),
    () => import('@adonisjs/lucid/database_provider'),
    () => import('@adonisjs/limiter/limiter_provider'),
    () => import('#providers/realtime_provider'),
    () => import('@adonisjs/drive/drive_provider'),
    () => import('#providers/queue_provider'),
  ],

  preloads: [() => import('#start/routes'), () => import('#start/kernel')],

  tests: {
    suites: [
      {
        files: ['tests/unit/**/*.spec.{ts,js}'],
        name: 'unit',
        timeout: 5000,
      },
      {
        files: ['tests/functional/**/*.spec.{ts,js}'],
        name: 'functional',
        timeout: 30000,
      },
      {
        files: ['tests/e2e/**/*.spec.{ts,js}'],
        name: 'e2e',
        timeout: 120000,
      },
    ],
    forceExit: false,
  },

  metaFiles: [],

  hooks: {
    init: [
      // One folder per capability (docs/architecture.md): the barrels index
      // app/<capability>/controllers and app/<capability>/policies.
      indexEntities({
        controllers: { source: './app', glob: ['**/*_controller.ts'], importAlias: '#app' },
      }),
      indexPolicies({ source: './app', glob: ['**/*_policy.ts'], importAlias: '#app' }),
    ],
  },
})
