import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
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
  protected readonly session = inject(Session);
  protected readonly entries = computed(() => {
    const role = this.session.role();
    if (role === 'dispatcher' && this.session.user()?.organisation?.kind === 'cooperative') {
      return COOPERATIVE_MANAGER_ENTRY_POINTS;
    }
    return role ? (ENTRY_POINTS[role] ?? []) : [];
  });
}
