// Dairy collections: cooperatives, centres, routes, farmers, collections and their sync.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const CooperativesController = () => import('#collections/controllers/cooperatives_controller')
const CollectionRoutesController = () =>
  import('#collections/controllers/collection_routes_controller')
const FarmersController = () => import('#collections/controllers/farmers_controller')
const CollectionsController = () => import('#collections/controllers/collections_controller')
const StatementsController = () => import('#collections/controllers/statements_controller')
const IntakesController = () => import('#collections/controllers/intakes_controller')
const ReportsController = () => import('#collections/controllers/reports_controller')
const PayoutRunsController = () => import('#collections/controllers/payout_runs_controller')

router
  .group(() => {
    router.post('/cooperatives', [CooperativesController, 'store'])
    router.get('/cooperatives/mine', [CooperativesController, 'mine'])
    router.get('/cooperatives/:id', [CooperativesController, 'show'])
    router.patch('/cooperatives/:id', [CooperativesController, 'update'])
    router.get('/cooperatives/:id/centres', [CooperativesController, 'centres'])
    router.post('/cooperatives/:id/centres', [CooperativesController, 'storeCentre'])

    router.get('/cooperatives/:id/routes', [CollectionRoutesController, 'index'])
    router.post('/cooperatives/:id/routes', [CollectionRoutesController, 'store'])
    router.get('/collection-routes/mine', [CollectionRoutesController, 'mine'])
    router.get('/collection-routes/:id', [CollectionRoutesController, 'show'])
    router.get('/collection-routes/:id/today', [CollectionRoutesController, 'today'])
    router.patch('/collection-routes/:id', [CollectionRoutesController, 'update'])

    router.get('/cooperatives/:id/farmers', [FarmersController, 'index'])
    router.post('/cooperatives/:id/farmers', [FarmersController, 'store'])
    router.patch('/farmers/:id', [FarmersController, 'update'])
    router.post('/farmers/:id/approve', [FarmersController, 'approve'])

    router.post('/collections/sync', [CollectionsController, 'sync'])
    router.get('/cooperatives/:id/collections', [CollectionsController, 'index'])
    router.post('/collections/:id/correct', [CollectionsController, 'correct'])

    router.get('/cooperatives/:id/prices', [StatementsController, 'prices'])
    router.put('/cooperatives/:id/prices', [StatementsController, 'setPrices'])
    router.post('/farmers/:id/adjustments', [StatementsController, 'addAdjustment'])
    router.get('/farmers/:id/statement', [StatementsController, 'show'])
    router.post('/farmers/:id/statement/sms', [StatementsController, 'sendSms'])

    router.post('/collection-routes/:id/intakes', [IntakesController, 'store'])
    router.get('/cooperatives/:id/variance', [IntakesController, 'variance'])
    router.get('/cooperatives/:id/dashboard', [ReportsController, 'dashboard'])

    router.get('/cooperatives/:id/payout-runs', [PayoutRunsController, 'index'])
    router.post('/cooperatives/:id/payout-runs', [PayoutRunsController, 'store'])
    router.get('/payout-runs/:id', [PayoutRunsController, 'show'])
    // Sending money needs a recent sign-in, like the console's payout actions.
    router
      .group(() => {
        router.post('/payout-runs/:id/approve', [PayoutRunsController, 'approve'])
        router.post('/payout-runs/:id/lines/:lineId/retry', [PayoutRunsController, 'retry'])
      })
      .use(middleware.recentSignIn())
  })
  .prefix('/api/v1')
  .use(middleware.auth())
