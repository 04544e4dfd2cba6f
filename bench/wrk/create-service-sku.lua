-- CreateServiceSku, spread round-robin over the services listed in BENCH_SKU_SERVICES_FILE (one Guid a
-- line), so that each service holds a tenant's share of the run's SKUs rather than one service all of them:
-- every create counts its service's SKUs against the quota, and that count grows with the service.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

setup = common.numbered_threads()

local services = {}
-- (assert returns its message too, which io.lines would take for a read format: hence the local.)
local services_file = assert(os.getenv("BENCH_SKU_SERVICES_FILE"), "BENCH_SKU_SERVICES_FILE not set")
for line in io.lines(services_file) do
  if #line > 0 then services[#services + 1] = "/api/services/" .. line .. "/skus" end
end
assert(#services > 0, "no services in BENCH_SKU_SERVICES_FILE")

local counter = nil
local headers = common.headers()
local body = '{"name":"Bench SKU","billingMetric":"NoMetric","unitPrice":9.5,"quantity":3,"description":"wrk"}'

function request()
  -- Threads start apart, so two never walk the list in step.
  counter = (counter or (thread_id or 0) * 7919) + 1
  return wrk.format("POST", services[(counter % #services) + 1], headers, body)
end
