-- P2 (uncached): a random one-series query (one indicator, one subject): the first page of 50 of its 100 figures.
math.randomseed(7)
request = function()
  local path = string.format("/series/bench-indicator-%02d/person/bench-person-%03d",
    math.random(1, 50), math.random(1, 200))
  return wrk.format("GET", path)
end
