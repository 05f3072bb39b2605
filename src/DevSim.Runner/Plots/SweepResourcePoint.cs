namespace DevSim.Runner.Plots;

/// <summary>One resource at one merged grid point: mean utilisation and offered load across replications, with the utilisation's 95% CI.</summary>
internal sealed record SweepResourcePoint(string Scenario, string Sequence, string Policy, double Interarrival, string Resource,
    double Utilisation, double Lower, double Upper, double OfferedLoad);
