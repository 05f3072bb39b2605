using System.Text.Json;
using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Runner.Cli;

namespace DevSim.Runner.Plots;

/// <summary>
/// Reads back the results.json that <c>devsim merge</c> wrote, for <c>devsim plot</c>, as strictly as a
/// scenario is read: through the input gate (a regular file of at most 16 MiB), every key known and every
/// value checked (numbers finite or null where merge writes "no value", means and spreads not negative,
/// a CI exactly two bounds in order around its mean, interarrival times positive, names of policies,
/// statuses and verdicts as merge writes them, no grid point twice), and every problem named by the file
/// and JSON path.
/// </summary>
internal static class SweepResultsFile
{
    private static readonly string[] RootKeys =
        ["experiment", "fingerprint", "seed", "arrivals", "projects", "warmup", "replications", "cells", "complete", "found", "points"];

    private static readonly string[] PointKeys =
    [
        "index", "scenario", "sequence", "sequenceIds", "policy", "interarrival", "replications", "duration",
        "durationP50", "durationP90", "durationP99", "durationP50Ci95", "durationP90Ci95", "durationP99Ci95", "percentiles",
        "waiting", "rework", "inSystem", "status", "overloadedReplications", "overloadedResource", "bottleneck",
        "bottleneckLoad", "bottleneckUtilisation", "verdict", "reasons", "mserCut", "trend", "relativeHalfWidth",
    ];

    private static readonly string[] StatsKeys = ["mean", "sd", "ci95"];
    private static readonly string[] CellsKeys = ["expected", "present", "missing"];
    private static readonly string[] TrendKeys = ["relativeDrift", "pValue", "batches"];
    private static readonly string[] Statuses = ["ok", "partly overloaded", "overloaded"];
    private static readonly string[] Verdicts = ["stable", "unsettled", "overloaded"];
    private static readonly string[] PercentileMethods = ["pooled", "mean of replications"];

    /// <summary>What plot draws from a results file.</summary>
    public sealed record Contents(IReadOnlyList<SweepCurvePoint> Points, string Experiment, int Projects);

