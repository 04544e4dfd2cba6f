// Fetches each document URL given on the command line and validates it with
// @apidevtools/swagger-parser (schema validation against the official Swagger 2.0 / OpenAPI 3.x
// schemas, then $ref resolution and the spec's semantic rules). Prints one JSON line per document.
import SwaggerParser from "@apidevtools/swagger-parser";

for (const url of process.argv.slice(2)) {
  let result;
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    const document = await response.json();
    const version = document.swagger ?? document.openapi;
    const api = await SwaggerParser.validate(structuredClone(document));
    const operations = Object.values(api.paths ?? {})
      .flatMap((item) => Object.keys(item).filter((k) => ["get", "put", "post", "delete", "patch", "head", "options"].includes(k)))
      .length;
    result = { url, ok: true, detail: `valid ${version}: ${operations} operations` };
  } catch (error) {
    result = { url, ok: false, detail: String(error?.stack ?? error) };
  }
  console.log(JSON.stringify(result));
}
