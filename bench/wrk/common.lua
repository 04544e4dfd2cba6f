-- Shared by every bench script: the API key from BENCH_API_KEY as a Bearer token, JSON bodies, and the
-- run's summary written to BENCH_WRK_SUMMARY when that is set.
local M = {}
function M.headers()
  return {
    ["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_API_KEY"), "BENCH_API_KEY not set"),
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }
end

-- A setup() that numbers wrk's threads (thread_id), so scripts can make values unique per thread:
-- `setup = common.numbered_threads()`.
function M.numbered_threads()
  local next_thread = 0
  return function(thread)
    next_thread = next_thread + 1
    thread:set("thread_id", next_thread)
  end
end

-- The services with seeded usage that the usage scripts send (bench/scale/usage_values.py writes them per target:
-- $BENCH_SEARCH_VALUES.<BENCH_TARGET>.usage-services.txt), as a list of 32-hex-digit Guids.
function M.usage_services()
  local file = string.format("%s.%s.usage-services.txt", assert(os.getenv("BENCH_SEARCH_VALUES"), "BENCH_SEARCH_VALUES not set"),
    assert(os.getenv("BENCH_TARGET"), "BENCH_TARGET not set"))
  local services = {}
  for line in assert(io.open(file)):lines() do services[#services + 1] = line end
  assert(#services > 0, file .. " is empty")
  return services
end

-- wrk calls the global done() once, after the run. The latency histogram (each distinct latency in µs and
-- how many requests took it) lets bench/slices.py merge several short runs into one set of percentiles,
-- which wrk's printed percentiles cannot be.
function done(summary, latency, requests)
  local path = os.getenv("BENCH_WRK_SUMMARY")
  if not path then return end
  local file = assert(io.open(path, "w"))
  file:write(string.format("requests %d\nduration_us %d\nnon2xx %d\n", summary.requests, summary.duration,
    summary.errors.status))
  for i = 1, #latency do
    local value, count = latency(i)
    file:write(string.format("%d %d\n", value, count))
  end
  file:close()
end

return M
