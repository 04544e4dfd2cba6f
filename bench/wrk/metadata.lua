package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
wrk.method = "GET"
wrk.path = "/api/json/metadata?op=CreateService"
wrk.headers = common.headers()
