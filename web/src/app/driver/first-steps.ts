import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FleetReadiness } from '../core/api/api-types';
import { PaperNamePipe } from '../core/i18n/paper-name';
import { DriverApi } from './driver-api';
import { OwnCarrier } from './own-carrier';

type StepState = 'done' | 'current' | 'waiting' | 'todo';
interface Step {
  id: 'carrier' | 'truck' | 'papers' | 'verification';
  state: StepState;
  link: string | null;
}

/**
 * A new driver's way to a first bid, on their home page until they may bid:
 * found or join a carrier, add a truck, upload the papers, wait for an
 * administrator. Shows where they are and links each step.
 */
@Component({
  selector: 'njia-first-steps',
  imports: [TranslocoPipe, RouterLink, PaperNamePipe, OwnCarrier],
  template: `
    @if (readiness(); as r) {
      @if (!r.mayBid) {
        <section
          class="first-steps njia-card"
          aria-labelledby="first-steps-title"
          data-testid="first-steps"
        >
          <h2 id="first-steps-title">{{ 'driver.firstSteps.title' | transloco }}</h2>
          <p>{{ 'driver.firstSteps.intro' | transloco }}</p>
          <ol class="steps">
            @for (step of steps(); track step.id; let i = $index) {
              <li
                [class]="'step step--' + step.state"
                [attr.aria-current]="
                  step.state === 'current' || step.state === 'waiting' ? 'step' : null
                "
                [attr.data-testid]="'step-' + step.id"
              >
                <strong
                  >{{ i + 1 }}. {{ 'driver.firstSteps.' + step.id + '.title' | transloco }}</strong
                >
                <span class="step-state">{{
                  'driver.firstSteps.state.' + step.state | transloco
                }}</span>
                @switch (step.id) {
                  @case ('carrier') {
                    @if (r.carrier; as c) {
                      <span>{{ c.name }}</span>
                    } @else {
                      <span>{{ 'driver.firstSteps.carrier.how' | transloco }}</span>
                      <njia-own-carrier (done)="load()" />
                    }
                  }
                  @case ('truck') {
                    @if (r.vehicle; as v) {
                      <span>{{ v.plate }}</span>
                    }
                  }
                  @case ('papers') {
                    <ul class="papers">
                      @for (paper of r.papers; track paper.kind) {
                        <li [attr.data-testid]="'paper-' + paper.kind">
                          {{ paper.kind | paperName }}:
                          {{ 'driver.firstSteps.paper.' + paper.state | transloco }}
                        </li>
                      }
                    </ul>
                  }
                  @case ('verification') {
                    <span>{{
                      'driver.firstSteps.verification.delay' | transloco: { hours: r.reviewHours }
                    }}</span>
                  }
                }
                @if (step.link && step.state !== 'done') {
                  <a class="njia-button secondary" [routerLink]="step.link">
                    {{ 'driver.firstSteps.' + step.id + '.action' | transloco }}
                  </a>
                }
              </li>
            }
          </ol>
        </section>
      }
    }
  `,
  styles: `
    .steps {
      padding-left: 0;
      list-style: none;
      display: grid;
      gap: 0.75rem;
    }
    .step {
      display: grid;
      gap: 0.25rem;
      border-left: 4px solid var(--njia-border, #ccc);
      padding-left: 0.75rem;
    }
    .step--done {
      border-color: var(--njia-success, #1b7f3b);
    }
    .step--current,
    .step--waiting {
      border-color: var(--njia-primary, #0b5cad);
    }
    .step-state {
      font-size: 0.9em;
    }
    .papers {
      margin: 0;
      padding-left: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FirstSteps {
  private readonly api = inject(DriverApi);
  protected readonly readiness = signal<FleetReadiness | null>(null);

  protected readonly steps = computed<Step[]>(() => {
    const r = this.readiness();
    if (!r) return [];
    const done = [r.carrier !== null, r.vehicle !== null, r.papersUploaded, r.mayBid];
    const first = done.indexOf(false);
    const state = (i: number): StepState =>
      done[i] ? 'done' : i === first ? (i === 3 ? 'waiting' : 'current') : 'todo';
    return [
      { id: 'carrier', state: state(0), link: '/organisation' },
      { id: 'truck', state: state(1), link: '/fleet' },
      { id: 'papers', state: state(2), link: '/fleet' },
      { id: 'verification', state: state(3), link: null },
    ];
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    try {
      this.readiness.set(await this.api.readiness());
    } catch {
      // Without an answer (offline) the checklist stays hidden; the rest of the page works.
    }
  }
}
