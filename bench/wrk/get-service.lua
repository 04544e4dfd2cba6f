package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
wrk.method = "GET"
wrk.path = "/api/services/" .. os.getenv("BENCH_SERVICE_GUID")
wrk.headers = common.headers()
