-- P1 (uncached): a random one of the 1,000,000 observations by id (ids as bench/generate.py makes them).
-- BENCH_PERIODS: periods per series (100; 1,000 for bench/run --scale 10).
math.randomseed(42)
local periods = tonumber(os.getenv("BENCH_PERIODS") or "100")
request = function()
  local m = math.random(0, periods - 1)
  local path = string.format("/observations/bench-person-%03d-indicator-%02d-%d-%02d",
    math.random(1, 200), math.random(1, 50), 2010 + math.floor(m / 12), m % 12 + 1)
  return wrk.format("GET", path)
end