    /// <summary>Reads <paramref name="path"/>; every problem is a <see cref="UserErrorException"/> line naming the file and JSON path.</summary>
    public static Contents Read(string path)
    {
        string text;
        try
        {
            text = InputFiles.ReadText(path, "results");
        }
        catch (IOException e)
        {
            throw new UserErrorException($"{path}: {e.Message} (give the results.json that devsim merge wrote)");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"{path}:{(e.LineNumber is { } line ? line + 1 : 1)}: not JSON ({Tidy(e.Message)}); give the results.json that devsim merge wrote");
        }
        using (document)
        {
            // A portfolio sweep's points have a row per type: its figures are drawn by merge, not redrawn here.
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("points", out var points)
                && points.ValueKind == JsonValueKind.Array && points.GetArrayLength() > 0 && points[0].ValueKind == JsonValueKind.Object
                && points[0].TryGetProperty("portfolio", out _))
            {
                throw new UserErrorException($"{path}: the results of a portfolio sweep: devsim merge draws its figures (run merge again to redraw them); " +
                    "devsim plot redraws scenario sweeps only");
            }
            var fields = new JsonFields();
            var contents = Walk(document.RootElement, fields);
            if (fields.Problems.Count > 0)
                throw new UserErrorException([.. fields.Problems.Select(p => p.Format(path))]);
            return contents!;
        }
    }

    private static Contents? Walk(JsonElement root, JsonFields f)
    {
        const string Root = "$";
        if (!f.Object(root, Root, RootKeys))
            return null;
        var experiment = f.Property(root, Root, "experiment") is { } e ? f.Text(e, "$.experiment") : null;
        var projects = f.Property(root, Root, "projects") is { } p ? f.Whole(p, "$.projects", 1, int.MaxValue) : null;
        if (f.Property(root, Root, "fingerprint", required: false) is { } fingerprint)
            f.Text(fingerprint, "$.fingerprint");
        if (f.Property(root, Root, "seed", required: false) is { } seed && !(seed.ValueKind == JsonValueKind.Number && seed.TryGetUInt64(out _)))
            f.Problem("$.seed", $"must be a whole number from 0 to 18,446,744,073,709,551,615, not {JsonFields.Kind(seed)}");
        if (f.Property(root, Root, "arrivals", required: false) is { } arrivals)
            f.Text(arrivals, "$.arrivals");
        if (f.Property(root, Root, "warmup", required: false) is { } warmup)
            f.Whole(warmup, "$.warmup", 0, int.MaxValue);
        if (f.Property(root, Root, "replications", required: false) is { } replications)
            f.Whole(replications, "$.replications", 1, int.MaxValue);
        if (f.Property(root, Root, "cells", required: false) is { } cells && f.Object(cells, "$.cells", CellsKeys))
        {
            foreach (var key in CellsKeys)
            {
                if (f.Property(cells, "$.cells", key) is { } count)
                    f.Whole(count, "$.cells." + key, 0, Engine.RunLimits.MaxCells);
            }
        }
        if (f.Property(root, Root, "complete", required: false) is { } complete)
            f.Boolean(complete, "$.complete");
        if (f.Property(root, Root, "found", required: false) is { } found)
            _ = f.Array(found, "$.found", "found sequences").Count();
        var points = new List<SweepCurvePoint>();
        var seen = new Dictionary<(string, string, string, double), string>();
        if (f.Property(root, Root, "points") is { } list)
        {
            foreach (var (item, path) in f.Array(list, "$.points", "grid points"))
            {
                if (Point(item, path, f) is not { } point)
                    continue;
                if (seen.TryAdd((point.Scenario, point.Sequence, point.Policy, point.Interarrival), path))
                    points.Add(point);
                else
                    f.Problem(path, $"the same grid point as {seen[(point.Scenario, point.Sequence, point.Policy, point.Interarrival)]} ({point.Scenario}, {point.Sequence}, {point.Policy}, interarrival {point.Interarrival:R})");
            }
        }
        return experiment is null || projects is null ? null : new Contents(points, experiment, (int)projects.Value);
    }

    /// <summary>One grid point; null for an isolated one (no interarrival, no curve) or after a problem.</summary>
    private static SweepCurvePoint? Point(JsonElement p, string path, JsonFields f)
    {
        if (!f.Object(p, path, PointKeys))
            return null;
        var problems = f.Problems.Count;
        string? Text(string key, IReadOnlyList<string>? oneOf = null) =>
            f.Property(p, path, key) is { } v ? f.Text(v, JsonFields.Child(path, key), oneOf) : null;
        var scenario = Text("scenario");
        var sequence = Text("sequence");
        var policy = Text("policy", SequencingPolicyRegistry.All);
        var interarrival = f.Property(p, path, "interarrival") is { } i ? f.Number(i, path + ".interarrival", 0, TimeScales.MaxTime, nullable: true, minimumExcluded: true) : null;
        var replications = f.Property(p, path, "replications") is { } r ? f.Whole(r, path + ".replications", 1, Engine.RunLimits.MaxCells) : null;
        var duration = f.Property(p, path, "duration") is { } d ? Stats(d, path + ".duration", f) : null;
        var waiting = f.Property(p, path, "waiting") is { } w ? Stats(w, path + ".waiting", f) : null;
        var status = Text("status", Statuses);
        var verdict = f.Property(p, path, "verdict", required: false) is { } v ? f.Text(v, path + ".verdict", Verdicts) : null;
        Optional(p, path, f, replications);
        if (f.Problems.Count > problems || double.IsNaN(interarrival ?? double.NaN))
            return null;
        return new SweepCurvePoint(scenario!, sequence!, policy!, interarrival!.Value, (int)replications!.Value, duration!.Value, waiting!.Value, status!, verdict);
    }

    /// <summary>The keys plot does not draw, checked all the same: a damaged file is refused whole.</summary>
    private static void Optional(JsonElement p, string path, JsonFields f, long? replications)
    {
        JsonElement? Get(string key) => f.Property(p, path, key, required: false);
        string At(string key) => JsonFields.Child(path, key);
        if (Get("index") is { } index)
            f.Whole(index, At("index"), 0, int.MaxValue);
        if (Get("sequenceIds") is { } ids)
        {
            foreach (var (id, idPath) in f.Array(ids, At("sequenceIds"), "task ids"))
                f.Whole(id, idPath, 1, int.MaxValue);
        }
        foreach (var key in new[] { "durationP50", "durationP90", "durationP99", "relativeHalfWidth", "bottleneckLoad" })
        {
            if (Get(key) is { } value)
                f.Number(value, At(key), 0, double.MaxValue, nullable: true);
        }
        if (Get("bottleneckUtilisation") is { } utilisation && f.Number(utilisation, At("bottleneckUtilisation"), 0, double.MaxValue, nullable: true) > 1 + UtilisationSlack)
            f.Problem(At("bottleneckUtilisation"), $"{utilisation.GetDouble():R} is more than 1 (a busy share of capacity, 0 to 1)");
        foreach (var key in new[] { "durationP50Ci95", "durationP90Ci95", "durationP99Ci95" })
        {
            if (Get(key) is { } ci && ci.ValueKind != JsonValueKind.Null)
                Interval(ci, At(key), double.NaN, f);
        }
        if (Get("percentiles") is { } method)
            f.Text(method, At("percentiles"), PercentileMethods);
        foreach (var key in new[] { "rework", "inSystem" })
        {
            if (Get(key) is { } stats)
                Stats(stats, At(key), f);
        }
        if (Get("overloadedReplications") is { } overloaded)
            f.Whole(overloaded, At("overloadedReplications"), 0, replications ?? int.MaxValue);
        foreach (var key in new[] { "overloadedResource", "bottleneck" })
        {
            if (Get(key) is { } name)
                f.OptionalText(name, At(key));
        }
        if (Get("reasons") is { } reasons)
        {
            foreach (var (reason, reasonPath) in f.Array(reasons, At("reasons"), "reasons (text)"))
                f.Text(reason, reasonPath);
        }
        if (Get("mserCut") is { } cut && cut.ValueKind != JsonValueKind.Null)
            f.Whole(cut, At("mserCut"), 0, long.MaxValue);
        if (Get("trend") is { } trend && f.Object(trend, At("trend"), TrendKeys))
        {
            if (f.Property(trend, At("trend"), "relativeDrift", required: false) is { } drift)
                f.Number(drift, At("trend") + ".relativeDrift", double.MinValue, double.MaxValue, nullable: true);
            if (f.Property(trend, At("trend"), "pValue", required: false) is { } pValue)
                f.Number(pValue, At("trend") + ".pValue", 0, 1, nullable: true);
            if (f.Property(trend, At("trend"), "batches", required: false) is { } batches)
                f.Whole(batches, At("trend") + ".batches", 0, int.MaxValue);
        }
    }

    /// <summary>How far above 1 a utilisation may round (busy time over capacity times the window, in doubles).</summary>
    internal const double UtilisationSlack = 1e-9;

    /// <summary>A summary across replications: a mean (not negative; null when nothing was measured), a spread, and its 95% CI.</summary>
    private static (double Mean, double Lower, double Upper)? Stats(JsonElement e, string path, JsonFields f)
    {
        if (!f.Object(e, path, StatsKeys))
            return null;
        var problems = f.Problems.Count;
        var mean = f.Property(e, path, "mean") is { } m ? f.Number(m, path + ".mean", 0, double.MaxValue, nullable: true) : null;
        if (f.Property(e, path, "sd") is { } sd)
            f.Number(sd, path + ".sd", 0, double.MaxValue, nullable: true);
        var ci = f.Property(e, path, "ci95") is { } c ? Interval(c, path + ".ci95", mean ?? double.NaN, f) : null;
        return f.Problems.Count > problems || mean is null || ci is null ? null : (mean.Value, ci.Value.Lower, ci.Value.Upper);
    }

    /// <summary>
    /// A 95% CI: exactly two bounds, both numbers (a lower bound may be negative: a t-interval over few
    /// replications reaches below 0) or both null (one replication), the lower first, around <paramref name="mean"/>.
    /// </summary>
    private static (double Lower, double Upper)? Interval(JsonElement e, string path, double mean, JsonFields f)
    {
        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() != 2)
        {
            f.Problem(path, $"must be a list of two bounds [low, high] (null, null with one replication), not {JsonFields.Kind(e)}");
            return null;
        }
        var lower = f.Number(e[0], path + "[0]", double.MinValue, double.MaxValue, nullable: true);
        var upper = f.Number(e[1], path + "[1]", double.MinValue, double.MaxValue, nullable: true);
        if (lower is not { } low || upper is not { } high)
            return null;
        if (double.IsNaN(low) != double.IsNaN(high))
        {
            f.Problem(path, "has one bound and not the other (both are numbers, or both null with one replication)");
            return null;
        }
        if (low > high)
        {
            f.Problem(path, $"[{low:R}, {high:R}]: the low bound is above the high one");
            return null;
        }
        if (double.IsFinite(mean) && double.IsFinite(low) && (mean < low - Slack(mean) || mean > high + Slack(mean)))
        {
            f.Problem(path, $"[{low:R}, {high:R}] does not contain its mean {mean:R}");
            return null;
        }
        return (low, high);
    }

    private static double Slack(double mean) => 1e-9 * Math.Max(1, Math.Abs(mean));

    private static string Tidy(string message)
    {
        // The parser's own position ("Path: $ | LineNumber: 0 | BytePositionInLine: 0") counts from 0; the line is given before.
        foreach (var tail in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
                message = message[..cut];
        }
        return message.Trim().TrimEnd('.');
    }
}
