-- wrk -s bench/board/percentiles.lua: after the run, prints one machine-readable line with the latency
-- percentiles (milliseconds), throughput and errors; Debian's wrk 4.x --latency alone has no p95.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d seconds=%.3f rps=%.2f p50=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f mean=%.2f errors=%d timeouts=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    e.connect + e.read + e.write + e.timeout, e.timeout, e.status))
end
