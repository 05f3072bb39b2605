namespace DevSim.Engine.Rules;

/// <summary>Tells the dynamic policy whether a resource could start work right now.</summary>
/// <remarks>Implemented by structs and passed as a generic argument, so the check is inlined.</remarks>
internal interface IResourceAvailability
{
    /// <summary>Whether resource <paramref name="resource"/> has a free server now.</summary>
    bool IsIdle(int resource);
}
