import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Previous / next through a console list's pages, shown only when there is more than one. */
@Component({
  selector: 'njia-pager',
  imports: [TranslocoPipe],
  template: `
    @if (lastPage() > 1) {
      <nav class="console-toolbar" [attr.aria-label]="'console.pages' | transloco">
        <button type="button" [disabled]="page() <= 1" (click)="go.emit(page() - 1)">
          {{ 'console.previous' | transloco }}
        </button>
        <span>{{ page() }} / {{ lastPage() }}</span>
        <button type="button" [disabled]="page() >= lastPage()" (click)="go.emit(page() + 1)">
          {{ 'console.next' | transloco }}
        </button>
      </nav>
    }
  `,
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pager {
  readonly page = input.required<number>();
  readonly lastPage = input.required<number>();
  readonly go = output<number>();
}
