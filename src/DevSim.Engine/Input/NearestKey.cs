namespace DevSim.Engine.Input;

/// <summary>Finds the valid key a misspelt one most likely meant, by edit distance (Levenshtein: insertions, deletions, substitutions).</summary>
public static class NearestKey
{
    /// <summary>The key of <paramref name="known"/> closest to <paramref name="typed"/>, or null when none is close enough to be a slip (at most a third of the letters, and at least 1, differ).</summary>
    public static string? For(string typed, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        var limit = Math.Max(1, typed.Length / 3);
        // The singular for the plural (policy for policies) is a slip however many letters differ.
        var singular = Singular(typed.ToLowerInvariant());
        if (known.FirstOrDefault(k => typed.Length >= 4 && Singular(k.ToLowerInvariant()) == singular) is { } number)
            return number;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var key in known)
        {
            var distance = Distance(typed.ToLowerInvariant(), key.ToLowerInvariant());
            if (distance < bestDistance)
                (best, bestDistance) = (key, distance);
        }
        return bestDistance <= limit ? best : null;
    }

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word.EndsWith('s') ? word[..^1] : word;

    /// <summary>The Levenshtein distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
