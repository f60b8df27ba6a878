-- P1: the items a front-end polls: 1,000 observations (10 people x 10 indicators x 10 months), served from the
-- read cache after their first read. bench/item-random.lua spreads the same GET over all 1,000,000 instead.
math.randomseed(42)
request = function()
  local path = string.format("/observations/bench-person-%03d-indicator-%02d-2010-%02d",
    math.random(1, 10), math.random(1, 10), math.random(1, 10))
  return wrk.format("GET", path)
end
