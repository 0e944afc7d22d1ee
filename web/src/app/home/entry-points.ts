import { Capability, Role } from '../core/api/api-types';

/**
 * What each role can start from on the home page. An entry without `link` is
 * not built yet and is shown as "coming soon"; no entry shows made-up data.
 */
export interface EntryPoint {
  id: string;
  /** Translation keys under `home.entries.<id>`: title, body. */
  link?: string;
  /** A page served by the API itself (e.g. /docs), opened outside the app router. */
  external?: boolean;
  /** Shown only to a driver assigned to a milk route (GET /collection-routes/mine). */
  routeDriversOnly?: boolean;
  /** Shown only when `/me` has this capability: the one the linked page's guard asks for. */
  needs?: Capability;
}

const map: EntryPoint = { id: 'map', link: '/map' };
const profile: EntryPoint = { id: 'profile', link: '/profile' };

export const ENTRY_POINTS: Record<Role, EntryPoint[]> = {
  shipper: [
    { id: 'postLoad', link: '/orders/new', needs: 'post_orders' },
    { id: 'myOrders', link: '/orders', needs: 'post_orders' },
    { id: 'bids', link: '/orders', needs: 'post_orders' },
    map,
    profile,
  ],
  driver: [
    { id: 'loadBoard', link: '/driver', needs: 'drive' },
    { id: 'myJobs', link: '/driver', needs: 'drive' },
    { id: 'onDuty', link: '/driver', needs: 'drive' },
    { id: 'milkRoute', link: '/collect/route', routeDriversOnly: true, needs: 'run_milk_routes' },
    { id: 'vehicles', link: '/fleet' },
    map,
    profile,
  ],
  dispatcher: [
    { id: 'fleetMap', link: '/dispatch', needs: 'watch_fleet' },
    { id: 'orderBoard', link: '/dispatch', needs: 'watch_fleet' },
    { id: 'collectionRoutes' },
    { id: 'exceptions', link: '/dispatch', needs: 'watch_fleet' },
    { id: 'vehicles', link: '/fleet' },
    { id: 'earnings', link: '/earnings' },
    profile,
  ],
  clerk: [
    { id: 'recordCollections', link: '/collect', needs: 'work_in_cooperative' },
    { id: 'milkRoute', link: '/collect/route', needs: 'run_milk_routes' },
    { id: 'farmers' },
    profile,
  ],
  grader: [{ id: 'recordCollections', link: '/collect', needs: 'work_in_cooperative' }, profile],
  admin: [
    { id: 'console', link: '/console' },
    { id: 'users', link: '/console/accounts', needs: 'administer_accounts' },
    { id: 'ledger', link: '/console/money', needs: 'administer_money' },
    { id: 'apiDocs', link: '/docs', external: true },
    map,
    profile,
  ],
};

/** A cooperative's manager (its owner or a dispatcher of it) starts from its dashboard. */
export const COOPERATIVE_MANAGER_ENTRY_POINTS: EntryPoint[] = [
  { id: 'cooperativeDashboard', link: '/cooperative', needs: 'manage_cooperative' },
  // The manager records milk too (the API lets every member of the cooperative).
  { id: 'recordCollections', link: '/collect', needs: 'work_in_cooperative' },
  { id: 'routeMaps', link: '/collect/route', needs: 'run_milk_routes' },
  { id: 'farmerPayouts', link: '/cooperative/payouts', needs: 'manage_cooperative' },
  { id: 'farmers' },
  { id: 'organisation', link: '/organisation' },
  profile,
];
