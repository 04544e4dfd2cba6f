// Imports the host's /types/mjs DTOs as an ES module beside @servicestack/client, checks them as
// JsonServiceClient uses them, then calls the host with them. Prints one JSON line per check:
// {"name","ok","detail"}.
// Usage: node mjs-dtos.mjs /path/to/dtos.mjs http://127.0.0.1:PORT API_KEY
import { pathToFileURL } from 'node:url';
import { JsonServiceClient } from '@servicestack/client';

const dtos = await import(pathToFileURL(process.argv[2]).href);
const origin = process.argv[3].replace(/\/$/, '');
const apiKey = process.argv[4];
const report = (name, ok, detail) => console.log(JSON.stringify({ name, ok, detail: String(detail ?? '') }));
const expect = (what, actual, expected) => {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
};

async function check(name, body) {
  try {
    report(name, true, await body());
  } catch (error) {
    report(name, false, error?.responseStatus ? JSON.stringify(error.responseStatus) : (error?.stack ?? error));
  }
}

await check('request-shape', () => {
  const request = new dtos.CreateService({ primaryDomain: 'example.com', resellerGuid: 'abc' });
  expect('getTypeName()', request.getTypeName(), 'CreateService');
  expect('getMethod()', request.getMethod(), 'POST');
  expect('createResponse() class', request.createResponse() instanceof dtos.CreateServiceResponse, true);
  expect('constructor fills members', request.primaryDomain, 'example.com');
  expect('JSON body', JSON.stringify(request), '{"primaryDomain":"example.com","resellerGuid":"abc"}');
  expect('GET verb', new dtos.GetSite().getMethod(), 'GET');
  return 'CreateService and GetSite';
});

await check('derived-class-keeps-base-members', () => {
  // The base constructor assigns first; the derived class's own field declarations must not erase what it set.
  const response = new dtos.CreateSiteResponse({ siteGuid: 'g', responseStatus: { errorCode: 'X' } });
  expect('own member', response.siteGuid, 'g');
  expect('base member', response.responseStatus?.errorCode, 'X');
  expect('instanceof base', response instanceof dtos.BaseResponse, true);
  return 'CreateSiteResponse';
});

await check('enum-values', () => {
  expect('SiteStatus has its names', Object.keys(dtos.SiteStatus).length > 0, true);
  return JSON.stringify(dtos.SiteStatus);
});

await check('calls-the-host', async () => {
  const client = Object.assign(new JsonServiceClient(`${origin}/api`), { bearerToken: apiKey });
  const name = `Site ${Math.random().toString(16).slice(2, 10)}`;
  const created = await client.post(new dtos.CreateSite({ name, providerName: 'Acme Cloud', jurisdiction: 'US', endpoint: 'https://site.example.com' }));
  if (!created.siteGuid) throw new Error(`no siteGuid in ${JSON.stringify(created)}`);
  const api = await client.api(new dtos.GetSite({ siteGuid: created.siteGuid }));
  if (!api.succeeded) throw new Error(JSON.stringify(api.error));
  expect('name read back', api.response.name, name);
  return created.siteGuid;
});

await check('errors-arrive-as-response-status', async () => {
  const client = Object.assign(new JsonServiceClient(`${origin}/api`), { bearerToken: apiKey });
  const api = await client.api(new dtos.CreateSite({ name: '' }));
  expect('succeeded', api.succeeded, false);
  if (!api.error?.errorCode) throw new Error(`no errorCode in ${JSON.stringify(api.error)}`);
  return JSON.stringify(api.error);
});
