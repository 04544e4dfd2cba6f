-- CreateService with a SystemUser password (hashed by the host), spread over the resellers in
-- BENCH_RESELLER_GUIDS (comma-separated): several tenants provisioning at once.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

setup = common.numbered_threads()

local resellers = {}
for guid in string.gmatch(os.getenv("BENCH_RESELLER_GUIDS"), "[^,]+") do resellers[#resellers + 1] = guid end
local run_id = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local headers = common.headers()
local counter = 0

function request()
  counter = counter + 1
  local domain = string.format("p%s-t%d-%d.bench.example", run_id, thread_id or 0, counter)
  local reseller = resellers[(counter + (thread_id or 0)) % #resellers + 1]
  local body = string.format(
    '{"primaryDomain":"%s","resellerGuid":"%s","systemUser":{"email":"admin@%s","password":"Bench-pass-1"}}',
    domain, reseller, domain)
  return wrk.format("POST", "/api/services", headers, body)
end
