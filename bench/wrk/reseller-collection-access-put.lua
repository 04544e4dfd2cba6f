package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")
wrk.method = "PUT"
wrk.path = "/api/resellers/" .. os.getenv("BENCH_RESELLER_GUID") .. "/collectionaccess/" .. os.getenv("BENCH_COLLECTION_GUID")
wrk.headers = common.headers()
wrk.body = '{"isDefaultCollectionForSite":false}'
