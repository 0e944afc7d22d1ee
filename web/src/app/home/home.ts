import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Api } from '../core/api/api-client';
import { Session } from '../core/auth/session';
import { COOPERATIVE_MANAGER_ENTRY_POINTS, ENTRY_POINTS } from './entry-points';

/** The signed-in landing page: a greeting and the entry points of the user's role. */
@Component({
  selector: 'njia-home',
  imports: [RouterLink, TranslocoPipe],
  templateUrl: './home.html',
  styleUrl: './home.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Home {
  private readonly api = inject(Api);
  protected readonly session = inject(Session);
  /** Whether this driver runs a milk route (an active one with days to run); asked once. */
  private readonly drivesRoute = signal(false);
  protected readonly entries = computed(() => {
    const role = this.session.role();
    const entries = this.session.can('manage_cooperative')
      ? COOPERATIVE_MANAGER_ENTRY_POINTS
      : role
        ? (ENTRY_POINTS[role] ?? [])
        : [];
    // An entry opens only what the API lets the user do (its page's guard asks the same).
    return entries.filter(
      (entry) =>
        (!entry.needs || this.session.can(entry.needs)) &&
        (!entry.routeDriversOnly || this.drivesRoute()),
    );
  });

  constructor() {
    if (this.session.can('drive')) void this.loadRoutes();
  }

  private async loadRoutes(): Promise<void> {
    try {
      const routes = await this.api.get('/api/v1/collection-routes/mine');
      this.drivesRoute.set(
        routes.data.some((route) => route.active && route.shifts.some((s) => s.days.length > 0)),
      );
    } catch {
      // Offline with nothing kept, or the API down: the entry stays hidden; the rest of home works.
    }
  }
}
