import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../core/auth/session';
import { consoleTabsFor } from './console-access';

/** The operator's console: one tab per area the operator may see, each its own lazy page. */
@Component({
  selector: 'njia-console-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <section class="console">
      <h1>{{ 'console.title' | transloco }}</h1>
      <nav [attr.aria-label]="'console.title' | transloco" class="console-tabs">
        @for (tab of tabs(); track tab) {
          <a [routerLink]="tab" routerLinkActive="active" ariaCurrentWhenActive="page">
            {{ 'console.tabs.' + tab | transloco }}
          </a>
        }
      </nav>
      <router-outlet />
    </section>
  `,
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsoleShell {
  private readonly session = inject(Session);
  /** Admins see every tab; platform dispatchers the read views that are theirs. */
  protected readonly tabs = computed(() => consoleTabsFor(this.session.user()));
}
