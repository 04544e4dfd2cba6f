package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
wrk.method = "POST"
wrk.path = "/api/services/" .. os.getenv("BENCH_SERVICE_GUID") .. "/skus"
wrk.headers = common.headers()
wrk.body = '{"name":"Bench SKU","billingMetric":"NoMetric","unitPrice":9.5,"quantity":3,"description":"wrk"}'
