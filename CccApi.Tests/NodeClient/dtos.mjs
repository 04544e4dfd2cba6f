// Request DTOs written by hand to match CccApi's routes, as a ServiceStack client user would.
const dto = (name, method) => class {
  constructor(init) { Object.assign(this, init); }
  getTypeName() { return name; }
  getMethod() { return method; }
  createResponse() { return {}; }
};

export class CreatePartner extends dto('CreatePartner', 'POST') {}
export class CreateSite extends dto('CreateSite', 'POST') {}
export class CreateReseller extends dto('CreateReseller', 'POST') {}
export class RegisterCollection extends dto('RegisterCollection', 'POST') {}
export class ResellerCollectionAccess extends dto('ResellerCollectionAccess', 'POST') {}
export class GetResellerCollections extends dto('GetResellerCollections', 'GET') {}
export class CreateService extends dto('CreateService', 'POST') {}
export class GetService extends dto('GetService', 'GET') {}
export class CreateServiceSku extends dto('CreateServiceSku', 'POST') {}
export class GetServiceSkus extends dto('GetServiceSkus', 'GET') {}
