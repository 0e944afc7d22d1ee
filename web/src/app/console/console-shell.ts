import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The operator's console: one tab per area, each its own lazy page. */
@Component({
  selector: 'njia-console-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <section class="console">
      <h1>{{ 'console.title' | transloco }}</h1>
      <nav [attr.aria-label]="'console.title' | transloco" class="console-tabs">
        @for (tab of tabs; track tab) {
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
  protected readonly tabs = [
    'papers',
    'disputes',
    'money',
    'accounts',
    'vehicle-types',
    'audit',
    'operations',
  ] as const;
}
