namespace FleetInfra.Core.Diffing;

/// <summary>What a change does to one object, node group, add-on or record.</summary>
public enum DiffChange
{
    /// <summary>Created: only the working tree has it.</summary>
    Added,

    /// <summary>Deleted: only the base has it.</summary>
    Removed,

    /// <summary>Updated in place.</summary>
    Changed,

    /// <summary>An immutable field changes, so it is deleted and created again.</summary>
    Replaced,
}
