using System.Collections.Concurrent;
using System.Diagnostics;

namespace Consultations.Bench;

/// <summary>What a run of requests gave: how many per second, their latencies, how many failed.</summary>
public sealed record Run(double PerSecond, double MedianMs, double P99Ms, int Errors, int Count);

/// <summary>An in-process load loop over HTTP on loopback: bounded in time, with a fixed number of concurrent workers.</summary>
public static class Load
{
    public static async Task<Run> ForAsync(Func<Task<HttpResponseMessage>> request, int concurrency, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var watch = Stopwatch.StartNew();
                using var response = await request();
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return Summarize([.. latencies], clock.Elapsed, errors);
    }

    public static async Task<Run> SequentialAsync(Func<Task<HttpResponseMessage>> request, int count)
    {
        for (var i = 0; i < 5; i++)
        {
            using var warm = await request();
            await warm.Content.ReadAsByteArrayAsync();
        }

        var latencies = new List<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await request();
            await response.Content.ReadAsByteArrayAsync();
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            errors += response.IsSuccessStatusCode ? 0 : 1;
        }

        return Summarize(latencies, clock.Elapsed, errors);
    }

    public static Run Summarize(List<double> latencies, TimeSpan elapsed, int errors)
    {
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return new Run(latencies.Count / elapsed.TotalSeconds, At(0.5), At(0.99), errors, latencies.Count);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
