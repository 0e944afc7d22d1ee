// Freight marketplace: orders, load board, bids, dispatch, execution, proof of delivery,
// disputes, ratings and the timeline.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const OrdersController = () => import('#orders/controllers/orders_controller')
const OrderBidsController = () => import('#orders/controllers/order_bids_controller')
const OrderDispatchController = () => import('#orders/controllers/order_dispatch_controller')
const OrderExecutionController = () => import('#orders/controllers/order_execution_controller')
const OrderDisputesController = () => import('#orders/controllers/order_disputes_controller')
const AdminDisputesController = () => import('#orders/controllers/admin_disputes_controller')
const RatingsController = () => import('#orders/controllers/ratings_controller')

router
  .group(() => {
    router.get('/orders', [OrdersController, 'index'])
    router.post('/orders', [OrdersController, 'store'])
    router.get('/orders/:id', [OrdersController, 'show'])
    router.patch('/orders/:id', [OrdersController, 'update'])
    router.post('/orders/:id/post', [OrdersController, 'post'])
    router.post('/orders/:id/cancel', [OrdersController, 'cancel'])
    router.get('/orders/:id/events', [OrdersController, 'events'])
    router.get('/orders/:id/crew', [OrdersController, 'crew'])
    router.get('/orders/:id/crew/photo', [OrdersController, 'crewPhoto'])
    router.post('/orders/:id/cargo-photos', [OrdersController, 'addCargoPhoto'])
    router.get('/orders/:id/cargo-photos/:index', [OrdersController, 'cargoPhoto'])

    router.get('/bids', [OrderBidsController, 'mine'])
    router.get('/orders/:id/bids', [OrderBidsController, 'index'])
    router.post('/orders/:id/bids', [OrderBidsController, 'store'])
    router.patch('/orders/:id/bids/:bidId', [OrderBidsController, 'update'])
    router.delete('/orders/:id/bids/:bidId', [OrderBidsController, 'destroy'])
    router.post('/orders/:id/accept-bid', [OrderBidsController, 'accept'])

    router.post('/orders/:id/assign', [OrderDispatchController, 'assign'])
    router.post('/orders/:id/unassign', [OrderDispatchController, 'unassign'])
    router.get('/orders/:id/suggestions', [OrderDispatchController, 'suggestions'])

    router.post('/orders/:id/status', [OrderExecutionController, 'status'])
    router.post('/orders/:id/proof-of-delivery', [OrderExecutionController, 'proofOfDelivery'])
    router.get('/orders/:id/proof-of-delivery', [OrderExecutionController, 'showProof'])
    router.get('/orders/:id/proof-of-delivery/:file', [OrderExecutionController, 'proofFile'])
    router.post('/orders/:id/confirm-delivery', [OrderExecutionController, 'confirm'])

    router.post('/orders/:id/dispute', [OrderDisputesController, 'store'])
    router.get('/orders/:id/dispute', [OrderDisputesController, 'show'])
    router.get('/orders/:id/dispute/evidence/:index', [OrderDisputesController, 'evidence'])

    router.get('/admin/disputes', [AdminDisputesController, 'index'])
    router.get('/admin/disputes/:id', [AdminDisputesController, 'show'])
    router
      .post('/admin/disputes/:id/decision', [AdminDisputesController, 'decide'])
      .use(middleware.recentSignIn())

    router.post('/orders/:id/rate', [RatingsController, 'store'])
    router.get('/ratings/organisations/:id', [RatingsController, 'organisation'])
    router.get('/ratings/users/:id', [RatingsController, 'user'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
