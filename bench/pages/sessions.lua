-- wrk -s bench/pages/sessions.lua URL -- COOKIE_FILE: each request carries the next session of COOKIE_FILE (one
-- "PORTAL_SESSION=…" per line, one per signed-in user), each thread its own share of them, so that 64 connections
-- are 64 users, as in a centre's office, rather than one user's session that every request rewrites in turn (Spring
-- Session notes each request's access time in that session's row). Prints the same WRK_RESULT line as
-- bench/board/percentiles.lua.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "../board/percentiles.lua")

local threads = 0
setup = function(thread)
  thread:set("index", threads)
  threads = threads + 1
end

local mine, next_one = {}, 1
init = function(args)
  local all = {}
  for line in io.lines(args[1]) do
    if line ~= "" then all[#all + 1] = line end
  end
  local total = tonumber(os.getenv("WRK_THREADS") or "1")
  for i = 1, #all do
    if (i - 1) % total == index then mine[#mine + 1] = all[i] end
  end
  if #mine == 0 then mine = all end
end

request = function()
  local cookie = mine[next_one]
  next_one = next_one % #mine + 1
  return wrk.format(nil, nil, { Cookie = cookie })
end
