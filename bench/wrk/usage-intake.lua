-- ReportCollectionUsage (issue 34): each request posts a batch of 1,000 service-level records of one day to the
-- bench collection with its collection key (BENCH_COLLECTION_KEY): 1,000 consecutive services of the target's
-- list ($BENCH_SEARCH_VALUES.<BENCH_TARGET>.usage-services.txt, bench/scale/usage_values.py), from a random
-- place, on a random day of the seeded year. Those records exist already, so each batch replaces 1,000 records and
-- changes their day and month rollups by the difference, as a collection resending a day does.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local BATCH = 1000
local BODIES = 32 -- built once per thread, sent in turn
local collection = assert(os.getenv("BENCH_COLLECTION_GUID"), "BENCH_COLLECTION_GUID not set")

local headers = common.headers()
headers["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_COLLECTION_KEY"), "BENCH_COLLECTION_KEY not set")

local services = common.usage_services()

local path = "/api/collections/" .. collection .. "/usage"
local bodies = {}

local function body()
  -- Day 1 to 364 before today: inside the seeded year and the intake's window.
  local day = os.date("!%Y-%m-%d", os.time() - math.random(1, 364) * 86400)
  local first = math.random(1, #services)
  local records = {}
  for i = 0, BATCH - 1 do
    local service = services[((first + i - 1) % #services) + 1]
    records[#records + 1] = string.format(
      '{"serviceGuid":"%s","day":"%s","messagesSent":%d,"messagesReceived":%d,"attachmentsCount":%d,"attachmentsSize":%d,'
        .. '"invitationsSent":%d,"invitationsAccepted":%d,"features":{"SecureMessagingGateway":%d,"SecureForms":%d}}',
      service, day, math.random(0, 199), math.random(0, 299), math.random(0, 19), math.random(0, 19) * 150000,
      math.random(0, 4), math.random(0, 2), math.random(0, 4), math.random(0, 4))
  end
  return '{"records":[' .. table.concat(records, ",") .. "]}"
end

setup = common.numbered_threads()
init = function()
  math.randomseed(34 * (thread_id or 1) + os.time())
  for i = 1, BODIES do bodies[i] = body() end
end

local next_index = 0
request = function()
  next_index = (next_index % BODIES) + 1
  return wrk.format("POST", path, headers, bodies[next_index])
end
