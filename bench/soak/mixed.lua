-- wrk -s bench/soak/mixed.lua: the soak's mix, 80 % board searches, 15 % vacancy pages, 5 % logged-in pages
-- (the job centre's candidate list and dashboard of its referrals), at a paced rate: each connection waits
-- DELAY_MS between requests (soak/run.sh sets it from the wanted rate), so the rate is about
-- connections × 1000 / (DELAY_MS + latency). Environment: COOKIE (a job-centre session), VMIN/VMAX (vacancy ids).
local searches = {
  "/vacancies", "/vacancies?q=cong+nhan", "/vacancies?q=cong+nhan+lap+rap", "/vacancies?q=tho+han",
  "/vacancies?q=lai+xe+nang", "/vacancies?q=may+cong+nghiep&housing=true", "/vacancies?q=ky+thuat+vien&sort=wage",
  "/vacancies?q=cong+nhan&housing=true&wageMin=8000000&sort=wage", "/vacancies?q=nhan+vien+kho&page=1",
  "/vacancies?skillLevel=UNSKILLED", "/vacancies?q=dong+goi", "/vacancies?q=bao+ve",
}
local logged = { "/candidates", "/candidates?page=3", "/referrals", "/centre" }
local cookie = os.getenv("COOKIE") or ""
local vmin = tonumber(os.getenv("VMIN") or "1")
local vmax = tonumber(os.getenv("VMAX") or "1000")
local pause = tonumber(os.getenv("DELAY_MS") or "0")
-- Vacancy ids the board shows (IDS_FILE, one per line, from run.sh); without it, any id from VMIN to VMAX.
local ids = {}
local ids_file = os.getenv("IDS_FILE")
if ids_file then
  for line in io.lines(ids_file) do ids[#ids + 1] = tonumber(line) end
end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(1000 + (seed or 1))
end

function delay()
  return pause
end

function request()
  local r = math.random()
  if r < 0.80 then
    return wrk.format("GET", searches[math.random(#searches)])
  elseif r < 0.95 then
    local id = #ids > 0 and ids[math.random(#ids)] or math.random(vmin, vmax)
    return wrk.format("GET", "/vacancies/" .. id)
  else
    return wrk.format("GET", logged[math.random(#logged)], { ["Cookie"] = cookie })
  end
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d seconds=%.3f rps=%.2f p50=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f mean=%.2f errors=%d timeouts=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    e.connect + e.read + e.write + e.timeout, e.timeout, e.status))
end
