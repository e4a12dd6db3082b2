namespace FleetInfra.Core.Tests.Support;

/// <summary>Tests that change the process's working folder must not run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentDirectoryCollection
{
    public const string Name = "current directory";
}
