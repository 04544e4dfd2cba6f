-- Shared by every bench script: the API key from BENCH_API_KEY as a Bearer token, JSON bodies.
local M = {}
function M.headers()
  return {
    ["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_API_KEY"), "BENCH_API_KEY not set"),
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }
end
return M
