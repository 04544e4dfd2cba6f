// Runs the collection-access / create-service / add-SKU scenario with the DTOs that typescript-ref
// generated (./dtos.ts) and @servicestack/client's JsonServiceClient, then signs in with the generated
// Authenticate on a client of its own (no API key: the session cookie, which the client keeps under Node),
// asks who it is, calls an operation with the cookie alone and logs out; compiled by tsc --strict.
// Prints one JSON line per step: {"name","ok","detail"}.
// Usage: node out/scenario.js http://127.0.0.1:PORT/api API_KEY USER_NAME PASSWORD
import { JsonServiceClient } from '@servicestack/client';
import {
    CreatePartner, CreateSite, CreateReseller, ContactInfo, RegisterCollection, ResellerCollectionAccess,
    GetResellerCollections, CreateService, CreateServiceSku, GetServiceSkus, ServiceStatus, Authenticate, AuthenticateResponse,
} from './dtos.js';

// Node's process global, declared here so that no @types/node package is needed.
declare const process: { argv: string[]; exitCode?: number };

const baseUrl: string = process.argv[2];
const client = new JsonServiceClient(baseUrl);
client.bearerToken = process.argv[3]; // the SuperUser's API key
const [userName, password] = [process.argv[4], process.argv[5]]; // the same SuperUser's credentials
const unique = (prefix: string): string => `${prefix}${Math.random().toString(16).slice(2, 12)}`;
const report = (name: string, ok: boolean, detail: unknown): void =>
    console.log(JSON.stringify({ name, ok, detail: String(detail ?? '') }));

async function step(name: string, body: () => Promise<unknown>): Promise<void> {
    try {
        report(name, true, await body());
    } catch (error: any) {
        report(name, false, error?.responseStatus ? JSON.stringify(error.responseStatus) : (error?.stack ?? error));
        throw error;
    }
}

async function run(): Promise<void> {
    let reseller = '';
    let collection = '';
    let service = '';
    await step('setup', async () => {
        const partner = (await client.post(new CreatePartner({ name: unique('Partner ') }))).partnerGuid;
        const site = (await client.post(new CreateSite({ name: unique('Site '), providerName: 'P', jurisdiction: 'US', endpoint: 'https://s.example.com' }))).siteGuid;
        reseller = (await client.post(new CreateReseller({
            partnerGuid: partner, name: unique('Reseller '), companyName: 'Co',
            contactInfo: new ContactInfo({ name: 'Pat', email: 'pat@example.com', phoneNumber: '1' }),
        }))).resellerGuid;
        collection = (await client.post(new RegisterCollection({
            resellerGuid: reseller, siteGuid: site, name: 'C', collectionCode: unique('C'), servicesApiBaseUrl: 'https://c.example.com',
        }))).collectionGuid;
        return collection;
    });
    await step('collection-access', async () => {
        const response = await client.post(new ResellerCollectionAccess({ resellerGuid: reseller, collectionGuid: collection }));
        const collections = await client.get(new GetResellerCollections({ resellerGuid: reseller }));
        const granted = collections.find(c => c.collectionGuid === collection);
        if (!granted?.isDefaultCollectionForSite) throw new Error(`access record not the Site default: ${JSON.stringify(collections)}`);
        return JSON.stringify(response);
    });
    await step('create-service', async () => {
        const domain = `${unique('n')}.example.com`;
        const response = await client.post(new CreateService({ primaryDomain: domain, resellerGuid: reseller }));
        if (response.serviceStatus !== ServiceStatus.TrialActive || response.adminUsername !== `admin@${domain}`) throw new Error(JSON.stringify(response));
        service = response.serviceGuid;
        return service;
    });
    await step('add-sku', async () => {
        const response = await client.post(new CreateServiceSku({ serviceGuid: service, name: 'Pro', billingMetric: 'ProUsersCount', quantity: 5, unitPrice: 2.5 }));
        const skus = await client.get(new GetServiceSkus({ serviceGuid: service }));
        if (skus.totalItems !== 1 || skus.results[0].serviceSkuGuid !== response.serviceSkuGuid || skus.results[0].quantity !== 5) throw new Error(JSON.stringify(skus));
        return response.serviceSkuGuid;
    });

    const signedIn = new JsonServiceClient(baseUrl);
    let session = new AuthenticateResponse();
    const sameCaller = (answer: AuthenticateResponse, what: string): void => {
        if (answer.userId !== session.userId || answer.sessionId !== session.sessionId || answer.userName !== userName
            || answer.displayName !== session.displayName || answer.roles?.join() !== 'SuperUser' || answer.permissions?.length !== 0)
            throw new Error(`${what}: ${JSON.stringify(answer)} is not ${JSON.stringify(session)}`);
    };
    await step('sign-in', async () => {
        session = await signedIn.post(new Authenticate({ provider: 'credentials', userName, password, rememberMe: true }));
        if (!/^[0-9a-f]{32}$/.test(session.userId) || !session.sessionId || session.userName !== userName || session.roles?.join() !== 'SuperUser')
            throw new Error(JSON.stringify(session));
        return session.userId;
    });
    await step('who-am-i', async () => {
        sameCaller(await signedIn.get(new Authenticate()), 'GET');
        sameCaller(await signedIn.post(new Authenticate()), 'POST');
        return session.sessionId;
    });
    await step('cookie-only-call', async () => {
        if (signedIn.bearerToken) throw new Error('the client has a bearer token');
        const skus = await signedIn.get(new GetServiceSkus({ serviceGuid: service }));
        if (skus.totalItems !== 1) throw new Error(JSON.stringify(skus));
        return skus.totalItems;
    });
    await step('logout', async () => {
        await signedIn.post(new Authenticate({ provider: 'logout' }));
        try {
            const answer = await signedIn.get(new Authenticate());
            throw new Error(`still signed in after logout: ${JSON.stringify(answer)}`);
        } catch (error: any) {
            if (error?.responseStatus?.errorCode !== 'Unauthorized') throw error;
            return error.responseStatus.message;
        }
    });
}

run().catch(() => { process.exitCode = 1; });
