import { Role } from '../core/api/api-types';

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
}

const map: EntryPoint = { id: 'map', link: '/map' };
const profile: EntryPoint = { id: 'profile', link: '/profile' };

export const ENTRY_POINTS: Record<Role, EntryPoint[]> = {
  shipper: [
    { id: 'postLoad', link: '/orders/new' },
    { id: 'myOrders', link: '/orders' },
    { id: 'bids', link: '/orders' },
    map,
    profile,
  ],
  driver: [
    { id: 'loadBoard', link: '/driver' },
    { id: 'myJobs', link: '/driver' },
    { id: 'onDuty', link: '/driver' },
    { id: 'milkRoute', link: '/collect/route', routeDriversOnly: true },
    { id: 'vehicles', link: '/fleet' },
    map,
    profile,
  ],
  dispatcher: [
    { id: 'fleetMap', link: '/dispatch' },
    { id: 'orderBoard', link: '/dispatch' },
    { id: 'collectionRoutes' },
    { id: 'exceptions', link: '/dispatch' },
    { id: 'vehicles', link: '/fleet' },
    { id: 'earnings', link: '/earnings' },
    profile,
  ],
  clerk: [
    { id: 'recordCollections', link: '/collect' },
    { id: 'milkRoute', link: '/collect/route' },
    { id: 'farmers' },
    profile,
  ],
  grader: [{ id: 'recordCollections', link: '/collect' }, profile],
  admin: [
    { id: 'console', link: '/console' },
    { id: 'users', link: '/console/accounts' },
    { id: 'ledger' },
    { id: 'apiDocs', link: '/docs', external: true },
    map,
    profile,
  ],
};

/** A cooperative's manager (its owner or a dispatcher of it) starts from its dashboard. */
export const COOPERATIVE_MANAGER_ENTRY_POINTS: EntryPoint[] = [
  { id: 'cooperativeDashboard', link: '/cooperative' },
  { id: 'routeMaps', link: '/collect/route' },
  { id: 'farmerPayouts', link: '/cooperative/payouts' },
  { id: 'farmers' },
  { id: 'organisation', link: '/organisation' },
  profile,
];
