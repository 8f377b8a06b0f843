-- wrk script for bench/run: a new search on every request, so that kept results cannot answer it.
-- The page line's path is the start (/signalen, or /signalen?thema=kinderen); each request adds
-- one or two words (words of the bench stories, so that most searches find something, and words
-- that occur nowhere) and a page number from 1 to 3. With about 9,000 combinations and at most
-- 500 kept pages, nearly every request goes to the database.
local words = {
  "voedselbank", "bijstand", "gemeente", "schulden", "energierekening", "tegenprestatie", "wachttijd",
  "schuldhulp", "kinderen", "schoolreisje", "toeslag", "teruggevorderd", "huurachterstand", "ggz",
  "vrijwilligers", "inloopspreekuur", "moeder", "ouderen", "verwarming", "wachtlijst", "jongeren",
  "noodfonds", "huishoudens", "bril", "tandarts", "energiefonds", "begeleiding", "schoolkamp",
  "sportclub", "huurtoeslag", "statushouders", "brieven", "werkgevers", "mantelzorgers", "bewind",
  "gemeenteraad", "regio-overleg", "raadsbrief", "wethouder", "oplossing", "witgoed", "behoud",
  "uitkering", "regels", "aanvraag", "gesprek", "rekening", "kwartaal", "zondag", "fietsenmaker",
  "postcodeloterij", "kringloop", "bibliotheek", "zwembad"
}

local counter = 0
local base

function setup(thread)
  thread:set("seed", math.random(1, 1000000) + counter)
  counter = counter + 1
end

function init(args)
  math.randomseed(seed or os.time())
  base = wrk.path .. (wrk.path:find("?", 1, true) and "&" or "?")
end

function request()
  local q = words[math.random(#words)]
  if math.random() < 0.5 then
    q = q .. "+" .. words[math.random(#words)]
  end
  return wrk.format("GET", base .. "q=" .. q .. "&pagina=" .. math.random(3))
end

done = function(summary, latency, requests)
  io.write(string.format("PERCENTILES %.2f %.2f %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
