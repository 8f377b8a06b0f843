-- wrk script for bench/run: after the run, prints the latency percentiles in milliseconds
-- (wrk's own --latency table has no 95th percentile).
done = function(summary, latency, requests)
  io.write(string.format("PERCENTILES %.2f %.2f %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
