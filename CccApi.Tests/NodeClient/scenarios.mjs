// Runs the CCC provisioning scenario through @servicestack/client's JsonServiceClient, once per
// client configuration, and prints one JSON line per scenario step: {"name","ok","detail"}.
// Usage: node scenarios.mjs http://127.0.0.1:PORT API_KEY (sent as the client's bearerToken)
import { JsonServiceClient } from '@servicestack/client';
import * as dtos from './dtos.mjs';

const origin = process.argv[2].replace(/\/$/, '');
const apiKey = process.argv[3];
const authenticated = (client) => Object.assign(client, { bearerToken: apiKey });
const configurations = {
  'default-client-site-root': () => authenticated(new JsonServiceClient(origin)),
  'default-client-api-base': () => authenticated(new JsonServiceClient(`${origin}/api`)),
  'base-path-json-reply': () => authenticated(new JsonServiceClient(`${origin}/api`).useBasePath()),
};

const unique = (prefix) => `${prefix}${Math.random().toString(16).slice(2, 12)}`;
const report = (name, ok, detail) => console.log(JSON.stringify({ name, ok, detail: String(detail ?? '') }));

async function expectError(promise) {
  try {
    const response = await promise;
    return { unexpected: response };
  } catch (error) {
    return { error };
  }
}

async function run(configName, client) {
  const step = async (name, body) => {
    try {
      report(`${configName}/${name}`, true, await body());
    } catch (error) {
      report(`${configName}/${name}`, false, error?.responseStatus ? JSON.stringify(error.responseStatus) : (error?.stack ?? error));
      throw error;
    }
  };
  const state = {};
  try {
    await step('setup', async () => {
      state.partner = (await client.post(new dtos.CreatePartner({ name: unique('Partner ') }))).partnerGuid;
      state.site = (await client.post(new dtos.CreateSite({ name: unique('Site '), providerName: 'P', jurisdiction: 'US', endpoint: 'https://s.example.com' }))).siteGuid;
      state.reseller = (await client.post(new dtos.CreateReseller({
        partnerGuid: state.partner, name: unique('Reseller '), companyName: 'Co',
        contactInfo: { name: 'Pat', email: 'pat@example.com', phoneNumber: '1' },
      }))).resellerGuid;
      state.collection = (await client.post(new dtos.RegisterCollection({
        resellerGuid: state.reseller, siteGuid: state.site, name: 'C', collectionCode: unique('C'), servicesApiBaseUrl: 'https://c.example.com',
      }))).collectionGuid;
      if (!/^[0-9a-f]{32}$/.test(state.collection)) throw new Error(`unexpected collectionGuid ${state.collection}`);
      return state.collection;
    });
    await step('collection-access', async () => {
      const response = await client.post(new dtos.ResellerCollectionAccess({ resellerGuid: state.reseller, collectionGuid: state.collection }));
      const collections = await client.get(new dtos.GetResellerCollections({ resellerGuid: state.reseller }));
      const granted = collections.find(c => c.collectionGuid === state.collection);
      if (!granted?.isDefaultCollectionForSite) throw new Error(`access record not the Site default: ${JSON.stringify(collections)}`);
      return JSON.stringify(response);
    });
    await step('duplicate-collection-access-is-409', async () => {
      const { error, unexpected } = await expectError(client.post(new dtos.ResellerCollectionAccess({ resellerGuid: state.reseller, collectionGuid: state.collection })));
      if (unexpected) throw new Error(`expected a 409, got ${JSON.stringify(unexpected)}`);
      if (error.responseStatus?.errorCode !== 'Conflict') throw new Error(`expected Conflict, got ${JSON.stringify(error.responseStatus ?? error)}`);
      return error.responseStatus.message;
    });
    await step('create-service', async () => {
      state.domain = `${unique('n')}.example.com`;
      const response = await client.post(new dtos.CreateService({ primaryDomain: state.domain, resellerGuid: state.reseller }));
      if (response.serviceStatus !== 'TrialActive' || response.adminUsername !== `admin@${state.domain}`) throw new Error(JSON.stringify(response));
      state.service = response.serviceGuid;
      return state.service;
    });
    await step('add-sku', async () => {
      const response = await client.post(new dtos.CreateServiceSku({ serviceGuid: state.service, name: 'Pro', billingMetric: 'ProUsersCount', quantity: 5, unitPrice: 2.5 }));
      state.sku = response.serviceSkuGuid;
      if (!/^[0-9a-f]{32}$/.test(state.sku)) throw new Error(JSON.stringify(response));
      return state.sku;
    });
    await step('read-back', async () => {
      const service = await client.get(new dtos.GetService({ serviceGuid: state.service }));
      const skus = await client.get(new dtos.GetServiceSkus({ serviceGuid: state.service }));
      if (service.primaryDomain !== state.domain || service.collectionGuid !== state.collection) throw new Error(JSON.stringify(service));
      const sku = skus.results?.[0];
      if (skus.totalItems !== 1 || sku?.serviceSkuGuid !== state.sku || sku.quantity !== 5 || sku.billingMetric !== 'ProUsersCount') throw new Error(JSON.stringify(skus));
      return service.name;
    });
    await step('invalid-request-names-the-field', async () => {
      const { error, unexpected } = await expectError(client.post(new dtos.CreateService({ resellerGuid: state.reseller })));
      if (unexpected) throw new Error(`expected an error, got ${JSON.stringify(unexpected)}`);
      const fields = (error.responseStatus?.errors ?? []).map(e => e.fieldName);
      if (!fields.includes('PrimaryDomain')) throw new Error(`expected PrimaryDomain in ${JSON.stringify(error.responseStatus ?? error)}`);
      return error.responseStatus.errorCode;
    });
  } catch {
    // the failing step has been reported; later steps are reported as not run by the test host
  }
}

for (const [name, create] of Object.entries(configurations)) {
  await run(name, create());
}
