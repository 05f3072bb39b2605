namespace DevSim.Runner.Plots;

/// <summary>
/// Axis ticks at "nice" steps (1, 2, 2.5 or 5 times a power of ten) that cover a data range,
/// after Heckbert (1990), "Nice numbers for graph labels".
/// </summary>
internal readonly record struct NiceScale(double Min, double Max, double Step)
{
    /// <summary>The tick values from Min to Max.</summary>
    public IReadOnlyList<double> Ticks
    {
        get
        {
            var ticks = new List<double>();
            var count = (int)Math.Round((Max - Min) / Step);
            for (var i = 0; i <= count; i++)
                ticks.Add(Math.Round(Min + i * Step, 10));
            return ticks;
        }
    }

    /// <summary>A scale covering [<paramref name="low"/>, <paramref name="high"/>] with about <paramref name="targetTicks"/> ticks.</summary>
    public static NiceScale Cover(double low, double high, int targetTicks = 6)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high))
            throw new ArgumentException($"cannot scale a range with non-finite ends ({low}, {high})");
        if (high < low)
            (low, high) = (high, low);
        if (high == low)
        {
            var pad = low == 0 ? 1 : Math.Abs(low) * 0.1;
            (low, high) = (low - pad, high + pad);
        }
        var step = Nice((high - low) / Math.Max(1, targetTicks - 1));
        return new NiceScale(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    private static double Nice(double raw)
    {
        var exponent = Math.Floor(Math.Log10(raw));
        var fraction = raw / Math.Pow(10, exponent);
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * Math.Pow(10, exponent);
    }
}
