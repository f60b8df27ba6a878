-- P2: one series (one indicator, one subject) as a dashboard polls it: the first page of 50 of its 100 figures.
-- bench/series-random.lua asks for a random one of the 10,000 series each time instead.
request = function()
  return wrk.format("GET", "/series/bench-indicator-07/person/bench-person-042")
end
