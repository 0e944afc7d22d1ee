import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Two buttons that narrow a console list ("All" / "Stuck", "All" /
 * "Needs attention"): the pressed one says which list shows. `narrow` is
 * two-way (`[(narrow)]`, or `(narrowChange)` to reload on a change).
 */
@Component({
  selector: 'njia-filter-toggle',
  imports: [TranslocoPipe],
  template: `
    <div class="console-toolbar" role="group" [attr.aria-label]="label()">
      @for (option of options(); track option.narrow) {
        <button
          type="button"
          [class.active]="narrow() === option.narrow"
          [attr.aria-pressed]="narrow() === option.narrow"
          (click)="narrow.set(option.narrow)"
        >
          {{ option.narrow ? narrowLabel() : ('console.all' | transloco) }}
        </button>
      }
    </div>
  `,
  styleUrl: './console.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterToggle {
  /** The group's name for screen readers (the list's title). */
  readonly label = input.required<string>();
  /** The narrower list's name. */
  readonly narrowLabel = input.required<string>();
  /** The narrower list's button first (where it is the usual view). */
  readonly narrowFirst = input(false);
  readonly narrow = model(false);

  protected readonly options = computed(() =>
    this.narrowFirst()
      ? [{ narrow: true }, { narrow: false }]
      : [{ narrow: false }, { narrow: true }],
  );
}
