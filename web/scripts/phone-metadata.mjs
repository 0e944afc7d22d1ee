// Writes src/app/core/phone-metadata.json: libphonenumber-js's "min" metadata
// cut down to the countries Njia serves (COUNTRIES in src/app/core/country.ts,
// the backend's config/accounts.ts), so the sign-in ships ~1 kB of rules
// instead of ~80 kB for every country. src/app/core/phone.spec.ts fails when
// the file no longer matches the installed library or the country list.
// Run: node scripts/phone-metadata.mjs SN KE TZ UG
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const countries = process.argv.slice(2);
if (!countries.length)
  throw new Error('name the countries: node scripts/phone-metadata.mjs SN KE TZ UG');
const full = require('libphonenumber-js/metadata.min.json');
const callingCodes = Object.fromEntries(
  Object.entries(full.country_calling_codes)
    .map(([code, list]) => [code, list.filter((c) => countries.includes(c))])
    .filter(([, list]) => list.length),
);
const metadata = {
  version: full.version,
  country_calling_codes: callingCodes,
  countries: Object.fromEntries(countries.map((c) => [c, full.countries[c]])),
};
writeFileSync(
  new URL('../src/app/core/phone-metadata.json', import.meta.url),
  JSON.stringify(metadata) + '\n',
);
