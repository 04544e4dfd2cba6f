-- The usage reports at scale (issue 34), as the SuperUser (BENCH_API_KEY), for the bench partner (BENCH_PARTNER_GUID),
-- one random page of 25 services each (of as many pages as the target's services with usage fill,
-- $BENCH_SEARCH_VALUES.<BENCH_TARGET>.usage-services.txt):
-- BENCH_SEARCH=Services: GetServicesUsage, half of them Daily for a random day of the seeded year, half Monthly for
--   a random month of it;
-- BENCH_SEARCH=Counts: GetPartnerServiceUserCountReport from the seeded year's first month to its last.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local report = assert(os.getenv("BENCH_SEARCH"), "BENCH_SEARCH not set")
local partner = assert(os.getenv("BENCH_PARTNER_GUID"), "BENCH_PARTNER_GUID not set")
local headers = common.headers()

local pages = math.max(1, math.ceil(#common.usage_services() / 25))

local function day_before(days) return os.date("!%Y-%m-%d", os.time() - days * 86400) end
-- The seeded year: the 365 days before today.
local first_month, last_month = day_before(365):sub(1, 7), day_before(1):sub(1, 7)

local paths = {}
setup = common.numbered_threads()
init = function()
  math.randomseed(34 * (thread_id or 1) + os.time())
  for i = 1, 4096 do
    local page = math.random(1, pages)
    if report == "Counts" then
      paths[i] = string.format("/api/partners/%s/serviceusercountreport?StartPeriod=%s&EndPeriod=%s&Page=%d",
        partner, first_month .. "-01", last_month .. "-01", page)
    elseif i % 2 == 0 then
      paths[i] = string.format("/api/services/usage?PartnerGuid=%s&PeriodType=Daily&Period=%s&Page=%d",
        partner, day_before(math.random(1, 365)), page)
    else
      paths[i] = string.format("/api/services/usage?PartnerGuid=%s&PeriodType=Monthly&Period=%s-01&Page=%d",
        partner, day_before(math.random(1, 365)):sub(1, 7), page)
    end
  end
end

local next_index = 0
request = function()
  next_index = (next_index % #paths) + 1
  return wrk.format("GET", paths[next_index], headers)
end
