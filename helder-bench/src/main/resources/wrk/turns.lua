-- Customer turns (or the no-op endpoint beside them) for wrk, the HTTP load generator (Debian package `wrk`).
--
--   wrk -t2 -c8 -d10s --latency -s turns.lua http://127.0.0.1:8080 -- MODE FILE POOL [QUESTIONS]
--
-- MODE      turn (POST /api/v1/conversations/{id}/messages) or noop (POST /api/v1/benchmark/{id}/noop, the same
--           JSON to an endpoint that does no work; the server needs helder.benchmark.baseline-endpoint=true)
-- FILE      conversations, one "id token" a line; thread t uses lines t*POOL+1 .. (t+1)*POOL. "-" creates them:
--           each thread first starts POOL conversations itself (those requests are then counted too)
-- POOL      conversations per thread: 40 per connection times connections per thread (wrk gives a thread
--           c/t connections), so each conversation gets one turn in POOL and stays as short as real ones
-- QUESTIONS plain (default) or personal: every question carries a phone number or an e-mail address, so every
--           turn is redacted and audited
--
-- wrk counts any status >= 400 as an error; the done() hook prints one machine-readable line, HELDER-WRK ...

local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

local plain = {
  "Hoe lang duurt de levering?", "Wat zijn de verzendkosten?", "Hoe kan ik iets retourneren?",
  "Kan ik achteraf betalen?", "Ik ben mijn wachtwoord vergeten", "Waar vind ik mijn factuur?",
  "How long does delivery take?", "Can I pay with PayPal?", "How do I return an item?",
  "What is the warranty on a mattress?", "Kan ik met PayPal betalen?", "Do you ship to Belgium?" }
local personal = {
  "Hoe lang duurt de levering? Bel me op 06 12345678", "Wat zijn de verzendkosten? mail: klant@example.nl",
  "Hoe kan ik iets retourneren? mijn nummer is 0612345679", "Kan ik achteraf betalen? jan.jansen@example.com",
  "Waar vind ik mijn factuur? tel 020 123 4567", "How long does delivery take? my email is pat@example.org",
  "Can I pay with PayPal? call me on +31 6 12345670", "How do I return an item? reach me at sam@example.net" }

local conversations = {}
local creating = 0
local n = 0
local questions = plain
local mode, pool

function init(args)
  mode = args[1] or "turn"
  local file = args[2] or "-"
  pool = tonumber(args[3] or "40")
  if args[4] == "personal" then questions = personal end
  if file ~= "-" then
    local line_number = 0
    for line in io.lines(file) do
      if line_number >= index * pool and line_number < (index + 1) * pool then
        local id, token = line:match("^(%S+)%s+(%S+)$")
        table.insert(conversations, { id = id, token = token })
      end
      line_number = line_number + 1
    end
    if #conversations < pool then
      error("thread " .. index .. " found " .. #conversations .. " conversations in " .. file .. ", needs " .. pool)
    end
  end
end

function request()
  if #conversations + creating < pool then
    creating = creating + 1
    return wrk.format("POST", "/api/v1/conversations", { ["Content-Type"] = "application/json" }, '{"locale":"nl"}')
  end
  n = n + 1
  local conversation = conversations[(n % #conversations) + 1]
  local path = mode == "noop" and ("/api/v1/benchmark/" .. conversation.id .. "/noop")
      or ("/api/v1/conversations/" .. conversation.id .. "/messages")
  return wrk.format("POST", path, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. conversation.token },
      '{"text":"' .. questions[(n % #questions) + 1] .. '"}')
end

function response(status, headers, body)
  if creating > 0 and status == 201 then
    local id = body:match('"id"%s*:%s*"([^"]+)"')
    local token = body:match('"token"%s*:%s*"([^"]+)"')
    if id and token then
      creating = creating - 1
      table.insert(conversations, { id = id, token = token })
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("HELDER-WRK requests=%d duration_us=%d p50_us=%.0f p90_us=%.0f p99_us=%.0f max_us=%.0f errors=%d status_errors=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
      e.connect + e.read + e.write + e.timeout, e.status))
end
