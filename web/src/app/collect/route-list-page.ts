import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { Session } from '../core/auth/session';

interface RouteChoice {
  id: number;
  name: string;
  stops: number;
}

/**
 * The milk routes one can run from this phone: a driver's own routes, or
 * for a cooperative's staff all of its routes. Kept for offline use by the
 * last-data cache.
 */
@Component({
  selector: 'njia-route-list-page',
  imports: [TranslocoPipe, RouterLink],
  template: `
    <main class="njia-page" data-testid="route-list">
      <h1>{{ 'collect.routesTitle' | transloco }}</h1>
      @if (loadError()) {
        <p class="njia-alert" role="alert">{{ 'collect.routesLoadError' | transloco }}</p>
      } @else if (routes(); as list) {
        @for (route of list; track route.id) {
          <div class="njia-card">
            <a [routerLink]="[route.id]" data-testid="route-link">
              <strong>{{ route.name }}</strong>
            </a>
            <span>{{ 'collect.stopCount' | transloco: { count: route.stops } }}</span>
            @if (staff) {
              ·
              <a [routerLink]="['/cooperative/routes', route.id]" data-testid="route-map-link">
                {{ 'collect.liveMap' | transloco }}
              </a>
            }
          </div>
        } @empty {
          <p>{{ 'collect.noRoutes' | transloco }}</p>
        }
      }
    </main>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RouteListPage {
  private readonly api = inject(Api);
  private readonly session = inject(Session);
  protected readonly routes = signal<RouteChoice[] | null>(null);
  protected readonly loadError = signal(false);
  /** The cooperative's people follow its routes' trucks on a map; a driver runs the routes they drive. */
  protected readonly staff = this.session.can('work_in_cooperative');

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const routes = this.staff
        ? await this.cooperativeRoutes()
        : await this.api.get('/api/v1/collection-routes/mine');
      this.routes.set(
        routes.data.map((route) => ({ id: route.id, name: route.name, stops: route.stops.length })),
      );
    } catch {
      this.loadError.set(true);
    }
  }

  private async cooperativeRoutes() {
    const cooperative = await this.api.get('/api/v1/cooperatives/mine');
    return this.api.get('/api/v1/cooperatives/{id}/routes', { path: { id: cooperative.id } });
  }
}
