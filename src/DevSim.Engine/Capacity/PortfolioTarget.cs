using System.Globalization;

namespace DevSim.Engine.Capacity;

/// <summary>
/// What every type of a portfolio must achieve for a load to count as sustainable (docs/model.md#portfolio-capacity):
/// each type's duration measure at most a number of days, or each type's on-time share at least a share.
/// </summary>
public sealed record PortfolioTarget
{
    private PortfolioTarget(double? days, DurationMeasure measure, double? onTime) => (Days, Measure, OnTime) = (days, measure, onTime);

    /// <summary>Every type's <paramref name="measure"/> (its mean or a percentile of its durations) at most <paramref name="days"/>.</summary>
    public static PortfolioTarget Duration(double days, DurationMeasure measure) => new(days, measure, null);

    /// <summary>Every type's share of projects finished by their due date at least <paramref name="share"/> (every type needs a due allowance).</summary>
    public static PortfolioTarget OnTimeShare(double share) => new(null, DurationMeasure.Mean, share);

    /// <summary>The duration bound, in days; null for an on-time target.</summary>
    public double? Days { get; }

    /// <summary>What <see cref="Days"/> bounds.</summary>
    public DurationMeasure Measure { get; }

    /// <summary>The least on-time share, in (0, 1]; null for a duration target.</summary>
    public double? OnTime { get; }

    /// <summary>The number the target is (days, or the share): what a <see cref="CapacitySearch"/>'s options carry as their target.</summary>
    public double Value => Days ?? OnTime!.Value;

    /// <summary>"mean duration", "p90 duration" or "on-time share".</summary>
    public string Name => OnTime is null ? Measure.Name : "on-time share";

    /// <summary>The problem with this target's value, or null: days must be positive, a share in (0, 1].</summary>
    public string? Problem() => OnTime is { } share
        ? share is > 0 and <= 1 ? null : $"{share.ToString(CultureInfo.InvariantCulture)} must be a share above 0 and at most 1"
        : Days is > 0 && double.IsFinite(Days.Value) ? null : $"{Days?.ToString(CultureInfo.InvariantCulture)} must be a positive number of days";
}
