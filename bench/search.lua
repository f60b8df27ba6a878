-- Search (issue 28): GET /search over the three services, with what a reader types: a phrase of the chapter in
-- English or Russian, a name, a hedge, and a phrase naming one generated figure ("synthetic figure 4711"). A word
-- every generated figure holds ("synthetic" alone: a million hits, each ranked) and the generated hedges
-- ("approximate": 100,000 hits) are left out on purpose; see
-- docs/performance.md.
math.randomseed(11)
local queries = {
  '"social networks"', '"КНПК намерена"', 'nazarbayev', 'elbasy', '"voter turnout"', 'alleged',
  'boycott', '"internet users"', 'referendum -petition', 'facebook or twitter', '"Число пользователей интернета"',
}
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  local q
  if math.random() < 0.5 then
    q = queries[math.random(#queries)]
  else
    q = string.format('"synthetic figure %d"', math.random(0, 999999))
  end
  return wrk.format("GET", "/search?limit=20&q=" .. encode(q))
end
