import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { vi } from 'vitest';
import { countryValues } from '../core/api/openapi-enums';
import { VehicleTypes } from '../core/api/vehicle-types';
import { nextRequest, settle } from '../driver/testing';
import { VehicleTypesPage } from './vehicle-types-page';
import { provideTestApp } from '../testing';

const tipper = {
  id: 9,
  code: 'tipper_15t',
  name: 'Tipper 15 t',
  names: { en: 'Tipper 15 t', fr: 'Benne 15 t', sw: 'Tipper 15 t' },
  body: 'tipper',
  capacityKg: 15000,
  capacityM3: 12,
  countries: ['KE', 'TZ', 'UG'],
};

async function open() {
  TestBed.configureTestingModule({
    providers: [...provideTestApp()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(VehicleTypesPage);
  fixture.detectChanges();
  (await nextRequest(http, '/api/v1/vehicle-types')).flush({ data: [], meta: {} });
  await settle();
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const form = element.querySelector<HTMLFormElement>('[data-testid="new-vehicle-type"]')!;
  const type = (index: number, value: string) => {
    const input = form.querySelectorAll<HTMLInputElement>('input')[index];
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const fill = () => {
    type(0, 'tipper_15t');
    const select = form.querySelector('select')!;
    select.value = 'tipper';
    select.dispatchEvent(new Event('change'));
    type(1, '15000');
    type(2, '12');
    type(3, 'Tipper 15 t'); // en
    type(4, ' Benne 15 t '); // fr; sw left empty
    fixture.detectChanges();
  };
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  return { http, fixture, element, form, fill, submit };
}

describe('VehicleTypesPage: a new vehicle type', () => {
  it('offers every body of the API and a name field per language, English required', async () => {
    const { form, submit, fill } = await open();
    expect(form.querySelectorAll('option:not([disabled])').length).toBe(11);
    expect(form.querySelectorAll('input:not([type=checkbox])').length).toBe(3 + 3);
    expect(submit.disabled).toBe(true);
    fill();
    expect(submit.disabled).toBe(false);
  });

  it('a new type is used in every country unless unticked; none at all cannot be sent', async () => {
    const { http, fixture, form, fill, submit } = await open();
    const boxes = [
      ...form.querySelectorAll<HTMLInputElement>('[data-testid=new-type-countries] input'),
    ];
    expect(boxes.length).toBe(4);
    expect(boxes.every((box) => box.checked)).toBe(true);
    fill();
    const untick = (box: HTMLInputElement) => {
      box.checked = false;
      box.dispatchEvent(new Event('change'));
      fixture.detectChanges();
    };
    for (const box of boxes) untick(box);
    expect(submit.disabled).toBe(true);
    boxes[0].checked = true;
    boxes[0].dispatchEvent(new Event('change'));
    fixture.detectChanges();
    submit.click();
    const request = await nextRequest(http, '/api/v1/vehicle-types');
    expect(request.request.body.countries).toEqual([countryValues[0]]);
  });

  it('posts the type with its names (empty ones left out) and lists it; the shared list is read again', async () => {
    const { http, fixture, element, fill, submit } = await open();
    const forget = vi.spyOn(TestBed.inject(VehicleTypes), 'forget');
    fill();
    submit.click();
    const request = await nextRequest(http, '/api/v1/vehicle-types');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      code: 'tipper_15t',
      name: 'Tipper 15 t',
      names: { fr: 'Benne 15 t' },
      body: 'tipper',
      capacityKg: 15000,
      capacityM3: 12,
      countries: [...countryValues],
    });
    request.flush(tipper, { status: 201, statusText: 'Created' });
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="vehicle-types"] tbody')!.textContent).toContain(
      'tipper_15t',
    );
    expect(forget).toHaveBeenCalled();
  });

  it('shows a refused field beside it and keeps what was typed', async () => {
    const { http, fixture, form, fill, submit } = await open();
    fill();
    submit.click();
    (await nextRequest(http, '/api/v1/vehicle-types')).flush(
      { errors: [{ code: 'E_CONFLICT', message: 'This code is taken', field: 'code' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    fixture.detectChanges();
    expect(form.querySelectorAll('.njia-error').length).toBeGreaterThan(0);
    expect(form.querySelector<HTMLInputElement>('input')!.value).toBe('tipper_15t');
  });
});
