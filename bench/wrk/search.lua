-- SearchServices (BENCH_SEARCH = Domain, Name or Code) or SearchServiceStatusChanges (BENCH_SEARCH = Status:
-- ResellerGuid and a ChangedAfter/BeforeDateTime window, one page), as BENCH_SEARCH_CALLER (super: the
-- SuperUser's BENCH_API_KEY; reseller: the reseller admin's BENCH_RESELLER_API_KEY). Each request takes the
-- next line of the target's values file, $BENCH_SEARCH_VALUES.<BENCH_TARGET>.<services|status>-<caller>.tsv
-- (bench/scale/search_values.py: hits and misses from the database measured), cycling.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local search = assert(os.getenv("BENCH_SEARCH"), "BENCH_SEARCH not set")
local caller = assert(os.getenv("BENCH_SEARCH_CALLER"), "BENCH_SEARCH_CALLER not set")
local file = string.format("%s.%s.%s-%s.tsv", assert(os.getenv("BENCH_SEARCH_VALUES"), "BENCH_SEARCH_VALUES not set"),
  assert(os.getenv("BENCH_TARGET"), "BENCH_TARGET not set"), search == "Status" and "status" or "services", caller)

local headers = common.headers()
if caller == "reseller" then
  headers["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_RESELLER_API_KEY"), "BENCH_RESELLER_API_KEY not set")
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for line in assert(io.open(file)):lines() do
  local a, b, c = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)$")
  if search == "Status" then
    paths[#paths + 1] = "/api/services/status?ResellerGuid=" .. a .. "&ChangedAfterDateTime=" .. encode(b)
      .. "&ChangedBeforeDateTime=" .. encode(c)
  else
    local value = ({ Domain = a, Name = b, Code = c })[search]
    paths[#paths + 1] = "/api/services?" .. search .. "=" .. encode(assert(value, "BENCH_SEARCH: Domain, Name, Code or Status"))
  end
end
assert(#paths > 0, file .. " is empty")

setup = common.numbered_threads()
local next_index
request = function()
  -- Each thread starts at its own place in the list.
  next_index = ((next_index or (thread_id or 1) * 97) % #paths) + 1
  return wrk.format("GET", paths[next_index], headers)
end
