#!/usr/bin/env bash
# Load on the service: requests per second and latency of POST /v1/validations with the demo case
# file, against GET /v1/health/live (the same server, no body, no token, no library work) and against
# the same body and token sent to a route that reads it and answers 404 without library work, in the same
# run, at 1, 8 and 64 connections from wrk (Debian's package) on the same machine; then the heap over
# 100,000 more requests, and the time from start to ready. Needs ./regiekit (built) and wrk.
# Usage: bench/service-load.sh [SECONDS per run, default 15]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-15}"
work="$(mktemp -d)"
port=18181
token="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
echo "org-bench coordinator sha256:$(printf %s "$token" | sha256sum | cut -d' ' -f1)" > "$work/tokens"
"$root/regiekit" demo --out "$work/demo" >/dev/null
cat > "$work/validate.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/demo/case-file.json", "rb")
wrk.body = f:read("*a")
f:close()
LUA
"$root/regiekit" serve --port "$port" --tokens "$work/tokens" --data "$work/data" > "$work/serve.out" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do grep -q "Ready\|Klaar" "$work/serve.out" && break; sleep 0.1; done
grep "Ready\|Klaar" "$work/serve.out"
base="http://127.0.0.1:$port/v1"
echo "warm-up: 20 s of validations"
wrk -t2 -c8 -d20s -s "$work/validate.lua" "$base/validations" >/dev/null
for c in 1 8 64; do
  t=$(( c < 2 ? 1 : 2 ))
  echo "== $c connections"
  echo "-- GET /v1/health/live"
  wrk -t$t -c$c -d${seconds}s --latency "$base/health/live" | grep -E "Requests/sec|Latency|99%|50%"
  # The same body to a route that does no library work: authenticated, the picture name refused (404), the
  # body read to its end and dropped, so it costs the server what the validation costs it but the library.
  echo "-- POST /v1/renderings/none (the same body and token, read and dropped: 404)"
  wrk -t$t -c$c -d${seconds}s --latency -s "$work/validate.lua" "$base/renderings/none" | grep -E "Requests/sec|Latency|99%|50%"
  echo "-- POST /v1/validations (demo case file, $(wc -c < "$work/demo/case-file.json") bytes)"
  wrk -t$t -c$c -d${seconds}s --latency -s "$work/validate.lua" "$base/validations" | grep -E "Requests/sec|Latency|99%|50%|Non-2xx"
done
jpid=$(pgrep -f "regiekit.jar serve --port $port" | head -1)
heap() { jcmd "$jpid" GC.run >/dev/null; jcmd "$jpid" GC.heap_info | awk '/tenured/ {print "tenured after GC: " $6 " of " $4}'; }
# A validation takes the library some milliseconds, so the 100,000 requests are mostly the cheap route,
# with validations between them; the heap after a full GC is compared at each step.
echo "== heap after GC, then after each 25,000 requests (health, and 5 s of validations, at 8 connections)"
heap
for step in 1 2 3 4; do
  wrk -t2 -c8 -d5s -s "$work/validate.lua" "$base/validations" | awk '/requests in/ {print "validations: " $1}'
  n=0
  while [ $n -lt 25000 ]; do
    out=$(wrk -t2 -c8 -d2s "$base/health/live")
    n=$(( n + $(echo "$out" | awk '/requests in/ {print $1}') ))
  done
  echo "health: $n"
  heap
done
