-- CreateService with a unique primary domain per request: run id + thread id + per-thread counter.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

setup = common.numbered_threads()

local counter = 0
local run_id = os.getenv("BENCH_RUN_ID") or tostring(os.time())
local reseller = os.getenv("BENCH_RESELLER_GUID")
local collection = os.getenv("BENCH_COLLECTION_GUID")
local headers = common.headers()

function request()
  counter = counter + 1
  local domain = string.format("b%s-t%d-%d.bench.example", run_id, thread_id or 0, counter)
  local body = string.format(
    '{"primaryDomain":"%s","resellerGuid":"%s","collectionGuid":"%s","serviceName":"%s","systemUser":{"email":"admin@%s","firstName":"B","lastName":"U"}}',
    domain, reseller, collection, domain, domain)
  return wrk.format("POST", "/api/services", headers, body)
end

-- BENCH_DEBUG=1: print the first failed response of each thread (defining response() costs a Lua call per reply).
if os.getenv("BENCH_DEBUG") == "1" then
  local shown = false
  function response(status, headers, body)
    if status >= 300 and not shown then
      shown = true
      io.stderr:write(string.format("HTTP %d: %s\n", status, body))
    end
  end
end
